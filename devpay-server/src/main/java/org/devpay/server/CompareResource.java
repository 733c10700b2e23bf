package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.Comparison;
import org.devpay.core.analysis.ComparisonReport;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.model.RoleFamily;
import org.devpay.report.ComparisonDocument;

/**
 * GET /api/compare: one role's premium over others per edition, raw and adjusted, and pooled; the
 * {@code devpay compare --format json} document.
 */
final class CompareResource implements Resource {
  private final AnswerSettings settings;

  CompareResource(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/compare",
        "A role's pay premium over others, raw and adjusted, per edition and pooled",
        "Within each dataset edition kept by the filter: the ratio of medians (bootstrap), the"
            + " unadjusted and adjusted log premiums (OLS with fixed effects for experience,"
            + " seniority, location, industry, skills, year and employment where the edition has"
            + " them, HC1), optionally the Oaxaca-Blinder split, and the DerSimonian-Laird pooled"
            + " premiums with I². Groups under k rows are suppressed.",
        FilterParameters.plus(
            FilterParameters.all(),
            AnalysisParameters.ROLE,
            AnalysisParameters.VERSUS,
            AnalysisParameters.BY,
            AnalysisParameters.DECOMPOSITION),
        Caching.BY_DATA_VERSION,
        List.of(400),
        "Comparison");
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot().requireData();
    ValidatedQuery query = request.query();
    RecordFilter filter = FilterParameters.filter(query);
    RoleFamily role = RoleFamily.parse(query.get("role").orElseThrow()).orElseThrow();
    RoleFamily[] versus =
        query
            .get("vs")
            .map(v -> Arrays.stream(v.split(",")).map(r -> RoleFamily.parse(r).orElseThrow()))
            .orElseGet(java.util.stream.Stream::empty)
            .toArray(RoleFamily[]::new);
    Comparison comparison = Comparison.compare(role, versus).withSettings(settings);
    if (query.get("decomposition").orElse("false").equals("true")) {
      comparison = comparison.withDecomposition();
    }
    PayData data = LoadedPayData.of(filter.applyTo(snapshot.data()));
    List<ComparisonReport> reports =
        query.get("by").isPresent()
            ? comparison.withinEach(AnalysisParameters.control(query.get("by").get()), data)
            : List.of(comparison.within(data));
    ObjectNode document = ComparisonDocument.render(reports, settings);
    document.put("data_version", snapshot.version());
    ObjectNode criteria = document.putObject("filter");
    filter.criteria().forEach(criteria::put);
    return Response.json(document);
  }
}
