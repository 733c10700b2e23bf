package org.devpay.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.Detection;
import org.devpay.sources.SourceTable;
import org.devpay.store.KnownTable;
import org.devpay.store.RowCounts;
import org.devpay.store.UnknownLabelCount;

/**
 * What one ingest did with one table (or with a file that could not be opened): the outcome, its
 * format, the row balance, how long it took, and for a skipped or failed table the reason. It is
 * what the CLI prints per file and what the exit code is derived from.
 *
 * @param file the container file on disk
 * @param entryName the table inside it ("" for a file that could not be opened)
 * @param displayName a human-readable location, such as "data/survey.zip!survey.csv"
 * @param outcome what happened
 * @param formatId the adapter's format id; empty when no adapter was involved
 * @param datasetId the adapter's dataset id; empty when no adapter was involved
 * @param contentSha256 SHA-256 of the decompressed table; empty when it could not be read
 * @param rows rows read, accepted and rejected in this ingest; {@link RowCounts#NONE} unless the
 *     outcome is INGESTED (nothing of a failed table is stored, so nothing of it is counted)
 * @param duration wall time spent on the table
 * @param detail why it was skipped or failed, and for a failure after how many rows; "" otherwise
 * @param failureCategory the kind of failure, present exactly when the outcome is FAILED
 * @param skipped what a skipped table is (respondent data no reader knows, a table of aggregates,
 *     not data), present exactly when the outcome is SKIPPED
 * @param unknownLabels the labels of the table's accepted rows that a taxonomy does not know, by
 *     edition, taxonomy and label (most rows first); empty unless the outcome is INGESTED
 */
public record IngestReport(
    Path file,
    String entryName,
    String displayName,
    IngestOutcome outcome,
    Optional<String> formatId,
    Optional<String> datasetId,
    Optional<String> contentSha256,
    RowCounts rows,
    Duration duration,
    String detail,
    Optional<ErrorCategory> failureCategory,
    Optional<Detection.Kind> skipped,
    List<UnknownLabelCount> unknownLabels) {
  public IngestReport {
    requireNonNull(file, "file is null");
    requireNonNull(entryName, "entryName is null");
    requireNonNull(displayName, "displayName is null");
    requireNonNull(outcome, "outcome is null");
    requireNonNull(formatId, "formatId is null");
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(contentSha256, "contentSha256 is null");
    requireNonNull(rows, "rows is null");
    requireNonNull(duration, "duration is null");
    requireNonNull(detail, "detail is null");
    requireNonNull(failureCategory, "failureCategory is null");
    if (failureCategory.isPresent() != (outcome == IngestOutcome.FAILED)) {
      throw new IllegalArgumentException("a failure category goes with a FAILED outcome only");
    }
    if (outcome != IngestOutcome.INGESTED && rows.read() != 0) {
      throw new IllegalArgumentException("only an INGESTED table has stored rows: " + outcome);
    }
    requireNonNull(skipped, "skipped is null");
    if (skipped.isPresent() != (outcome == IngestOutcome.SKIPPED)
        || skipped.filter(k -> k == Detection.Kind.RECOGNISED).isPresent()) {
      throw new IllegalArgumentException("a skipped table, and only one, says what it is");
    }
    unknownLabels = List.copyOf(unknownLabels);
    if (outcome != IngestOutcome.INGESTED && !unknownLabels.isEmpty()) {
      throw new IllegalArgumentException("only an INGESTED table has unknown labels");
    }
  }

  /**
   * What a skipped table is, in the words reports and JSON use: "unknown_data", "aggregates" or
   * "not_data"; empty unless the outcome is SKIPPED.
   */
  public Optional<String> skippedAs() {
    return skipped.map(k -> k.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether the table is respondent data that no reader knows (a file with pay skipped). */
  public boolean skippedData() {
    return skipped.filter(k -> k == Detection.Kind.UNKNOWN_DATA).isPresent();
  }

  static IngestReport ingested(
      SourceTable table,
      String formatId,
      String datasetId,
      String contentSha256,
      RowCounts rows,
      Duration duration,
      List<UnknownLabelCount> unknownLabels) {
    return new IngestReport(
        table.container(),
        table.entryName(),
        table.displayName(),
        IngestOutcome.INGESTED,
        Optional.of(formatId),
        Optional.of(datasetId),
        Optional.of(contentSha256),
        rows,
        duration,
        "",
        Optional.empty(),
        Optional.empty(),
        unknownLabels);
  }

  static IngestReport alreadyIngested(SourceTable table, KnownTable known, Duration duration) {
    return new IngestReport(
        table.container(),
        table.entryName(),
        table.displayName(),
        IngestOutcome.ALREADY_INGESTED,
        Optional.of(known.formatId()),
        Optional.of(known.datasetId()),
        Optional.of(known.contentSha256()),
        RowCounts.NONE,
        duration,
        "",
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  static IngestReport skipped(
      SourceTable table, String reason, Detection.Kind kind, Duration duration) {
    return new IngestReport(
        table.container(),
        table.entryName(),
        table.displayName(),
        IngestOutcome.SKIPPED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RowCounts.NONE,
        duration,
        reason,
        Optional.empty(),
        Optional.of(kind),
        List.of());
  }

  static IngestReport skippedFile(Path file, String reason, Duration duration) {
    return new IngestReport(
        file,
        "",
        file.toString(),
        IngestOutcome.SKIPPED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RowCounts.NONE,
        duration,
        reason,
        Optional.empty(),
        Optional.of(Detection.Kind.NOT_DATA),
        List.of());
  }

  static IngestReport failed(
      SourceTable table,
      Optional<String> formatId,
      Optional<String> datasetId,
      Optional<String> contentSha256,
      ErrorCategory category,
      String reason,
      Duration duration) {
    return new IngestReport(
        table.container(),
        table.entryName(),
        table.displayName(),
        IngestOutcome.FAILED,
        formatId,
        datasetId,
        contentSha256,
        RowCounts.NONE,
        duration,
        reason,
        Optional.of(category),
        Optional.empty(),
        List.of());
  }

  static IngestReport failedFile(
      Path file, ErrorCategory category, String reason, Duration duration) {
    return new IngestReport(
        file,
        "",
        file.toString(),
        IngestOutcome.FAILED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RowCounts.NONE,
        duration,
        reason,
        Optional.of(category),
        Optional.empty(),
        List.of());
  }
}
