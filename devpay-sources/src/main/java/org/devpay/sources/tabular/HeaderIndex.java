package org.devpay.sources.tabular;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Column positions of one CSV header, found by name rather than by position, so that an adapter
 * survives reordered columns and fails loudly, naming the column, when its format changed.
 *
 * <p>Names are compared after {@link String#strip()}: published headers carry stray spaces (the EU
 * 2020 survey's {@code "Position "}). No other folding is done: look-alike letters such as the
 * Cyrillic "С" in the EU survey's {@code "Сontract duration"} are part of the published name.
 */
public final class HeaderIndex {
  private final String tableName;
  private final List<String> names;
  private final Map<String, Integer> positions;

  private HeaderIndex(String tableName, List<String> names) {
    this.tableName = requireNonNull(tableName, "tableName is null");
    this.names = names.stream().map(String::strip).toList();
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < this.names.size(); i++) {
      // The first of two equally named columns wins, as in most CSV readers.
      byName.putIfAbsent(this.names.get(i), i);
    }
    this.positions = Map.copyOf(byName);
  }

  /** Indexes a header as read; {@code tableName} is used in error messages only. */
  public static HeaderIndex of(String tableName, List<String> header) {
    return new HeaderIndex(tableName, header);
  }

  /** Number of columns in the header: the field count every data row must have. */
  public int size() {
    return names.size();
  }

  /** The stripped column names in published order. */
  public List<String> names() {
    return names;
  }

  /** True when a column with this name (stripped) exists. */
  public boolean has(String name) {
    return positions.containsKey(name.strip());
  }

  /**
   * The position of a column the adapter cannot work without.
   *
   * @throws IOException naming the missing column, the table and the columns found
   */
  public int require(String name) throws IOException {
    Integer position = positions.get(name.strip());
    if (position == null) {
      throw new IOException(
          "missing required column \"" + name + "\" in " + tableName + "; columns are " + names);
    }
    return position;
  }
}
