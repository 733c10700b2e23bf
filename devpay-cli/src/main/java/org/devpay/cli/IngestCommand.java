package org.devpay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.ingest.DecompressionLimits;
import org.devpay.ingest.IngestOutcome;
import org.devpay.ingest.IngestReport;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.Ingestor;
import org.devpay.sources.Detection;
import org.devpay.sources.mapping.MappedTable;
import org.devpay.sources.mapping.Mapping;
import org.devpay.sources.mapping.MappingFile;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code devpay ingest FILE|DIR... [--mapping MAP.yaml]}: loads every recognised table into the
 * store, once; with a mapping file, reads one table no built-in format knows as the mapping says.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests every recognised table under the given files and directories into the store.",
      "Each table is one transaction keyed by the SHA-256 of its content: ingesting it again is a"
          + " no-op. In a directory, files that are not data are summed up in one line (--verbose"
          + " lists them) and files that hold pay but that no reader knows are listed; a file named"
          + " explicitly that no reader recognises fails (exit code 4) with the closest known"
          + " formats. A malformed file is reported with its reason and does not stop the others"
          + " (exit code 4 if any failed).",
      "With --mapping MAP.yaml, reads one CSV, TSV or XLSX file as the mapping file says (see"
          + " docs/mapping.md; `devpay inspect FILE` proposes one). A mapping with a problem is"
          + " refused (exit code 2) before anything is stored."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "1..*",
      description = "Files or directories to ingest.")
  List<Path> paths;

  @Option(
      names = "--mapping",
      paramLabel = "MAP.yaml",
      description =
          "Read the one FILE given as this mapping file says (dataset, pay currency and period,"
              + " which column holds what).")
  Path mapping;

  @Option(
      names = "--verbose",
      description = "List every skipped file, also those that are not data.")
  boolean verbose;

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

  @Override
  public Integer call() {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        // Checked before the store is opened, so a typo leaves no empty store behind.
        throw new DevpayException(ErrorCategory.MISSING_DATA, "no such file or directory: " + path);
      }
    }
    if (mapping != null) {
      return ingestMapped();
    }
    // A file named explicitly that no reader knows fails (exit 4) before the store is opened.
    ExplicitFiles.requireRecognised(paths);
    try (DevpayStore opened = store.openForWriting()) {
      IngestRun run =
          Wiring.ingestor(opened)
              .withDecompressionLimits(limits())
              .ingestAll(paths, ConsoleProgress.forStderr());
      IngestSummary.print(run, spec.commandLine().getOut(), verbose);
      return run.count(IngestOutcome.FAILED) > 0 ? ErrorCategory.BAD_INPUT_FILE.exitCode() : 0;
    }
  }

  /**
   * Checks the mapping and the table against it before the store is opened, so a mapping with a
   * problem leaves no trace; then ingests the table in one transaction like any other.
   */
  private int ingestMapped() {
    if (paths.size() != 1 || Files.isDirectory(paths.get(0))) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          "--mapping reads one file: give exactly one FILE (a CSV, TSV or XLSX file), not "
              + (paths.size() != 1 ? paths.size() + " paths" : "the directory " + paths.get(0)));
    }
    Mapping parsed = MappingFile.read(mapping);
    Detection detection = MappedTable.open(paths.get(0), parsed);
    try (DevpayStore opened = store.openForWriting()) {
      long start = System.nanoTime();
      IngestReport report =
          Ingestor.ingest(opened, detection, Wiring.normalizer(), ConsoleProgress.forStderr());
      IngestRun run = new IngestRun(List.of(report), Duration.ofNanos(System.nanoTime() - start));
      IngestSummary.print(run, spec.commandLine().getOut(), true);
      if (report.outcome() == IngestOutcome.ALREADY_INGESTED) {
        spec.commandLine()
            .getOut()
            .println(
                "This table is already in the store (as "
                    + report.formatId().orElse("?")
                    + "): a mapping does not read again a table the store holds.");
        spec.commandLine().getOut().flush();
      }
      return run.count(IngestOutcome.FAILED) > 0 ? ErrorCategory.BAD_INPUT_FILE.exitCode() : 0;
    }
  }
}
