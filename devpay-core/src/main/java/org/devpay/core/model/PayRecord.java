package org.devpay.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One normalized pay observation: the unit every analysis works on. Immutable, never null; what a
 * source does not publish is an empty optional or an UNKNOWN enum value, never a sentinel.
 *
 * @param datasetId catalog id of the dataset
 * @param edition published edition of the file ("2025-06", "2019")
 * @param year survey year (wave) of the observation
 * @param respondentKey key of the respondent within the file
 * @param role role family, from the role taxonomy
 * @param roleLabel the primary role label exactly as published
 * @param selectedRoleLabels every role label the respondent selected, in published order, when the
 *     survey let respondents pick several roles; empty when it asks for one (the record then counts
 *     under its roleLabel alone)
 * @param seniority seniority, from the seniority taxonomy
 * @param yearsExperience years of professional experience (bins become midpoints)
 * @param employment employment status
 * @param profession whether the respondent says they are a developer by profession
 * @param location country (ISO 3166-1 alpha-2), city and metro
 * @param industries canonical industry ids, from the industry taxonomy
 * @param skills canonical skill ids, from the skill taxonomy
 * @param published pay as published
 * @param annualLocal published pay for a whole year, in the published currency
 * @param annualUsd annualLocal in US dollars at the survey year's average rate
 * @param usdPerUnit the rate used: US dollars per unit of the published currency
 * @param baseAnnualUsd annual base pay in USD, when the published pay is total compensation and the
 *     source also publishes base pay
 * @param weight frequency weight: how many respondents the record stands for
 * @param attributes further source-specific answers worth keeping, sorted by key so output is
 *     reproducible
 */
public record PayRecord(
    String datasetId,
    String edition,
    int year,
    String respondentKey,
    RoleFamily role,
    String roleLabel,
    List<String> selectedRoleLabels,
    Seniority seniority,
    OptionalDouble yearsExperience,
    Employment employment,
    Profession profession,
    Location location,
    List<String> industries,
    List<String> skills,
    PublishedPay published,
    double annualLocal,
    double annualUsd,
    double usdPerUnit,
    OptionalDouble baseAnnualUsd,
    double weight,
    Map<String, String> attributes) {
  public PayRecord {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    requireNonNull(respondentKey, "respondentKey is null");
    requireNonNull(role, "role is null");
    requireNonNull(roleLabel, "roleLabel is null");
    selectedRoleLabels = List.copyOf(selectedRoleLabels);
    requireNonNull(seniority, "seniority is null");
    requireNonNull(yearsExperience, "yearsExperience is null");
    requireNonNull(employment, "employment is null");
    requireNonNull(profession, "profession is null");
    requireNonNull(location, "location is null");
    industries = List.copyOf(industries);
    skills = List.copyOf(skills);
    requireNonNull(published, "published is null");
    requireNonNull(baseAnnualUsd, "baseAnnualUsd is null");
    attributes = SortedAttributes.of(attributes);
    requirePositive(annualLocal, "annualLocal");
    requirePositive(annualUsd, "annualUsd");
    requirePositive(usdPerUnit, "usdPerUnit");
    requirePositive(weight, "weight");
  }

  private static void requirePositive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
    }
  }
}
