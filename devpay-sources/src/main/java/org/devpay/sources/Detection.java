package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What format detection concluded about one table: how it is read and which adapter reads it, or
 * why it is skipped and which known formats came closest.
 *
 * @param table the table looked at
 * @param readable how the table's bytes are read; empty when they could not be read at all
 * @param adapter the adapter that recognised it; empty when skipped
 * @param skipReason why no adapter applies ("" when an adapter was found)
 * @param closest when skipped, the known formats whose needed columns the header has most of (best
 *     first, at most a few), with what each lacks; empty otherwise
 * @param kind what the table is: read by an adapter, or skipped as data no reader knows, a known
 *     table of aggregates, or not data at all
 */
public record Detection(
    SourceTable table,
    Optional<ReadableTable> readable,
    Optional<SourceAdapter> adapter,
    String skipReason,
    List<HeaderMatch> closest,
    Kind kind) {
  /** What a table is, as far as detection can tell. */
  public enum Kind {
    /** An adapter reads it. */
    RECOGNISED,
    /**
     * Respondent data no reader knows: a table whose header names pay, or that some known format
     * comes close to. Ingest reports it as a file with pay skipped; a mapping file reads it.
     */
    UNKNOWN_DATA,
    /** A table of published aggregates (medians per group), not respondent rows. */
    AGGREGATES,
    /** Not a data table: text, a README, a schema, an image, a table with no pay column. */
    NOT_DATA
  }

  public Detection {
    requireNonNull(table, "table is null");
    requireNonNull(readable, "readable is null");
    requireNonNull(adapter, "adapter is null");
    requireNonNull(skipReason, "skipReason is null");
    closest = List.copyOf(closest);
    requireNonNull(kind, "kind is null");
    if (adapter.isPresent() && readable.isEmpty()) {
      throw new IllegalArgumentException("a recognised table is readable: " + table.displayName());
    }
    if (adapter.isPresent() != (kind == Kind.RECOGNISED)) {
      throw new IllegalArgumentException("a table is RECOGNISED exactly when an adapter reads it");
    }
  }

  /** A table the adapter reads. */
  public static Detection recognised(ReadableTable readable, SourceAdapter adapter) {
    return new Detection(
        readable.table(),
        Optional.of(readable),
        Optional.of(adapter),
        "",
        List.of(),
        Kind.RECOGNISED);
  }

  /**
   * A table no adapter reads, with the reason and the closest formats: data no reader knows when
   * some format comes close, else not data.
   */
  public static Detection skipped(
      SourceTable table,
      Optional<ReadableTable> readable,
      String reason,
      List<HeaderMatch> closest) {
    return skipped(
        table, readable, reason, closest, closest.isEmpty() ? Kind.NOT_DATA : Kind.UNKNOWN_DATA);
  }

  /** A table no adapter reads, with the reason, the closest formats and what it is. */
  public static Detection skipped(
      SourceTable table,
      Optional<ReadableTable> readable,
      String reason,
      List<HeaderMatch> closest,
      Kind kind) {
    return new Detection(table, readable, Optional.empty(), reason, closest, kind);
  }

  public boolean recognised() {
    return adapter.isPresent();
  }

  /**
   * Whether a skipped table looks like respondent data: some known format found at least one of its
   * needed columns, or its header names pay. Directory scans list skipped tables that do not (a
   * README, a schema file, an image, a reference table) in one summary line.
   */
  public boolean looksLikeData() {
    return kind == Kind.UNKNOWN_DATA;
  }
}
