package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What format detection concluded about one table: its adapter, or why it is skipped.
 *
 * @param table the table looked at
 * @param adapter the adapter that recognised it; empty when skipped
 * @param skipReason why no adapter applies ("" when an adapter was found)
 */
public record Detection(SourceTable table, Optional<SourceAdapter> adapter, String skipReason) {
  public Detection {
    requireNonNull(table, "table is null");
    requireNonNull(adapter, "adapter is null");
    requireNonNull(skipReason, "skipReason is null");
  }

  public boolean recognised() {
    return adapter.isPresent();
  }
}
