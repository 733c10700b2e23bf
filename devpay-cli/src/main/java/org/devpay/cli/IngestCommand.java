package org.devpay.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.devpay.core.error.ErrorCategory;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestOutcome;
import org.devpay.store.IngestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code devpay ingest FILE|DIR...}: loads every recognised table into the store, once. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests every recognised table under the given files and directories into the store.",
      "Each table is one transaction keyed by the SHA-256 of its content: ingesting it again is a"
          + " no-op. Unrecognised files are listed as skipped; a malformed file is reported with"
          + " its reason and does not stop the others (exit code 4 if any failed)."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "1..*",
      description = "Files or directories to ingest.")
  List<Path> paths;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (DevpayStore opened = store.open()) {
      IngestRun run = Wiring.ingestor(opened).ingestAll(paths, ConsoleProgress.forStderr());
      IngestSummary.print(run, spec.commandLine().getOut());
      return run.count(IngestOutcome.FAILED) > 0 ? ErrorCategory.BAD_INPUT_FILE.exitCode() : 0;
    }
  }
}
