package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The first record of a table, decoded with a candidate charset, plus the table's file name: what
 * format detection looks at.
 *
 * @param fileName the entry's file name (without directories)
 * @param columns the header fields, as decoded (BOM removed, not trimmed)
 */
public record TableHeader(String fileName, List<String> columns) {
  public TableHeader {
    requireNonNull(fileName, "fileName is null");
    columns = List.copyOf(columns);
  }

  /** True when some column, stripped, equals {@code name}. */
  public boolean has(String name) {
    return columns.stream().anyMatch(c -> c.strip().equals(name));
  }

  /** True when every name is a column (stripped comparison). */
  public boolean hasAll(String... names) {
    for (String name : names) {
      if (!has(name)) {
        return false;
      }
    }
    return true;
  }
}
