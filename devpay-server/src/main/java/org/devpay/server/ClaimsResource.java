package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.claims.ClaimEvaluator;
import org.devpay.core.claims.ClaimsEvaluation;
import org.devpay.core.data.LoadedPayData;
import org.devpay.report.ClaimsDocument;
import org.devpay.report.ClaimsFile;

/**
 * GET /api/claims: the verdicts on the seed article's eight claims (the {@code devpay claims
 * --format json} document).
 */
final class ClaimsResource implements Resource {
  private final AnswerSettings settings;
  private final ClaimsFile.Contents claims = ClaimsFile.article();

  ClaimsResource(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        "/api/claims",
        "Verdicts on the article's eight claims",
        "Each claim of the seed article tested on the data kept by the filter: verdict"
            + " (supported, contradicted, depends on the dataset, inconclusive, no data), per"
            + " effect the deciding interval (Hartung-Knapp-Sidik-Jonkman below ten editions), the"
            + " DerSimonian-Laird and prediction intervals, each edition's estimate, n, p-value and"
            + " Benjamini-Hochberg adjusted p-value, the rule applied, a confidence label, the"
            + " datasets used and one plain sentence. The claims and their decision rules are"
            + " docs/claims.md.",
        FilterParameters.all(),
        Caching.BY_DATA_VERSION,
        List.of(400),
        "Claims");
  }

  @Override
  public Response respond(Request request) {
    Snapshot snapshot = request.snapshot().requireData();
    RecordFilter filter = FilterParameters.filter(request.query());
    ClaimsEvaluation evaluation =
        ClaimEvaluator.with(settings)
            .evaluate(claims.claims(), LoadedPayData.of(filter.applyTo(snapshot.data())));
    ObjectNode document = ClaimsDocument.render(evaluation, "devpay: " + ClaimsFile.ARTICLE_CLAIMS);
    document.put("data_version", snapshot.version());
    ObjectNode criteria = document.putObject("filter");
    filter.criteria().forEach(criteria::put);
    return Response.json(document);
  }
}
