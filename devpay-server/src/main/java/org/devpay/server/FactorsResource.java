package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ExperienceCurves;
import org.devpay.core.analysis.FactorReport;
import org.devpay.core.analysis.Factors;
import org.devpay.core.analysis.PayTrends;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RoleFamily;
import org.devpay.report.FactorsDocument;
import org.devpay.report.TrendsDocument;

/**
 * GET /api/factors/{factor}: what experience, industry, skills or location do to pay (median cells
 * and adjusted premiums per level, pooled, BH-adjusted), or demand (role shares and real pay over
 * the years a source covers); the {@code devpay factors FACTOR --format json} document.
 */
final class FactorsResource implements Resource {
  static final List<String> FACTORS =
      List.of("experience", "industry", "skills", "location", "demand");

  private static final Parameter FACTOR =
      new Parameter(
          "factor",
          Parameter.Location.PATH,
          true,
          "experience, industry, skills, location or demand.",
          FACTORS,
          "industry",
          (value, snapshot) -> {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!FACTORS.contains(v)) {
              throw new DevpayException(
                  ErrorCategory.MISSING_DATA,
                  "no factor '" + value + "'; served: " + String.join(", ", FACTORS));
            }
            return v;
          });

  private final AnswerSettings settings;

  FactorsResource(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/factors/{factor}",
        "Factor effects on pay: experience, industry, skills, location, demand",
        "Median pay per level (k-floored) and per level the adjusted premium in each edition and"
            + " pooled, with Benjamini-Hochberg adjusted p-values across the levels; for demand,"
            + " each role's share of respondents and pay at 2020 prices per year of the sources"
            + " that span years (respondent shares are not job-posting demand).",
        FilterParameters.plus(
            FilterParameters.all(), FACTOR, AnalysisParameters.ROLES, AnalysisParameters.TOP),
        Caching.BY_DATA_VERSION,
        List.of(400, 404),
        "Factors");
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot().requireData();
    ValidatedQuery query = request.query();
    RecordFilter filter = FilterParameters.filter(query);
    PayData data = LoadedPayData.of(filter.applyTo(snapshot.data()));
    Set<RoleFamily> roles =
        query
            .get("roles")
            .map(
                v ->
                    Arrays.stream(v.split(","))
                        .map(r -> RoleFamily.parse(r).orElseThrow())
                        .collect(Collectors.toSet()))
            .orElse(Set.of());
    String factor = query.get("factor").orElseThrow();
    ObjectNode document;
    if (factor.equals("demand")) {
      List<RoleFamily> trendRoles = roles.isEmpty() ? ExperienceCurves.ROLES : List.copyOf(roles);
      document = TrendsDocument.render(PayTrends.with(settings).report(trendRoles, data), settings);
    } else {
      Factors factors = Factors.with(settings).top(Integer.parseInt(query.get("top").orElse("15")));
      if (!roles.isEmpty()) {
        factors = factors.forRoles(roles);
      }
      FactorReport report = factors.report(FactorReport.Factor.parse(factor).orElseThrow(), data);
      document = FactorsDocument.render(report, settings);
    }
    document.put("data_version", snapshot.version());
    ObjectNode criteria = document.putObject("filter");
    filter.criteria().forEach(criteria::put);
    return Response.json(document);
  }
}
