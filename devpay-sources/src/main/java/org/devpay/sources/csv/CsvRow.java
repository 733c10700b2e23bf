package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;

/**
 * One data row of a CSV table as read, before any interpretation, with its 1-based row number: what
 * a row mapper reads its fields from by the positions it found in the {@link CsvHeader}, and what a
 * rejection keeps so that the original can be recovered.
 *
 * @param rowNumber 1-based number of the data row (the header is row 0)
 * @param fields the fields exactly as parsed (quotes removed, not stripped); a mapper only sees
 *     rows with as many fields as the header, shorter and longer ones are rejected before it
 */
public record CsvRow(long rowNumber, List<String> fields) {
  public CsvRow {
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rowNumber must be >= 1: " + rowNumber);
    }
    fields = List.copyOf(requireNonNull(fields, "fields is null"));
  }

  /** The field in a column exactly as parsed, for parsers that quote the value as published. */
  public String field(int column) {
    return fields.get(column);
  }

  /** The field in a column, without surrounding whitespace. */
  public String text(int column) {
    return fields.get(column).strip();
  }

  /**
   * The field in a column without surrounding whitespace, or "" when it is the source's marker for
   * a missing answer (such as "NA"), so that a marker never becomes a label.
   */
  public String textOrEmpty(int column, String missingMarker) {
    String value = text(column);
    return value.equals(missingMarker) ? "" : value;
  }

  /** The fields joined in {@link Rejection#raw()} form. */
  public String raw() {
    return Rejection.joinFields(fields);
  }

  /** The rejection of this row, keeping its fields in {@link Rejection#raw()} form. */
  public Rejection rejection(RejectReason reason, String detail) {
    return new Rejection(rowNumber, reason, detail, raw());
  }
}
