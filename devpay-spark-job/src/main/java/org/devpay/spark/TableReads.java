package org.devpay.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.NormalizedRow;
import org.devpay.sources.NormalizedRows;
import org.devpay.sources.SourceTable;

/**
 * What one Spark task does with one input table: detects its format and streams it through the same
 * adapter and normalizer as {@code devpay ingest} ({@link NormalizedRows}), keeping every record as
 * a row with the store's columns and counting every rejection, so rows read = accepted + rejected
 * per table as in the store.
 */
final class TableReads {
  private TableReads() {}

  /** A table to read, by its place on a file system every executor sees. */
  record Ref(int index, String path, String entryName, String compression) implements Serializable {
    SourceTable table() {
      return new SourceTable(
          Path.of(path), entryName, SourceTable.Compression.valueOf(compression));
    }

    static Ref of(int index, SourceTable table) {
      return new Ref(
          index,
          table.container().toAbsolutePath().normalize().toString(),
          table.entryName(),
          table.compression().name());
    }
  }

  /**
   * One table's outcome: its content hash, its format and dataset when recognised, the row balance,
   * and why it was skipped or failed.
   */
  record Outcome(
      Ref ref,
      String sha256,
      String formatId,
      String datasetId,
      long rowsRead,
      long rowsAccepted,
      long rowsRejected,
      String skipped,
      String failed)
      implements Serializable {
    boolean read() {
      return skipped.isEmpty() && failed.isEmpty();
    }
  }

  /** A table's outcome with its records as rows (in the adapter's order). */
  record Part(Outcome outcome, List<Row> rows) implements Serializable {}

  /** The content hash of a table, which identifies it as the store does. */
  static String sha256(Ref ref) {
    try {
      return ref.table().contentSha256();
    } catch (IOException e) {
      return "";
    }
  }

  /** Reads one table: its records, or why it gave none. Never throws for a bad table. */
  static Part read(Ref ref, String sha256) {
    SourceTable table = ref.table();
    Detection detection;
    try {
      detection = detector().detect(table);
    } catch (RuntimeException e) {
      return failed(ref, sha256, "", "", describe(e));
    }
    if (detection.adapter().isEmpty()) {
      return new Part(
          new Outcome(ref, sha256, "", "", 0, 0, 0, detection.skipReason(), ""), List.of());
    }
    String formatId = detection.adapter().get().formatId();
    String datasetId = detection.adapter().get().datasetId();
    List<Row> rows = new ArrayList<>();
    long[] rejected = {0};
    try {
      NormalizedRows.of(detection.readable().orElseThrow(), detection.adapter().get(), normalizer())
          .forEach(
              (NormalizedRow row) -> {
                if (row instanceof NormalizedRow.Accepted accepted) {
                  rows.add(
                      RecordRows.withIngestOrder(
                          ref.index(),
                          accepted.rowSha256(),
                          accepted.publishedKey(),
                          RecordRows.toRow(sha256, accepted.rowNumber(), accepted.record())));
                } else {
                  rejected[0]++;
                }
              });
    } catch (IOException | RuntimeException e) {
      return failed(ref, sha256, formatId, datasetId, describe(e));
    }
    return new Part(
        new Outcome(
            ref,
            sha256,
            formatId,
            datasetId,
            rows.size() + rejected[0],
            rows.size(),
            rejected[0],
            "",
            ""),
        rows);
  }

  private static Part failed(
      Ref ref, String sha256, String formatId, String datasetId, String reason) {
    return new Part(new Outcome(ref, sha256, formatId, datasetId, 0, 0, 0, "", reason), List.of());
  }

  private static String describe(Exception e) {
    return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
  }

  private static volatile Normalizer normalizer;

  /** A detector of its own per table: adapters are not promised to be shareable between threads. */
  private static FormatDetector detector() {
    return new FormatDetector(AdapterRegistry.standard());
  }

  /** One normalizer (its taxonomies and rates loaded once) per executor JVM. */
  private static Normalizer normalizer() {
    Normalizer local = normalizer;
    if (local == null) {
      synchronized (TableReads.class) {
        local = normalizer;
        if (local == null) {
          local = StandardNormalizer.fromResources();
          normalizer = local;
        }
      }
    }
    return local;
  }
}
