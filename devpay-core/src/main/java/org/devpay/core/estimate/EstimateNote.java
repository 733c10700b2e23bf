package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.devpay.core.privacy.Release;

/**
 * Why an estimate is qualified: a fact it could not use, a choice it made, or a caveat on its
 * accuracy or its cell, as a kind with its values, so that callers can tell notes apart without
 * reading English. {@link #text()} renders the sentence presenters print and publish.
 */
public sealed interface EstimateNote {
  /** The note in words, as presenters print it. */
  String text();

  /** Notes without values. */
  enum Caveat implements EstimateNote {
    /** The profile's skills are read as its whole list. */
    SKILLS_READ_AS_WHOLE_LIST(
        "the skills given are read as the whole list: a modelled skill not given counts as not"
            + " listed"),
    /** The edition publishes pay in bins. */
    BINNED_PAY(
        "pay is published in bins: the model reads each bin's value (its midpoint; the open top"
            + " bin at the value the source gives)"),
    /** The comparable cell's figures leave out statuses or professions held by fewer than k. */
    CELL_TRIMMED(
        "the comparable cell's own size and median leave out employment statuses or"
            + " professions held by fewer than k of its respondents"),
    /** The disclosure control withholds the comparable cell's own figures. */
    CELL_WITHHELD("the comparable cell's own median and size are " + Release.WITHHELD),
    /** No adjustments are shown, since they start from the withheld cell's averages. */
    ADJUSTMENTS_OF_WITHHELD_CELL(
        "no adjustments are shown: they start from the withheld cell's averages");

    private final String text;

    Caveat(String text) {
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }
  }

  /** A fact of the profile the edition does not record well enough to model. */
  enum Fact {
    YEARS("this edition does not record years of experience: they are not used"),
    SENIORITY("this edition does not tell seniority levels apart: seniority is not used"),
    INDUSTRY("this edition does not record industries: industry is not used"),
    SKILLS("this edition does not record skills: skills are not used");

    private final String text;

    Fact(String text) {
      this.text = text;
    }
  }

  /** The profile states a fact the edition does not record: it is not used. */
  record NotRecorded(Fact fact) implements EstimateNote {
    public NotRecorded {
      requireNonNull(fact, "fact is null");
    }

    @Override
    public String text() {
      return fact.text;
    }
  }

  /** The edition does not record metros: estimated for the metro's country as a whole. */
  record MetroNotRecorded(String country, String metro) implements EstimateNote {
    public MetroNotRecorded {
      requireNonNull(country, "country is null");
      requireNonNull(metro, "metro is null");
    }

    @Override
    public String text() {
      return "this edition does not record metros: estimated for "
          + country
          + " as a whole, not "
          + metro;
    }
  }

  /** Too few training rows at the profile's seniority to model it: seniority is not used. */
  record RareSeniority(String level) implements EstimateNote {
    public RareSeniority {
      requireNonNull(level, "level is null");
    }

    @Override
    public String text() {
      return "too few respondents at seniority '" + level + "' to model it: seniority is not used";
    }
  }

  /** Too few training rows in the profile's industry to model it: industry is not used. */
  record RareIndustry(String industry) implements EstimateNote {
    public RareIndustry {
      requireNonNull(industry, "industry is null");
    }

    @Override
    public String text() {
      return "too few respondents in industry '" + industry + "' to model it: industry is not used";
    }
  }

  /** None of the profile's skills is modelled: skills are not used. */
  record RareSkills(List<String> skills) implements EstimateNote {
    public RareSkills {
      skills = List.copyOf(skills);
    }

    @Override
    public String text() {
      return "too few respondents list " + skills + ": skills are not used";
    }
  }

  /** One of the profile's skills is not modelled: no adjustment for it. */
  record RareSkill(String skill) implements EstimateNote {
    public RareSkill {
      requireNonNull(skill, "skill is null");
    }

    @Override
    public String text() {
      return "too few respondents list '"
          + skill
          + "' (or nearly all do) to model it: no adjustment for it";
    }
  }

  /** Too few training rows in the metro to model it: it is modelled as the rest of its country. */
  record MetroModelledAsCountry(String metro, String country) implements EstimateNote {
    public MetroModelledAsCountry {
      requireNonNull(metro, "metro is null");
      requireNonNull(country, "country is null");
    }

    @Override
    public String text() {
      return "too few respondents in "
          + metro
          + " to model it on its own: modelled as "
          + country
          + " outside its modelled metros";
    }
  }

  /** Pay is modelled by survey year: the estimate is for the edition's latest. */
  record LatestSurveyYear(int year) implements EstimateNote {
    @Override
    public String text() {
      return "pay is modelled by survey year: estimated for "
          + year
          + ", the latest in this edition";
    }
  }

  /** The band's measured coverage on held-out rows is far from the stated one. */
  record CoverageOff(int testRows, double measured, double stated) implements EstimateNote {
    @Override
    public String text() {
      return String.format(
          Locale.ROOT,
          "on this edition's %d held-out rows the band held %.1f%%, not %.0f%%: read it with care",
          testRows,
          100 * measured,
          100 * stated);
    }
  }

  /** On held-out rows the model's P50 was no closer to pay than the country × role median. */
  record NoBetterThanBaseline(double medianError, double baselineMedianError)
      implements EstimateNote {
    @Override
    public String text() {
      return String.format(
          Locale.ROOT,
          "on held-out rows this model's P50 was no closer to reported pay than the country x"
              + " role median (MdAPE %.1f%% vs %.1f%%)",
          100 * medianError,
          100 * baselineMedianError);
    }
  }

  /** Fewer than k of the cell's rows state years of experience: no adjustments are shown. */
  record TooFewToAdjust(int k) implements EstimateNote {
    @Override
    public String text() {
      return "fewer than k = "
          + k
          + " respondents of the cell state years of experience: no adjustments are shown";
    }
  }
}
