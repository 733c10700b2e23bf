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
 */
public record Detection(
    SourceTable table,
    Optional<ReadableTable> readable,
    Optional<SourceAdapter> adapter,
    String skipReason,
    List<HeaderMatch> closest) {
  public Detection {
    requireNonNull(table, "table is null");
    requireNonNull(readable, "readable is null");
    requireNonNull(adapter, "adapter is null");
    requireNonNull(skipReason, "skipReason is null");
    closest = List.copyOf(closest);
    if (adapter.isPresent() && readable.isEmpty()) {
      throw new IllegalArgumentException("a recognised table is readable: " + table.displayName());
    }
  }

  /** A table the adapter reads. */
  public static Detection recognised(ReadableTable readable, SourceAdapter adapter) {
    return new Detection(
        readable.table(), Optional.of(readable), Optional.of(adapter), "", List.of());
  }

  /** A table no adapter reads, with the reason and the closest formats. */
  public static Detection skipped(
      SourceTable table,
      Optional<ReadableTable> readable,
      String reason,
      List<HeaderMatch> closest) {
    return new Detection(table, readable, Optional.empty(), reason, closest);
  }

  public boolean recognised() {
    return adapter.isPresent();
  }

  /**
   * Whether the table looks like data at all: it was read and some known format found at least one
   * of its needed columns, or it has a header of several columns. Directory scans list skipped
   * tables that do not look like data (a README, a schema file, an image) in one summary line.
   */
  public boolean looksLikeData() {
    return !closest.isEmpty();
  }
}
