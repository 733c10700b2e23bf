package org.devpay.core.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How one model of one edition codes a respondent or a profile: which roles, places, seniority
 * levels, survey years, industries and skills get a coefficient (those with at least {@code
 * minimumLevelRows} training rows; rarer levels share one "(rare)" level, so no coefficient rests
 * on a handful of people), and where the experience spline bends. Built from the training rows
 * only, and then applied unchanged to calibration, test and profiles.
 *
 * <p>The terms, in the order of the design:
 *
 * <ul>
 *   <li>{@code role}: the role family.
 *   <li>{@code place}: with metros, a metro with enough rows, else "rest of CC" (the country's
 *       other places) when that has enough rows, else "(rare)"; by country, the country or
 *       "(rare)".
 *   <li>{@code seniority}: the seniority level, "unknown" being a level of its own.
 *   <li>{@code survey year}: when the edition spans several years with enough rows each (levels.fyi
 *       2017-2021); profiles are predicted for the latest.
 *   <li>{@code years}, {@code years above K}: a linear spline in years of experience (capped at 40)
 *       with knots at 2, 5, 10, 15 and 20 years, each kept when enough training rows lie beyond it.
 *   <li>{@code industry ID}, {@code skill ID}: one yes/no indicator per industry and skill listed
 *       by enough training rows (and not listed by enough), so a respondent may list several.
 * </ul>
 */
final class ModelTerms {
  static final String RARE = "(rare)";
  static final String YES = "yes";
  static final String NO = "no";
  static final double MAXIMUM_YEARS = 40;
  static final double[] CANDIDATE_KNOTS = {2, 5, 10, 15, 20};

  static final String ROLE = "role";
  static final String PLACE = "place";
  static final String SENIORITY = "seniority";
  static final String SURVEY_YEAR = "survey year";
  static final String YEARS = "years";

  final FeatureSet features;
  final Set<String> roles;
  final Set<String> metros;
  final Set<String> countries;
  final Set<String> seniorities;
  final Set<String> surveyYears;
  final int latestYear;
  final double[] knots;
  final List<String> industries;
  final List<String> skills;

  private ModelTerms(
      FeatureSet features,
      Set<String> roles,
      Set<String> metros,
      Set<String> countries,
      Set<String> seniorities,
      Set<String> surveyYears,
      int latestYear,
      double[] knots,
      List<String> industries,
      List<String> skills) {
    this.features = features;
    this.roles = Set.copyOf(roles);
    this.metros = Set.copyOf(metros);
    this.countries = Set.copyOf(countries);
    this.seniorities = Set.copyOf(seniorities);
    this.surveyYears = Set.copyOf(surveyYears);
    this.latestYear = latestYear;
    this.knots = knots.clone();
    this.industries = List.copyOf(industries);
    this.skills = List.copyOf(skills);
  }

  /** Whether a row states every fact the model needs (years, when experience is modelled). */
  static boolean usable(FeatureSet features, Facts facts) {
    return !features.experience() || facts.years().isPresent();
  }

  /** The terms learnt from training rows. */
  static ModelTerms learn(FeatureSet features, List<Facts> training, int minimum) {
    Set<String> roles = frequent(training, f -> List.of(f.role()), minimum);
    Set<String> metros = new TreeSet<>();
    Set<String> countries = new TreeSet<>();
    if (features.place() == FeatureSet.Place.METRO) {
      metros.addAll(frequent(training, f -> f.metro().stream().toList(), minimum));
      countries.addAll(
          frequent(
              training.stream().filter(f -> f.metro().filter(metros::contains).isEmpty()).toList(),
              f -> f.country().stream().toList(),
              minimum));
    } else if (features.place() == FeatureSet.Place.COUNTRY) {
      countries.addAll(frequent(training, f -> f.country().stream().toList(), minimum));
    }
    Set<String> seniorities =
        features.seniority() ? frequent(training, f -> List.of(f.seniority()), minimum) : Set.of();
    Set<String> years = frequent(training, f -> List.of(Integer.toString(f.year())), minimum);
    int latest = years.stream().mapToInt(Integer::parseInt).max().orElse(0);
    if (years.size() < 2) {
      years = Set.of();
    }
    List<Double> knots = new ArrayList<>();
    if (features.experience()) {
      for (double knot : CANDIDATE_KNOTS) {
        long beyond =
            training.stream()
                .filter(f -> f.years().isPresent() && f.years().getAsDouble() > knot)
                .count();
        if (beyond >= minimum) {
          knots.add(knot);
        }
      }
    }
    List<String> industries =
        features.industry() ? indicators(training, Facts::industries, minimum) : List.of();
    List<String> skills =
        features.skills() ? indicators(training, Facts::skills, minimum) : List.of();
    return new ModelTerms(
        features,
        roles,
        metros,
        countries,
        seniorities,
        years,
        latest,
        knots.stream().mapToDouble(Double::doubleValue).toArray(),
        industries,
        skills);
  }

  /** The factors' names, in design order. */
  List<String> factorNames() {
    List<String> names = new ArrayList<>();
    names.add(ROLE);
    if (features.place() != FeatureSet.Place.NONE) {
      names.add(PLACE);
    }
    if (features.seniority()) {
      names.add(SENIORITY);
    }
    if (!surveyYears.isEmpty()) {
      names.add(SURVEY_YEAR);
    }
    industries.forEach(id -> names.add(industryFactor(id)));
    skills.forEach(id -> names.add(skillFactor(id)));
    return names;
  }

  /** The stated reference level of each factor, or "" for the most frequent level. */
  List<String> references() {
    List<String> references = new ArrayList<>();
    for (String name : factorNames()) {
      boolean indicator = name.startsWith("industry ") || name.startsWith("skill ");
      references.add(indicator ? NO : "");
    }
    return references;
  }

  /** The level of each factor for one row or profile, in {@link #factorNames()} order. */
  String[] levels(Facts facts) {
    List<String> levels = new ArrayList<>();
    levels.add(roles.contains(facts.role()) ? facts.role() : RARE);
    if (features.place() != FeatureSet.Place.NONE) {
      levels.add(place(facts));
    }
    if (features.seniority()) {
      levels.add(seniorities.contains(facts.seniority()) ? facts.seniority() : RARE);
    }
    if (!surveyYears.isEmpty()) {
      String year = Integer.toString(facts.year());
      levels.add(surveyYears.contains(year) ? year : RARE);
    }
    industries.forEach(id -> levels.add(facts.industries().contains(id) ? YES : NO));
    skills.forEach(id -> levels.add(facts.skills().contains(id) ? YES : NO));
    return levels.toArray(String[]::new);
  }

  /** The place level of a row or profile. */
  String place(Facts facts) {
    if (features.place() == FeatureSet.Place.METRO) {
      if (facts.metro().filter(metros::contains).isPresent()) {
        return facts.metro().get();
      }
      return facts.country().filter(countries::contains).map(c -> "rest of " + c).orElse(RARE);
    }
    return facts.country().filter(countries::contains).orElse(RARE);
  }

  /** The covariates' names, in design order. */
  List<String> covariateNames() {
    List<String> names = new ArrayList<>();
    if (features.experience()) {
      names.add(YEARS);
      for (double knot : knots) {
        names.add(YEARS + " above " + (int) knot);
      }
    }
    return names;
  }

  /** The covariates of a row or profile that states its years (when experience is modelled). */
  double[] covariates(Facts facts) {
    if (!features.experience()) {
      return new double[0];
    }
    double years = Math.min(MAXIMUM_YEARS, facts.years().orElseThrow());
    double[] values = new double[1 + knots.length];
    values[0] = years;
    for (int i = 0; i < knots.length; i++) {
      values[1 + i] = Math.max(0, years - knots[i]);
    }
    return values;
  }

  static String industryFactor(String id) {
    return "industry " + id;
  }

  static String skillFactor(String id) {
    return "skill " + id;
  }

  private static Set<String> frequent(
      List<Facts> rows, Function<Facts, List<String>> values, int minimum) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Facts row : rows) {
      for (String value : values.apply(row)) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    Set<String> kept = new TreeSet<>();
    counts.forEach(
        (value, n) -> {
          if (n >= minimum) {
            kept.add(value);
          }
        });
    return kept;
  }

  private static List<String> indicators(
      List<Facts> rows, Function<Facts, Set<String>> values, int minimum) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Facts row : rows) {
      for (String value : values.apply(row)) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    List<String> kept = new ArrayList<>();
    counts.forEach(
        (value, n) -> {
          if (n >= minimum && rows.size() - n >= minimum) {
            kept.add(value);
          }
        });
    return kept;
  }
}
