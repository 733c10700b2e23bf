package org.devpay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.store.DecompressionLimits;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestOutcome;
import org.devpay.store.IngestReport;
import org.devpay.store.IngestRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--max-table-mb",
      paramLabel = "MB",
      defaultValue = "2048",
      description =
          "Refuse a table that decompresses to more than this many MiB (default: ${DEFAULT-VALUE}).")
  long maxTableMegabytes;

  @Option(
      names = "--max-compression-ratio",
      paramLabel = "RATIO",
      defaultValue = "100",
      description =
          "Refuse a compressed table that expands more than RATIO times (a decompression bomb;"
              + " real surveys expand 3 to 15 times; default: ${DEFAULT-VALUE}).")
  double maxCompressionRatio;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private DecompressionLimits limits() {
    try {
      return new DecompressionLimits(maxTableMegabytes * 1024 * 1024, maxCompressionRatio);
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }

  /**
   * The files named on the command line (not found in a directory) of which no table was
   * recognised: naming a file asks for it to be ingested, so skipping it is a failure (exit 4),
   * while files skipped inside a directory are expected (READMEs, reference tables).
   */
  private List<Path> unrecognisedFiles(IngestRun run) {
    List<Path> out = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isRegularFile(path)) {
        continue;
      }
      Path named = path.toAbsolutePath().normalize();
      List<IngestReport> reports =
          run.reports().stream()
              .filter(r -> r.file().toAbsolutePath().normalize().equals(named))
              .toList();
      if (!reports.isEmpty()
          && reports.stream().allMatch(r -> r.outcome() == IngestOutcome.SKIPPED)) {
        out.add(path);
      }
    }
    return out;
  }

  @Override
  public Integer call() {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        // Checked before the store is opened, so a typo leaves no empty store behind.
        throw new DevpayException(ErrorCategory.MISSING_DATA, "no such file or directory: " + path);
      }
    }
    try (DevpayStore opened = store.openForWriting()) {
      IngestRun run =
          Wiring.ingestor(opened)
              .withDecompressionLimits(limits())
              .ingestAll(paths, ConsoleProgress.forStderr());
      IngestSummary.print(run, spec.commandLine().getOut());
      List<Path> unrecognised = unrecognisedFiles(run);
      if (!unrecognised.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "devpay: not recognised: "
                    + unrecognised.stream().map(Path::toString).toList()
                    + " (`devpay datasets` lists the datasets devpay reads)");
      }
      return run.count(IngestOutcome.FAILED) > 0 || !unrecognised.isEmpty()
          ? ErrorCategory.BAD_INPUT_FILE.exitCode()
          : 0;
    }
  }
}
