package org.devpay.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.StorePayData;
import org.devpay.report.AnswerDocument;
import org.devpay.server.IngestJson;
import org.devpay.store.DevpayStore;
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
      paramLabel = "DIR|FILE",
      description = "Ingest the datasets under DIR (or the FILE) first.")
  Path data;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin AnswerSettingsOptions tuning;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    AnswerSettings settings = tuning.settings();
    PrintWriter out = spec.commandLine().getOut();
    try (DevpayStore opened = store.open(Optional.ofNullable(data))) {
      Optional<IngestRun> run = Optional.empty();
      if (data != null) {
        IngestRun ingest = Wiring.ingestDirectory(opened, data);
        run = Optional.of(ingest);
        if (format == Format.TABLE) {
          IngestSummary.print(ingest, out);
          out.println();
        } else {
          PrintWriter err = spec.commandLine().getErr();
          IngestSummary.print(ingest, err);
        }
      }
      StorePayData stored = new StorePayData(opened);
      if (stored.editions().isEmpty()) {
        throw NoData.in(opened.file(), Optional.ofNullable(data), run);
      }
      List<EditionReport> reports = new RolePayAnswer(settings).answerAll(stored);
      if (format == Format.JSON) {
        ObjectNode document = AnswerDocument.render(reports, settings);
        // The store as the user named it (--db, $DEVPAY_DB or the default), not its absolute path.
        document.put("store", store.location().path().toString());
        run.ifPresent(ingest -> document.set("ingest", IngestJson.render(ingest)));
        out.print(AnswerDocument.write(document));
        out.flush();
      } else {
        AnswerTable.print(reports, settings, out);
      }
      return 0;
    }
  }
}
