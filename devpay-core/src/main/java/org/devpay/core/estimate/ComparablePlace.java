package org.devpay.core.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.devpay.core.analysis.policy.QueryDimensions;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.Choice;

/**
 * The place an edition compares a profile in: its metro when the edition records metros, else its
 * country, else everywhere. The first step of an estimate: the comparable cell is the profile's
 * role in this place.
 *
 * @param level how fine the place is
 * @param country the profile's country (from its metro when not given), or empty
 * @param metro the profile's metro, or empty
 * @param where the place in words, as it follows a role (" in Berlin", " (all places)")
 */
record ComparablePlace(
    FeatureSet.Place level, Optional<String> country, Optional<String> metro, String where) {

  /**
   * The estimator's cells hold more people than the answers' (contractors, the self-employed,
   * respondents who are not developers by profession): as groups of several employment statuses and
   * professions, each is kept to the values held by k or more of a cell's rows, so that no
   * published cell of the estimator differs from the answers' cell of the same people by fewer than
   * k.
   */
  private static final List<Choice> WIDER_POPULATION =
      List.of(
          new Choice(
              QueryDimensions.EMPLOYMENT,
              EditionPopulation.EMPLOYED.stream()
                  .map(e -> e.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.toSet()),
              true),
          new Choice(QueryDimensions.PROFESSION, Set.of("yes", "no", "unstated"), true));

  /**
   * The place an edition compares a profile in.
   *
   * @param notes receives a note when a metro is asked for in an edition without metros
   * @throws EditionRefusal when a metro is asked for in an edition without metros and no country is
   *     known
   */
  static ComparablePlace of(
      EditionPopulation population, Profile profile, List<EstimateNote> notes) {
    Optional<String> metro = profile.metro();
    Optional<String> country =
        profile.country().or(() -> metro.flatMap(population::countryOfMetro));
    if (metro.isPresent() && population.recordsMetros()) {
      return new ComparablePlace(FeatureSet.Place.METRO, country, metro, " in " + metro.get());
    }
    if (country.isPresent()) {
      if (metro.isPresent()) {
        notes.add(new EstimateNote.MetroNotRecorded(country.get(), metro.get()));
      }
      return new ComparablePlace(FeatureSet.Place.COUNTRY, country, metro, " in " + country.get());
    }
    if (metro.isPresent()) {
      throw new EditionRefusal("no respondents in " + metro.get() + " and no country given");
    }
    return new ComparablePlace(FeatureSet.Place.NONE, country, metro, " (all places)");
  }

  /** Whether a row is in this place. */
  boolean contains(Facts facts) {
    return switch (level) {
      case METRO -> facts.metro().equals(metro);
      case COUNTRY -> facts.country().equals(country);
      case NONE -> true;
    };
  }

  /** The rows of a role in this place, in population order. */
  List<Integer> rowsOf(EditionPopulation population, RoleFamily role) {
    return population.rowsWhere(f -> f.role().equals(role.id()) && contains(f));
  }

  /** The filter of a role's cell in this place, by name: role, then metro or country. */
  Map<String, String> criteria(RoleFamily role) {
    Map<String, String> criteria = new LinkedHashMap<>();
    criteria.put("role", role.id());
    switch (level) {
      case METRO -> criteria.put("metro", metro.orElseThrow());
      case COUNTRY -> criteria.put("country", country.orElseThrow());
      case NONE -> {}
    }
    return criteria;
  }

  /** A role's cell in this place in words ("Back-end developers in Berlin"). */
  String cellName(RoleFamily role) {
    return role.displayName() + where;
  }

  /** A role's cell in this place as the disclosure control names it. */
  CellSpec cell(RoleFamily role) {
    CellSpec spec = CellSpec.role(role);
    for (Choice choice : WIDER_POPULATION) {
      spec = spec.and(choice);
    }
    switch (level) {
      case METRO -> spec = spec.and(QueryDimensions.METRO.is(metro.orElseThrow()));
      case COUNTRY -> spec = spec.and(QueryDimensions.COUNTRY.is(country.orElseThrow()));
      case NONE -> {}
    }
    return spec;
  }
}
