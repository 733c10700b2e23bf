package org.devpay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.Profile;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import picocli.CommandLine.Option;

/**
 * The profile options {@code estimate} and {@code standing} share (role, years, seniority, metro or
 * country, industry, skills, dataset, edition), read into a {@link Profile} in one place so the two
 * commands accept exactly the same profiles.
 */
final class ProfileOptions {
  @Option(
      names = "--role",
      paramLabel = "ROLE",
      description = "Role family: backend, frontend, fullstack, mobile, devops, ... (required).")
  String role;

  @Option(names = "--years", paramLabel = "N", description = "Years of professional experience.")
  Double years;

  @Option(
      names = "--seniority",
      paramLabel = "LEVEL",
      description = "junior, middle, senior or lead.")
  String seniority;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description = "Country of work, ISO 3166-1 alpha-2 (DE).")
  String country;

  @Option(
      names = "--metro",
      paramLabel = "NAME",
      description = "Metro area of work, as the data names it (Berlin, San Francisco Bay Area).")
  String metro;

  @Option(names = "--industry", paramLabel = "ID", description = "Canonical industry id (fintech).")
  String industry;

  @Option(
      names = "--skills",
      paramLabel = "ID,...",
      split = ",",
      description = "Canonical skill ids, comma-separated (java,aws).")
  List<String> skills = new ArrayList<>();

  @Option(names = "--dataset", paramLabel = "ID", description = "Only this dataset.")
  String dataset;

  @Option(names = "--edition", paramLabel = "LABEL", description = "Only this edition.")
  String edition;

  /** The editions in scope. */
  EditionScope scope() {
    return new EditionScope(Optional.ofNullable(dataset), Optional.ofNullable(edition));
  }

  /**
   * The profile the options describe.
   *
   * @param whenNoRole what the error says may replace --role ("" when nothing may)
   * @throws DevpayException USER_INPUT for a missing or unknown role, an unknown seniority, or a
   *     fact of the wrong form
   */
  Profile profile(String whenNoRole) {
    if (role == null) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "--role is required" + whenNoRole + "; " + roles());
    }
    RoleFamily family =
        RoleFamily.parse(role)
            .orElseThrow(
                () ->
                    new DevpayException(
                        ErrorCategory.USER_INPUT, "unknown role '" + role + "'; " + roles()));
    try {
      Profile profile = Profile.of(family);
      if (years != null) {
        profile = profile.withYears(years);
      }
      if (seniority != null) {
        String level = seniority;
        profile =
            profile.withSeniority(
                Seniority.parse(level)
                    .filter(s -> s != Seniority.UNKNOWN)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "unknown seniority '"
                                    + level
                                    + "'; accepted: junior, middle, senior, lead")));
      }
      if (country != null) {
        profile = profile.withCountry(country.strip().toUpperCase(Locale.ROOT));
      }
      if (metro != null) {
        profile = profile.withMetro(metro.strip());
      }
      if (industry != null) {
        profile = profile.withIndustry(industry.strip());
      }
      if (!skills.isEmpty()) {
        profile = profile.withSkills(skills.stream().map(String::strip).toList());
      }
      return profile;
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }

  private static String roles() {
    return "accepted: "
        + String.join(", ", RoleFamily.stated().stream().map(RoleFamily::id).toList());
  }
}
