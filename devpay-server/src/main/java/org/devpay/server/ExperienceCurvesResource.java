package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ExperienceCurves;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.report.ExperienceCurvesDocument;

/**
 * GET /api/experience-curves: median pay by years of experience for back-end, front-end and
 * full-stack developers, per dataset edition that states experience.
 */
final class ExperienceCurvesResource implements Resource {
  private final AnswerSettings settings;

  ExperienceCurvesResource(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/experience-curves",
        "Median pay by years of experience, per role and edition",
        "Per dataset edition kept by the filter that states years of experience: for back-end,"
            + " front-end and full-stack developers, the median of annual pay (screened rows) in"
            + " each experience band with n and a bootstrap interval. Points under k rows are"
            + " suppressed.",
        FilterParameters.all(),
        Caching.BY_DATA_VERSION,
        List.of(400),
        "ExperienceCurves");
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot().requireData();
    RecordFilter filter = FilterParameters.filter(request.query());
    List<ExperienceCurves.EditionCurves> curves =
        new ExperienceCurves(settings).curvesAll(filter.applyTo(snapshot.data()));
    ObjectNode document = ExperienceCurvesDocument.render(curves, settings);
    document.put("data_version", snapshot.version());
    ObjectNode criteria = document.putObject("filter");
    filter.criteria().forEach(criteria::put);
    return Response.json(document);
  }
}
