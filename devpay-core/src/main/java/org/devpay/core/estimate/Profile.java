package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.devpay.core.model.Location;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.taxonomy.ExperienceParser;

/**
 * Who an estimate is for: "a back-end developer with 6 years in Berlin who knows Java and AWS".
 * Only the role is required; every other fact is optional, and the estimate uses exactly the facts
 * given (a fact left out is averaged over, not guessed).
 *
 * @param role the role family
 * @param yearsExperience years of professional experience, 0 to 60
 * @param seniority the career level
 * @param country ISO 3166-1 alpha-2 country of work
 * @param metro metro area of work, as the data names it ("Berlin", "San Francisco Bay Area")
 * @param industry a canonical industry id ("fintech")
 * @param skills canonical skill ids ("java", "aws"), distinct and sorted
 */
public record Profile(
    RoleFamily role,
    OptionalDouble yearsExperience,
    Optional<Seniority> seniority,
    Optional<String> country,
    Optional<String> metro,
    Optional<String> industry,
    List<String> skills) {
  /** The most years of experience a profile may state: the most a survey answer is read as. */
  public static final double MAXIMUM_YEARS = ExperienceParser.MAXIMUM_YEARS;

  /**
   * Checks every fact's form; whether a value occurs in the data is for the estimator to say.
   *
   * @throws IllegalArgumentException on years outside [0, 60], a country that is not two upper-case
   *     letters, or a blank text
   */
  public Profile {
    requireNonNull(role, "role is null");
    requireNonNull(yearsExperience, "yearsExperience is null");
    requireNonNull(seniority, "seniority is null");
    requireNonNull(country, "country is null");
    requireNonNull(metro, "metro is null");
    requireNonNull(industry, "industry is null");
    yearsExperience.ifPresent(
        years -> {
          if (!(years >= 0 && years <= MAXIMUM_YEARS)) {
            throw new IllegalArgumentException(
                "years of experience must be between 0 and " + (int) MAXIMUM_YEARS + ": " + years);
          }
        });
    country.ifPresent(
        c -> {
          if (!Location.isAlpha2(c)) {
            throw new IllegalArgumentException(
                "country must be an ISO 3166-1 alpha-2 code such as DE: " + c);
          }
        });
    requireNotBlank(metro, "metro");
    requireNotBlank(industry, "industry");
    for (String skill : skills) {
      if (skill == null || skill.isBlank()) {
        throw new IllegalArgumentException("a skill is blank");
      }
    }
    skills = List.copyOf(new TreeSet<>(skills));
  }

  /** A profile with only its role. */
  public static Profile of(RoleFamily role) {
    return new Profile(
        role,
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  public Profile withRole(RoleFamily value) {
    return new Profile(value, yearsExperience, seniority, country, metro, industry, skills);
  }

  public Profile withYears(double value) {
    return new Profile(role, OptionalDouble.of(value), seniority, country, metro, industry, skills);
  }

  public Profile withSeniority(Seniority value) {
    return new Profile(role, yearsExperience, Optional.of(value), country, metro, industry, skills);
  }

  public Profile withCountry(String value) {
    return new Profile(
        role, yearsExperience, seniority, Optional.of(value), metro, industry, skills);
  }

  public Profile withMetro(String value) {
    return new Profile(
        role, yearsExperience, seniority, country, Optional.of(value), industry, skills);
  }

  public Profile withIndustry(String value) {
    return new Profile(
        role, yearsExperience, seniority, country, metro, Optional.of(value), skills);
  }

  public Profile withSkills(List<String> value) {
    return new Profile(role, yearsExperience, seniority, country, metro, industry, value);
  }

  private static void requireNotBlank(Optional<String> value, String name) {
    value.ifPresent(
        v -> {
          if (v.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
          }
        });
  }
}
