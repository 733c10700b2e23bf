package org.devpay.core.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * How an estimate gets from its comparable cell to the profile: per model term, the profile's
 * contribution to x'β minus the cell's average contribution, and the profile's place against its
 * country or the whole edition.
 */
final class Adjustments {
  private Adjustments() {}

  /**
   * The steps from the cell's average respondent to the profile: per term, the profile's
   * contribution to x'β minus the cell's average contribution.
   *
   * @param cell the cell's rows that state what the model needs (indices into the population)
   */
  static List<Adjustment> adjustments(
      FittedModel model, Facts profile, EditionPopulation population, List<Integer> cell) {
    ModelTerms terms = model.terms;
    ToDoubleFunction<ToDoubleFunction<Facts>> cellMean = cellMean(population, cell);
    List<Adjustment> out = new ArrayList<>();
    if (terms.features.experience()) {
      out.add(years(model, profile, cellMean));
    }
    if (terms.features.seniority()) {
      out.add(
          factorAdjustment(
              model,
              ModelTerms.SENIORITY,
              profile,
              cellMean,
              f -> f.seniority(),
              "seniority '" + profile.seniority() + "' vs the cell's mix of levels"));
    }
    if (!terms.surveyYears.isEmpty()) {
      out.add(
          factorAdjustment(
              model,
              ModelTerms.SURVEY_YEAR,
              profile,
              cellMean,
              f -> Integer.toString(f.year()),
              "survey year " + profile.year() + " vs the cell's mix of years"));
    }
    if (terms.features.industry()) {
      out.add(industry(model, profile, cellMean));
    }
    if (terms.features.skills()) {
      out.addAll(skills(model, profile, cellMean));
    }
    return out;
  }

  /** The weighted mean of a term over the cell's rows. */
  private static ToDoubleFunction<ToDoubleFunction<Facts>> cellMean(
      EditionPopulation population, List<Integer> cell) {
    List<Facts> rows = cell.stream().map(population::facts).toList();
    double weightSum = population.respondents(cell);
    return term -> {
      double sum = 0;
      for (int j = 0; j < rows.size(); j++) {
        sum += population.weight(cell.get(j)) * term.applyAsDouble(rows.get(j));
      }
      return sum / weightSum;
    };
  }

  private static Adjustment years(
      FittedModel model, Facts profile, ToDoubleFunction<ToDoubleFunction<Facts>> cellMean) {
    ModelTerms terms = model.terms;
    double[] beta = model.covariateCoefficients();
    ToDoubleFunction<Facts> years =
        f -> {
          double[] x = terms.covariates(f);
          double value = 0;
          for (int c = 0; c < x.length; c++) {
            value += beta[c] * x[c];
          }
          return value;
        };
    double averageYears = cellMean.applyAsDouble(f -> f.years().orElseThrow());
    return new Adjustment(
        "years",
        format(profile.years().orElseThrow())
            + " years of experience vs "
            + format(averageYears)
            + " on average in the cell",
        years.applyAsDouble(profile) - cellMean.applyAsDouble(years));
  }

  private static Adjustment industry(
      FittedModel model, Facts profile, ToDoubleFunction<ToDoubleFunction<Facts>> cellMean) {
    double effect = 0;
    for (String id : model.terms.industries) {
      String factor = ModelTerms.industryFactor(id);
      double beta = model.coefficient(factor, ModelTerms.YES);
      double share = cellMean.applyAsDouble(f -> f.industries().contains(id) ? 1 : 0);
      effect += beta * ((profile.industries().contains(id) ? 1 : 0) - share);
    }
    String id = profile.industries().iterator().next();
    double share = cellMean.applyAsDouble(f -> f.industries().contains(id) ? 1 : 0);
    return new Adjustment(
        "industry",
        "industry '"
            + id
            + "' (the cell: "
            + percent(share)
            + " in it) vs the cell's mix of industries",
        effect);
  }

  private static List<Adjustment> skills(
      FittedModel model, Facts profile, ToDoubleFunction<ToDoubleFunction<Facts>> cellMean) {
    List<Adjustment> out = new ArrayList<>();
    double notListed = 0;
    List<String> others = new ArrayList<>();
    for (String id : model.terms.skills) {
      double beta = model.coefficient(ModelTerms.skillFactor(id), ModelTerms.YES);
      double share = cellMean.applyAsDouble(f -> f.skills().contains(id) ? 1 : 0);
      if (profile.skills().contains(id)) {
        out.add(
            new Adjustment(
                "skill " + id,
                "lists " + id + " (as do " + percent(share) + " of the cell)",
                beta * (1 - share)));
      } else {
        notListed -= beta * share;
        others.add(id);
      }
    }
    out.add(
        new Adjustment(
            "skills not listed",
            "does not list the " + others.size() + " other modelled skills the cell lists",
            notListed));
    return out;
  }

  private static Adjustment factorAdjustment(
      FittedModel model,
      String factor,
      Facts profile,
      ToDoubleFunction<ToDoubleFunction<Facts>> cellMean,
      Function<Facts, String> value,
      String description) {
    ModelTerms terms = model.terms;
    int index = terms.factorNames().indexOf(factor);
    ToDoubleFunction<Facts> effect = f -> model.coefficient(factor, terms.levels(f)[index]);
    return new Adjustment(
        factor, description, effect.applyAsDouble(profile) - cellMean.applyAsDouble(effect));
  }

  /** The profile's place vs its country as a whole (metro) or vs the whole edition (country). */
  static Optional<Adjustment> placeEffect(
      FittedModel model, Facts profile, EditionPopulation population) {
    ModelTerms terms = model.terms;
    if (terms.features.place() == FeatureSet.Place.NONE) {
      return Optional.empty();
    }
    String level = terms.place(profile);
    int[] training = FittedModel.rows(population, terms.features, Part.TRAIN);
    boolean metro = terms.features.place() == FeatureSet.Place.METRO;
    String country = profile.country().orElse("");
    double sum = 0;
    double weight = 0;
    for (int i : training) {
      Facts f = population.facts(i);
      if (metro && !f.country().equals(profile.country())) {
        continue;
      }
      sum += population.weight(i) * model.coefficient(ModelTerms.PLACE, terms.place(f));
      weight += population.weight(i);
    }
    if (weight == 0) {
      return Optional.empty();
    }
    String versus = metro ? country + " as a whole" : "the whole edition";
    return Optional.of(
        new Adjustment(
            "place",
            level + " vs " + versus,
            model.coefficient(ModelTerms.PLACE, level) - sum / weight));
  }

  /** A number as a person writes it: whole numbers without decimals, else one decimal. */
  static String format(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
