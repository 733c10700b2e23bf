package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * GET /api/editions/{dataset}/{edition}: the answer for one dataset edition, in the answer
 * document's shape with exactly one edition.
 */
final class EditionResource implements Resource {
  private static final Parameter DATASET =
      new Parameter(
          "dataset",
          Parameter.Location.PATH,
          true,
          "Dataset id, as listed by GET /api/datasets.",
          List.of(),
          "dou-ua",
          (value, snapshot) -> {
            if (!snapshot.datasetIds().contains(value)) {
              throw new DevpayException(
                  ErrorCategory.MISSING_DATA,
                  "no dataset '"
                      + value
                      + "'; served: "
                      + String.join(", ", snapshot.datasetIds()));
            }
            return value;
          });

  private static final Parameter EDITION =
      new Parameter(
          "edition",
          Parameter.Location.PATH,
          true,
          "Edition label of that dataset, as listed by GET /api/datasets.",
          List.of(),
          "2025-06",
          (value, snapshot) -> {
            if (!snapshot.editionLabels(null).contains(value)) {
              throw new DevpayException(ErrorCategory.MISSING_DATA, "no edition '" + value + "'");
            }
            return value;
          });

  private final AnswerSettings settings;

  EditionResource(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/editions/{dataset}/{edition}",
        "The answer for one dataset edition",
        "The answer document of GET /api/answer restricted to one edition, filtered within it."
            + " 404 when the dataset or edition is not served, or when no record of it passes the"
            + " filter.",
        FilterParameters.plus(FilterParameters.withinEdition(), DATASET, EDITION),
        Caching.BY_DATA_VERSION,
        List.of(400, 404),
        "Answer");
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot().requireData();
    String dataset = request.query().get("dataset").orElseThrow();
    String edition = request.query().get("edition").orElseThrow();
    if (!snapshot.editionLabels(dataset).contains(edition)) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA,
          "dataset '"
              + dataset
              + "' has no edition '"
              + edition
              + "'; it has: "
              + String.join(", ", snapshot.editionLabels(dataset)));
    }
    RecordFilter filter = FilterParameters.filter(request.query());
    List<EditionReport> reports =
        new RolePayAnswer(settings).answerAll(filter.applyTo(snapshot.data()));
    if (reports.isEmpty()) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA,
          "no record of " + dataset + " " + edition + " passes the filter " + filter.describe());
    }
    return Response.json(AnswerResource.document(reports, settings, filter, snapshot));
  }
}
