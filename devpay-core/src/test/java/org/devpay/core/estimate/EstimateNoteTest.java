package org.devpay.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.devpay.core.privacy.Release;
import org.junit.jupiter.api.Test;

/**
 * The typed notes render the sentences the estimator built inline before notes were typed (commit
 * e711595, {@code Estimator.estimateIn}): each expected string below is that code's expression,
 * copied as it was, with the same values. The published JSON carries these sentences, so a changed
 * word would change every estimate document; the JSON snapshot (scripts/json-snapshot) covers the
 * notes its two profiles meet, this test the others.
 */
class EstimateNoteTest {
  @Test
  void factsTheEditionDoesNotRecordReadAsBefore() {
    assertThat(new EstimateNote.NotRecorded(EstimateNote.Fact.YEARS).text())
        .isEqualTo("this edition does not record years of experience: they are not used");
    assertThat(new EstimateNote.NotRecorded(EstimateNote.Fact.SENIORITY).text())
        .isEqualTo("this edition does not tell seniority levels apart: seniority is not used");
    assertThat(new EstimateNote.NotRecorded(EstimateNote.Fact.INDUSTRY).text())
        .isEqualTo("this edition does not record industries: industry is not used");
    assertThat(new EstimateNote.NotRecorded(EstimateNote.Fact.SKILLS).text())
        .isEqualTo("this edition does not record skills: skills are not used");
    String country = "DE";
    String metro = "Berlin";
    assertThat(new EstimateNote.MetroNotRecorded(country, metro).text())
        .isEqualTo(
            "this edition does not record metros: estimated for "
                + country
                + " as a whole, not "
                + metro);
  }

  @Test
  void valuesTooRareToModelReadAsBefore() {
    String level = "senior";
    assertThat(new EstimateNote.RareSeniority(level).text())
        .isEqualTo(
            "too few respondents at seniority '" + level + "' to model it: seniority is not used");
    String industry = "fintech";
    assertThat(new EstimateNote.RareIndustry(industry).text())
        .isEqualTo(
            "too few respondents in industry '" + industry + "' to model it: industry is not used");
    List<String> skills = List.of("aws", "java");
    assertThat(new EstimateNote.RareSkills(skills).text())
        .isEqualTo("too few respondents list " + skills + ": skills are not used")
        .isEqualTo("too few respondents list [aws, java]: skills are not used");
    String skill = "aws";
    assertThat(new EstimateNote.RareSkill(skill).text())
        .isEqualTo(
            "too few respondents list '"
                + skill
                + "' (or nearly all do) to model it: no adjustment for it");
    assertThat(new EstimateNote.MetroModelledAsCountry("Dnipro", "UA").text())
        .isEqualTo(
            "too few respondents in "
                + "Dnipro"
                + " to model it on its own: modelled as "
                + "UA"
                + " outside its modelled metros");
  }

  @Test
  void modelAndCellCaveatsReadAsBefore() {
    assertThat(new EstimateNote.LatestSurveyYear(2021).text())
        .isEqualTo(
            "pay is modelled by survey year: estimated for 2021, the latest in this edition");
    assertThat(new EstimateNote.CoverageOff(186, 0.855, 0.8).text())
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "on this edition's %d held-out rows the band held %.1f%%, not %.0f%%: read it with"
                    + " care",
                186,
                100 * 0.855,
                100 * 0.8));
    assertThat(new EstimateNote.NoBetterThanBaseline(0.2, 0.19).text())
        .isEqualTo(
            String.format(
                Locale.ROOT,
                "on held-out rows this model's P50 was no closer to reported pay than the country x"
                    + " role median (MdAPE %.1f%% vs %.1f%%)",
                100 * 0.2,
                100 * 0.19));
    assertThat(EstimateNote.Caveat.CELL_WITHHELD.text())
        .isEqualTo("the comparable cell's own median and size are " + Release.WITHHELD);
    assertThat(EstimateNote.Caveat.ADJUSTMENTS_OF_WITHHELD_CELL.text())
        .isEqualTo("no adjustments are shown: they start from the withheld cell's averages");
    int k = 10;
    assertThat(new EstimateNote.TooFewToAdjust(k).text())
        .isEqualTo(
            "fewer than k = "
                + k
                + " respondents of the cell state years of experience: no adjustments are shown");
    assertThat(EstimateNote.Caveat.SKILLS_READ_AS_WHOLE_LIST.text())
        .isEqualTo(
            "the skills given are read as the whole list: a modelled skill not given counts as not"
                + " listed");
    assertThat(EstimateNote.Caveat.BINNED_PAY.text())
        .isEqualTo(
            "pay is published in bins: the model reads each bin's value (its midpoint; the open top"
                + " bin at the value the source gives)");
    assertThat(EstimateNote.Caveat.CELL_TRIMMED.text())
        .isEqualTo(
            "the comparable cell's own size and median leave out employment statuses or"
                + " professions held by fewer than k of its respondents");
  }
}
