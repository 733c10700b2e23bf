package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.devpay.core.model.PayRecord;

/**
 * What a model reads of a respondent or a profile, in one shape, so that rows and profiles are
 * coded by the same code.
 *
 * @param role role family id
 * @param country ISO country, if known
 * @param metro metro area, if known
 * @param years years of experience, if known
 * @param seniority seniority id
 * @param year survey year
 * @param industries canonical industry ids
 * @param skills canonical skill ids
 */
record Facts(
    String role,
    Optional<String> country,
    Optional<String> metro,
    OptionalDouble years,
    String seniority,
    int year,
    Set<String> industries,
    Set<String> skills) {
  Facts {
    requireNonNull(role, "role is null");
    requireNonNull(country, "country is null");
    requireNonNull(metro, "metro is null");
    requireNonNull(years, "years is null");
    requireNonNull(seniority, "seniority is null");
    industries = Set.copyOf(industries);
    skills = Set.copyOf(skills);
  }

  static Facts of(PayRecord record) {
    return new Facts(
        record.role().id(),
        record.location().country(),
        record.location().metro(),
        record.yearsExperience(),
        record.seniority().id(),
        record.year(),
        Set.copyOf(record.industries()),
        Set.copyOf(record.skills()));
  }

  Facts withRole(String value) {
    return new Facts(value, country, metro, years, seniority, year, industries, skills);
  }
}
