package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.report.AnswerDocument;

/**
 * GET /api/answer: the main answer, for every dataset edition the filter keeps. The body is the
 * CLI's {@code answer --format json} document (same shape, same code) plus the data version and the
 * filter applied.
 */
final class AnswerResource implements Resource {
  private final AnswerSettings settings;

  AnswerResource(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/answer",
        "Are back-end developers paid more? Per dataset edition",
        "Per dataset edition kept by the filter: per role n, P25, median with its bootstrap"
            + " interval and P75, as published and screened; the back-end/front-end and"
            + " back-end/full-stack ratios of medians with their intervals; one verdict sentence;"
            + " the sources with their sha256. The filter is applied to the records before any"
            + " figure is computed, so cells under k respondents are suppressed after filtering."
            + " Editions with no record left are omitted.",
        FilterParameters.all(),
        Caching.BY_DATA_VERSION,
        List.of(400),
        "Answer");
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot().requireData();
    RecordFilter filter = FilterParameters.filter(request.query());
    List<EditionReport> reports =
        new RolePayAnswer(settings).answerAll(filter.applyTo(snapshot.data()));
    return Response.json(document(reports, settings, filter, snapshot));
  }

  /** The answer document with the data version and the filter. */
  static ObjectNode document(
      List<EditionReport> reports,
      AnswerSettings settings,
      RecordFilter filter,
      Snapshot snapshot) {
    ObjectNode document = AnswerDocument.render(reports, settings);
    document.put("data_version", snapshot.version());
    ObjectNode criteria = document.putObject("filter");
    filter.criteria().forEach(criteria::put);
    return document;
  }
}
