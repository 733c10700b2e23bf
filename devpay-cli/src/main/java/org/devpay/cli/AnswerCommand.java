package org.devpay.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.PopulationFilter;
import org.devpay.core.analysis.PrivacyFloor;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.report.AnswerDocument;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestRun;
import org.devpay.store.StorePayData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay answer}: the product's main job. Ingests the datasets under {@code --data} (known
 * files are skipped), then prints per dataset edition and role n, P25, median and P75, the
 * back-end/front-end and back-end/full-stack ratios of medians with bootstrap intervals, as
 * published and screened, and one verdict sentence per edition.
 */
@Command(
    name = "answer",
    mixinStandardHelpOptions = true,
    description = {
      "Answers 'are back-end developers paid more?' for every dataset edition in the store.",
      "With --data DIR, first ingests every recognised file under DIR (already-ingested files are"
          + " skipped; unrecognised ones are listed as skipped)."
    })
final class AnswerCommand implements Callable<Integer> {
  /** Output formats of the answer. */
  enum Format {
    TABLE,
    JSON
  }

  @Mixin StoreOptions store;

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
      names = "--resamples",
      defaultValue = "2000",
      description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(
      names = "--seed",
      defaultValue = "20250119",
      description =
          "Bootstrap seed; the same seed reproduces every interval (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--confidence",
      defaultValue = "0.95",
      description = "Interval confidence level (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(
      names = "--population",
      paramLabel = "professional|all",
      defaultValue = "professional",
      description =
          "Whom the figures are about: 'professional' keeps developers by profession employed full"
              + " time (rows known to be otherwise are removed, and counted); 'all' keeps every row"
              + " with pay (default: ${DEFAULT-VALUE}).")
  String population;

  @Option(
      names = "--k",
      defaultValue = "10",
      description =
          "Privacy floor: minimum respondents per published cell (default: ${DEFAULT-VALUE}).")
  int minimumCellSize;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AnswerSettings settings = settings();
    PrintWriter out = spec.commandLine().getOut();
    try (DevpayStore opened = store.open()) {
      Optional<IngestRun> run = Optional.empty();
      if (data != null) {
        if (!Files.isDirectory(data)) {
          throw new DevpayException(ErrorCategory.USER_INPUT, "--data is not a directory: " + data);
        }
        IngestRun ingest =
            Wiring.ingestor(opened).ingestAll(List.of(data), ConsoleProgress.forStderr());
        run = Optional.of(ingest);
        if (format == Format.TABLE) {
          IngestSummary.print(ingest, out);
          out.println();
        } else {
          PrintWriter err = spec.commandLine().getErr();
          IngestSummary.print(ingest, err);
        }
      }
      List<EditionReport> reports = new RolePayAnswer(settings).answerAll(new StorePayData(opened));
      if (format == Format.JSON) {
        ObjectNode document = AnswerDocument.render(reports, settings);
        document.put("store", opened.file().toString());
        run.ifPresent(ingest -> document.set("ingest", IngestJson.render(ingest)));
        out.print(AnswerDocument.write(document));
        out.flush();
      } else {
        AnswerTable.print(reports, settings, out);
      }
      return 0;
    }
  }

  private AnswerSettings settings() {
    try {
      AnswerSettings defaults = AnswerSettings.defaults();
      return defaults
          .withBootstrap(
              defaults
                  .bootstrap()
                  .withResamples(resamples)
                  .withSeed(seed)
                  .withConfidence(confidence))
          .withPrivacyFloor(new PrivacyFloor(minimumCellSize))
          .withPopulation(PopulationFilter.parse(population));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }
}
