package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;

/**
 * One data row of a CSV table with its 1-based row number, so adapters read fields by the column
 * index they looked up by name and build rejections that keep the raw row.
 *
 * @param rowNumber 1-based number of the data row (the header is row 0)
 * @param fields the fields exactly as parsed (quotes removed, not trimmed)
 */
public record CsvRow(long rowNumber, List<String> fields) {
  public CsvRow {
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rowNumber must be >= 1: " + rowNumber);
    }
    fields = List.copyOf(requireNonNull(fields, "fields is null"));
  }

  /** The field in a column, without surrounding whitespace. */
  public String text(int column) {
    return fields.get(column).strip();
  }

  /**
   * The field in a column without surrounding whitespace, or "" when it is one of the source's
   * markers for a missing answer (such as "NA"), so that a marker never becomes a label.
   */
  public String textOrEmpty(int column, String missingMarker) {
    String value = text(column);
    return value.equals(missingMarker) ? "" : value;
  }

  /** The rejection of this row, keeping its fields in {@link Rejection#raw()} form. */
  public Rejection rejection(RejectReason reason, String detail) {
    return new Rejection(rowNumber, reason, detail, Rejection.joinFields(fields));
  }
}
