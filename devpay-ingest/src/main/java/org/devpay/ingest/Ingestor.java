package org.devpay.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.normalize.Normalizer;
import org.devpay.sources.Detection;
import org.devpay.sources.DiscoveredFile;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.store.DevpayStore;

/**
 * Ingests everything under some paths: finds the tables (plain, gzipped, inside ZIP archives),
 * detects each one's format and ingests the recognised ones, one transaction per table. One bad
 * file never stops the run: it becomes a FAILED report and the others go on. Tables already in the
 * store are skipped cheaply, by the hash of their container.
 */
public final class Ingestor {
  /** How often, in rows read, an ingest reports progress to its listener. */
  public static final int PROGRESS_INTERVAL_ROWS = 10_000;

  private final DevpayStore store;
  private final FormatDetector detector;
  private final Normalizer normalizer;
  private final DecompressionLimits limits;

  public Ingestor(DevpayStore store, FormatDetector detector, Normalizer normalizer) {
    this(store, detector, normalizer, DecompressionLimits.DEFAULTS);
  }

  private Ingestor(
      DevpayStore store,
      FormatDetector detector,
      Normalizer normalizer,
      DecompressionLimits limits) {
    this.store = requireNonNull(store, "store is null");
    this.detector = requireNonNull(detector, "detector is null");
    this.normalizer = requireNonNull(normalizer, "normalizer is null");
    this.limits = requireNonNull(limits, "limits is null");
  }

  /** The same ingestor with other bounds on how far a compressed table may expand. */
  public Ingestor withDecompressionLimits(DecompressionLimits value) {
    return new Ingestor(store, detector, normalizer, value);
  }

  /**
   * Ingests every table under the paths (directories are walked; hidden files are ignored).
   *
   * @return one report per table, or per file that could not be opened or holds no table, in path
   *     order and then entry-name order
   * @throws DevpayException MISSING_DATA when a path does not exist; ENVIRONMENT when a directory
   *     cannot be listed. Problems with a file's content never throw: they are reports.
   */
  public IngestRun ingestAll(List<Path> paths, IngestListener listener) {
    requireNonNull(paths, "paths is null");
    requireNonNull(listener, "listener is null");
    long start = System.nanoTime();
    List<DiscoveredFile> files = discover(paths);
    listener.runStarted(files.stream().mapToInt(f -> Math.max(1, f.tables().size())).sum());
    ContainerHashes containers = new ContainerHashes();
    List<IngestReport> reports = new ArrayList<>();
    for (DiscoveredFile file : files) {
      if (file.failed()) {
        finish(
            reports,
            listener,
            IngestReport.failedFile(
                file.file(),
                ErrorCategory.BAD_INPUT_FILE,
                "cannot be opened: " + file.failure().get(),
                Duration.ZERO));
      } else if (file.tables().isEmpty()) {
        finish(
            reports,
            listener,
            IngestReport.skippedFile(file.file(), "holds no table", Duration.ZERO));
      }
      for (SourceTable table : file.tables()) {
        finish(
            reports,
            listener,
            TableIngest.ingest(
                store, table, containers, detector::detect, normalizer, listener, limits));
      }
    }
    return new IngestRun(reports, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Ingests one detected table in one transaction: the adapter's rows go through the normalizer;
   * records and rejections (from either) are stored; the table is recorded in source_file.
   *
   * <p>Never throws for a bad table: content already in the store gives ALREADY_INGESTED (nothing
   * read, nothing changed), an unrecognised detection gives SKIPPED, and any failure (unreadable
   * bytes, an adapter's IOException, an exception from the normalizer, a database error) rolls the
   * table back and gives FAILED with the reason. The listener hears every step, ending with
   * tableFinished.
   */
  public static IngestReport ingest(
      DevpayStore store, Detection detection, Normalizer normalizer, IngestListener listener) {
    requireNonNull(store, "store is null");
    requireNonNull(detection, "detection is null");
    IngestReport report =
        TableIngest.ingest(
            store,
            detection.table(),
            new ContainerHashes(),
            table -> detection,
            normalizer,
            listener,
            DecompressionLimits.DEFAULTS);
    listener.tableFinished(report);
    return report;
  }

  private static void finish(
      List<IngestReport> reports, IngestListener listener, IngestReport report) {
    reports.add(report);
    listener.tableFinished(report);
  }

  private static List<DiscoveredFile> discover(List<Path> paths) {
    try {
      return SourceTables.discoverFiles(paths);
    } catch (NoSuchFileException e) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA, "no such file or directory: " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new DevpayException(
          ErrorCategory.ENVIRONMENT,
          "cannot list the input files: " + DevpayException.describe(e),
          e);
    }
  }
}
