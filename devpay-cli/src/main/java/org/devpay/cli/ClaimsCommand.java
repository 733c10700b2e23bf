package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.claims.ClaimEvaluator;
import org.devpay.core.claims.ClaimVerdict;
import org.devpay.core.claims.ClaimsEvaluation;
import org.devpay.core.data.PayData;
import org.devpay.report.ClaimsDocument;
import org.devpay.report.ClaimsFile;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay claims}: tests the article's eight claims (or a user's claims file) against every
 * dataset in the store and prints one verdict per claim with its effect, interval, n, the datasets
 * used and one plain sentence.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Tests claims about developer pay: the seed article's eight by default, or your own with"
          + " --claims FILE (schema in docs/claims.md).",
      "Verdicts: supported, contradicted, depends on the dataset, inconclusive, no data; p-values"
          + " are Benjamini-Hochberg adjusted across the claims evaluated together. --format csv"
          + " gives every effect's deciding, pooled, prediction and per-edition figures."
    })
final class ClaimsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;
  @Mixin DataOptions input;
  @Mixin FilterOptions filters;
  @Mixin AnswerSettingsOptions tuning;

  @Option(
      names = "--claims",
      paramLabel = "FILE",
      description = "A claims file (JSON, schema devpay-claims/1); default: the article's claims.")
  Path claimsFile;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AnswerSettings settings = tuning.settings();
    ClaimsFile.Contents claims =
        claimsFile == null ? ClaimsFile.article() : ClaimsFile.read(claimsFile);
    String source =
        claimsFile == null ? "devpay: " + ClaimsFile.ARTICLE_CLAIMS : claimsFile.toString();
    PrintWriter out = spec.commandLine().getOut();
    try (DevpayStore opened = input.open(store)) {
      PayData data = input.load(opened, filters, spec.commandLine().getErr());
      ClaimsEvaluation evaluation = ClaimEvaluator.with(settings).evaluate(claims.claims(), data);
      StringBuilder footer = new StringBuilder();
      for (ClaimVerdict verdict : evaluation.verdicts()) {
        footer
            .append(verdict.claim().id())
            .append(": ")
            .append(verdict.sentence())
            .append(System.lineSeparator());
      }
      String heading =
          String.format(
              Locale.ROOT,
              "%s%nClaims file: %s. Filter: %s. Effects in percent (premiums, growth a year) or"
                  + " percentage points a year (shares), %d%% CI; p-values %s.%n%s%nConfidence: %s.",
              claims.title(),
              source,
              filters.filter().describe(),
              Math.round(settings.bootstrap().confidence() * 100),
              evaluation.adjustment(),
              ClaimsDocument.DECISION_RULES,
              ClaimsDocument.LABEL_RULES);
      AnalysisOutput.print(
          format,
          format == OutputFormat.CSV
              ? ClaimsDocument.csvRows(evaluation)
              : ClaimsDocument.rows(evaluation),
          ClaimsDocument.render(evaluation, source),
          heading,
          footer.toString().strip(),
          out);
      return 0;
    }
  }
}
