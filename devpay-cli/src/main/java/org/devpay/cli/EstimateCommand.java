package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.estimate.EditionEvaluation;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.EstimateResult;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.Profile;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.StorePayData;
import org.devpay.report.AnswerDocument;
import org.devpay.report.EstimateDocument;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay estimate}: P10, P50 and P90 of annual pay for a profile, per dataset edition, with
 * the comparable cell, the model's adjustments and its measured accuracy; {@code --compare-roles}
 * shows the same profile under other roles; {@code --evaluate} prints the estimator's coverage and
 * error on every edition's held-out rows next to the naive baseline.
 */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {
      "Estimates P10, P50 and P90 of annual pay for a profile, per dataset edition whose"
          + " comparable cell (same role and place) has at least k respondents.",
      "With --evaluate, prints instead the coverage of the calibrated 80% band and the median"
          + " absolute percentage error of P50 on each edition's held-out test rows, next to the"
          + " naive country x role median.",
      "Exit code 3 when no edition can answer (a comparable cell under k everywhere)."
    })
final class EstimateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    TABLE,
    JSON
  }

  @Mixin StoreOptions store;

  @Mixin ProfileOptions profileOptions;

  @Option(
      names = "--compare-roles",
      description = "Also show the same profile under every other role the edition models.")
  boolean compareRoles;

  @Option(
      names = "--evaluate",
      description =
          "Print the estimator's measured coverage and error per edition instead of an estimate.")
  boolean evaluate;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Ingest the datasets under DIR first.")
  Path data;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--seed",
      defaultValue = "" + EstimatorSettings.DEFAULT_SEED,
      description = "Seed of the train / calibration / test split (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--k",
      defaultValue = "10",
      description =
          "Privacy floor: minimum respondents in the comparable cell (default: ${DEFAULT-VALUE}).")
  int minimumCellSize;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EstimatorSettings settings = settings();
    EditionScope scope = profileOptions.scope();
    Profile profile = evaluate ? null : profileOptions.profile(" (or --evaluate)");
    try (DevpayStore opened = store.open(Optional.ofNullable(data))) {
      Optional<IngestRun> run = data == null ? Optional.empty() : Optional.of(ingest(opened));
      StorePayData stored = new StorePayData(opened);
      if (stored.editions().isEmpty()) {
        throw NoData.in(opened.file(), Optional.ofNullable(data), run);
      }
      Estimator estimator = new Estimator(stored, settings);
      if (evaluate) {
        List<EditionEvaluation> evaluations = estimator.evaluate(scope);
        if (format == Format.JSON) {
          out.print(AnswerDocument.write(EstimateDocument.renderEvaluation(evaluations, settings)));
        } else {
          EstimateTables.printEvaluation(evaluations, settings, out);
        }
      } else {
        EstimateResult result = estimator.estimate(profile, scope, compareRoles);
        if (format == Format.JSON) {
          out.print(AnswerDocument.write(EstimateDocument.render(result)));
        } else {
          EstimateTables.printEstimate(result, out);
        }
      }
      out.flush();
      return 0;
    }
  }

  private EstimatorSettings settings() {
    try {
      return EstimatorSettings.defaults()
          .withSeed(seed)
          .withPrivacyFloor(new PrivacyFloor(minimumCellSize));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }

  private IngestRun ingest(DevpayStore opened) {
    IngestRun run = Wiring.ingestDirectory(opened, data);
    // The summary goes to stderr so that stdout holds only the estimate.
    IngestSummary.print(run, spec.commandLine().getErr());
    return run;
  }
}
