package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.EstimateResult;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.Profile;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.report.EstimateDocument;

/**
 * GET /api/estimate: P10, P50 and P90 of annual pay for a profile, per dataset edition whose
 * comparable cell reaches k, with the cell, the adjustments and the model's measured accuracy (the
 * {@code devpay estimate --format json} document). The estimator's models are fitted once per data
 * version, and each answer is cached like every other figure.
 */
final class EstimateResource implements Resource {
  private final EstimatorSettings settings;
  private final AtomicReference<Estimator> estimator = new AtomicReference<>();

  EstimateResource(AnswerSettings answers) {
    requireNonNull(answers, "answers is null");
    this.settings =
        EstimatorSettings.defaults()
            .withSeed(answers.bootstrap().seed())
            .withPrivacyFloor(answers.privacyFloor());
  }

  private static final List<String> ROLES =
      RoleFamily.stated().stream().map(RoleFamily::id).toList();

  /** The stated levels: "unknown" describes data, not a profile. */
  private static final List<String> LEVELS = List.of("junior", "middle", "senior", "lead");

  static final Parameter ROLE =
      new Parameter(
          "role",
          Parameter.Location.QUERY,
          true,
          "The role family the estimate is for.",
          ROLES,
          "backend",
          oneOf("role", ROLES, text -> RoleFamily.parse(text).map(RoleFamily::id)));

  static final Parameter YEARS =
      new Parameter(
          "years",
          Parameter.Location.QUERY,
          false,
          "Years of professional experience, 0 to 60 (decimals allowed).",
          List.of(),
          "6",
          (value, snapshot) -> {
            double years;
            try {
              years = Double.parseDouble(value);
            } catch (NumberFormatException e) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT, "years must be a number from 0 to 60: '" + value + "'");
            }
            if (!(years >= 0 && years <= Profile.MAXIMUM_YEARS)) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT, "years must be a number from 0 to 60: '" + value + "'");
            }
            return years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years);
          });

  static final Parameter SENIORITY =
      new Parameter(
          "seniority",
          Parameter.Location.QUERY,
          false,
          "The career level.",
          LEVELS,
          "senior",
          oneOf("seniority", LEVELS, text -> Seniority.parse(text).map(Seniority::id)));

  static final Parameter COUNTRY =
      new Parameter(
          "country",
          Parameter.Location.QUERY,
          false,
          "Country of work (ISO 3166-1 alpha-2, case-insensitive; a country listed by GET"
              + " /api/datasets).",
          List.of(),
          "DE",
          FilterParameters.COUNTRY.rule());

  static final Parameter METRO =
      new Parameter(
          "metro",
          Parameter.Location.QUERY,
          false,
          "Metro area of work, as GET /api/datasets lists it (case-insensitive).",
          List.of(),
          "Berlin",
          (value, snapshot) ->
              snapshot.facetValues("metro").stream()
                  .filter(m -> m.equalsIgnoreCase(value))
                  .findFirst()
                  .orElseGet(() -> FilterParameters.METRO.rule().check(value, snapshot)));

  static final Parameter INDUSTRY =
      new Parameter(
          "industry",
          Parameter.Location.QUERY,
          false,
          "A canonical industry id, as GET /api/datasets lists them.",
          List.of(),
          "fintech",
          FilterParameters.INDUSTRY.rule());

  static final Parameter SKILLS =
      new Parameter(
          "skills",
          Parameter.Location.QUERY,
          false,
          "Canonical skill ids, comma-separated, as GET /api/datasets lists them. Read as the whole"
              + " list: a modelled skill not given counts as not listed.",
          List.of(),
          "java,aws",
          (value, snapshot) -> {
            java.util.TreeSet<String> skills = new java.util.TreeSet<>();
            for (String skill : value.split(",")) {
              String id = skill.strip();
              if (id.isEmpty()) {
                throw new DevpayException(
                    ErrorCategory.USER_INPUT, "skills has an empty item: '" + value + "'");
              }
              skills.add(FilterParameters.SKILL.rule().check(id, snapshot));
            }
            return String.join(",", skills);
          });

  static final Parameter COMPARE_ROLES =
      new Parameter(
          "compare_roles",
          Parameter.Location.QUERY,
          false,
          "true: also estimate the same profile under every other role each edition models.",
          List.of("true", "false"),
          "true",
          (value, snapshot) -> {
            String text = value.toLowerCase(Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT, "compare_roles must be true or false: '" + value + "'");
            }
            return text;
          });

  /** A rule accepting the values a parser maps to one of {@code accepted}, case-insensitively. */
  private static Parameter.Rule oneOf(
      String what, List<String> accepted, Function<String, Optional<String>> parse) {
    return (value, snapshot) ->
        parse
            .apply(value)
            .filter(accepted::contains)
            .orElseThrow(
                () ->
                    new DevpayException(
                        ErrorCategory.USER_INPUT,
                        "unknown "
                            + what
                            + " '"
                            + value
                            + "'; accepted: "
                            + String.join(", ", accepted)));
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/estimate",
        "Estimate P10, P50 and P90 of annual pay for a profile",
        "Per dataset edition whose comparable cell (same role and place) holds at least k"
            + " respondents: P10, P50 and P90 of annual pay in the local currency and in USD at the"
            + " survey year's average rate, the comparable cell with its n and median, the"
            + " adjustments from the cell's average respondent to the profile, notes on facts not"
            + " used, and the model's measured coverage and error on held-out rows. The band is"
            + " calibrated by split-conformal prediction to hold 80% of held-out respondents. 404"
            + " when no edition can answer.",
        List.of(
            ROLE,
            YEARS,
            SENIORITY,
            COUNTRY,
            METRO,
            INDUSTRY,
            SKILLS,
            FilterParameters.DATASET,
            FilterParameters.EDITION,
            COMPARE_ROLES),
        Caching.BY_DATA_VERSION,
        List.of(400, 404),
        "Estimate");
  }

  /**
   * The profile a validated estimate or standing query states (role, years, seniority, place,
   * industry, skills).
   *
   * @throws IllegalArgumentException for a value the profile refuses
   */
  static Profile profile(ValidatedQuery query) {
    Profile profile = Profile.of(RoleFamily.parse(query.get("role").orElseThrow()).orElseThrow());
    if (query.get("years").isPresent()) {
      profile = profile.withYears(Double.parseDouble(query.get("years").get()));
    }
    if (query.get("seniority").isPresent()) {
      profile = profile.withSeniority(Seniority.parse(query.get("seniority").get()).orElseThrow());
    }
    if (query.get("country").isPresent()) {
      profile = profile.withCountry(query.get("country").get());
    }
    if (query.get("metro").isPresent()) {
      profile = profile.withMetro(query.get("metro").get());
    }
    if (query.get("industry").isPresent()) {
      profile = profile.withIndustry(query.get("industry").get());
    }
    if (query.get("skills").isPresent()) {
      profile = profile.withSkills(List.of(query.get("skills").get().split(",")));
    }
    return profile;
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot().requireData();
    ValidatedQuery query = request.query();
    Profile profile;
    try {
      profile = profile(query);
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
    EditionScope scope = new EditionScope(query.get("dataset"), query.get("edition"));
    boolean compareRoles = query.get("compare_roles").map("true"::equals).orElse(false);
    EstimateResult result = estimator(snapshot).estimate(profile, scope, compareRoles);
    ObjectNode document = EstimateDocument.render(result);
    document.put("data_version", snapshot.version());
    return Response.json(document);
  }

  /**
   * The estimator of the snapshot's data version; models are fitted once per version (and shared
   * with {@link StandingResource}).
   */
  Estimator estimator(Snapshot snapshot) {
    // Building an estimator is cheap (models are fitted on first use), so a lost race costs
    // nothing.
    return estimator.updateAndGet(
        current ->
            current != null && current.dataVersion().equals(snapshot.version())
                ? current
                : new Estimator(snapshot.data(), settings));
  }
}
