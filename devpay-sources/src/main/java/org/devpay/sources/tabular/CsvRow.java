package org.devpay.sources.tabular;

import java.util.List;
import org.devpay.core.model.Rejection;

/**
 * One data row as read, before any interpretation: what a row mapper sees, and what a rejection
 * keeps so that the original can be recovered.
 *
 * @param number 1-based number of the data row (the header is row 0)
 * @param fields the fields as read; as many as the header has (shorter and longer rows never reach
 *     a mapper)
 */
public record CsvRow(long number, List<String> fields) {
  public CsvRow {
    fields = List.copyOf(fields);
    if (number < 1) {
      throw new IllegalArgumentException("row number must be >= 1: " + number);
    }
  }

  /** The field at a column position found with {@link HeaderIndex#require}. */
  public String get(int column) {
    return fields.get(column);
  }

  /** The fields joined in {@link Rejection#raw()} form. */
  public String raw() {
    return Rejection.joinFields(fields);
  }
}
