package org.devpay.core.estimate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * Checks a profile's metro, industry and skills against the editions in scope before any estimate,
 * so that a misspelt value is a clear error naming the values the data knows (those held by at
 * least k rows, so the list itself reveals no small group), not an estimate that ignores it.
 */
final class ProfileCheck {
  private ProfileCheck() {}

  /**
   * The profile with its metro spelled as the data spells it (and the metro's country when none is
   * given), after checking its metro, industry and skills against the editions in scope.
   *
   * @throws DevpayException USER_INPUT for a metro, industry or skill the data does not know, or a
   *     metro outside the given country
   */
  static Profile canonical(
      Profile profile, List<EditionPopulation> inScope, EstimatorSettings settings) {
    IntPredicate floor = settings.privacyFloor()::allows;
    Profile out =
        profile.metro().isPresent() ? withCanonicalMetro(profile, inScope, floor) : profile;
    if (profile.industry().isPresent()) {
      Set<String> known = vocabulary(inScope, EditionPopulation::rowsPerIndustry, floor);
      if (!known.contains(profile.industry().get())) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            "unknown industry '"
                + profile.industry().get()
                + "'; industries with at least k respondents: "
                + abbreviate(known));
      }
    }
    if (!profile.skills().isEmpty()) {
      Set<String> known = vocabulary(inScope, EditionPopulation::rowsPerSkill, floor);
      for (String skill : profile.skills()) {
        if (!known.contains(skill)) {
          throw new DevpayException(
              ErrorCategory.USER_INPUT,
              "unknown skill '"
                  + skill
                  + "'; skills with at least k respondents: "
                  + abbreviate(known));
        }
      }
    }
    return out;
  }

  private static Profile withCanonicalMetro(
      Profile profile, List<EditionPopulation> inScope, IntPredicate floor) {
    Map<String, String> metros = new TreeMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (EditionPopulation population : inScope) {
      population
          .rowsPerMetro()
          .forEach(
              (m, n) -> {
                metros.put(m.toLowerCase(Locale.ROOT), m);
                counts.merge(m, n, Integer::sum);
              });
    }
    String asked = profile.metro().orElseThrow();
    String metro = metros.get(asked.strip().toLowerCase(Locale.ROOT));
    if (metro == null || !floor.test(counts.get(metro))) {
      Set<String> offered = new TreeSet<>();
      counts.forEach(
          (m, n) -> {
            if (floor.test(n)) {
              offered.add(m);
            }
          });
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          "unknown metro '"
              + asked
              + "' in "
              + (inScope.isEmpty() ? "the data" : "the editions in scope")
              + "; metros with at least k respondents: "
              + abbreviate(offered));
    }
    // The first edition in scope that knows the metro names its country.
    Optional<String> country =
        inScope.stream().map(p -> p.countryOfMetro(metro)).flatMap(Optional::stream).findFirst();
    if (profile.country().isPresent()
        && country.isPresent()
        && !profile.country().get().equals(country.get())) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          "metro " + metro + " is in " + country.get() + ", not " + profile.country().get());
    }
    Profile out = profile.withMetro(metro);
    if (profile.country().isEmpty() && country.isPresent()) {
      // Editions without metros (Stack Overflow) can then answer for the metro's country.
      out = out.withCountry(country.get());
    }
    return out;
  }

  /** The values of a multi-valued fact held by at least k rows of some edition in scope. */
  private static Set<String> vocabulary(
      List<EditionPopulation> inScope,
      Function<EditionPopulation, Map<String, Integer>> rows,
      IntPredicate floor) {
    Set<String> out = new TreeSet<>();
    for (EditionPopulation population : inScope) {
      rows.apply(population)
          .forEach(
              (value, n) -> {
                if (floor.test(n)) {
                  out.add(value);
                }
              });
    }
    return out;
  }

  private static String abbreviate(Set<String> values) {
    List<String> list = List.copyOf(values);
    if (list.isEmpty()) {
      return "none";
    }
    if (list.size() <= 15) {
      return String.join(", ", list);
    }
    return String.join(", ", list.subList(0, 15)) + ", ... (" + list.size() + " in all)";
  }
}
