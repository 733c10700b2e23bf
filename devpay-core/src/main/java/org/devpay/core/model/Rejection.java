package org.devpay.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A row that was read but not accepted, with its reason and its raw content, so that nothing read
 * is ever silently lost.
 *
 * @param rowNumber 1-based number of the data row in the file
 * @param reason why it was rejected
 * @param detail specifics, such as the offending value ("Salary='ten thousand'")
 * @param raw the row's fields as read, joined with U+241E (symbol for record separator) so the
 *     original can be recovered
 */
public record Rejection(long rowNumber, RejectReason reason, String detail, String raw) {
  /** Separator used to join raw fields. */
  public static final String FIELD_SEPARATOR = "\u241E";

  public Rejection {
    requireNonNull(reason, "reason is null");
    requireNonNull(detail, "detail is null");
    requireNonNull(raw, "raw is null");
    if (rowNumber < 1) {
      throw new IllegalArgumentException("rowNumber must be >= 1: " + rowNumber);
    }
  }

  /** Joins a row's fields into {@link #raw()} form. */
  public static String joinFields(Iterable<String> fields) {
    return String.join(FIELD_SEPARATOR, fields);
  }
}
