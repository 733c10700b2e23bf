package org.devpay.sources.tabular;

import static java.util.Objects.requireNonNull;

import org.devpay.core.model.RejectReason;

/**
 * The result of reading a pay field: a positive amount, or the reason it cannot be used with a
 * detail that quotes the field. Shared by the amount parsers so that missing, unparseable and
 * non-positive pay are told apart, and worded, the same way in every adapter.
 */
public sealed interface ParsedAmount permits ParsedAmount.Valid, ParsedAmount.Invalid {

  /** True for a field that holds no answer: empty (after stripping) or "NA" in any case. */
  static boolean isMissing(String value) {
    String stripped = value.strip();
    return stripped.isEmpty() || stripped.equalsIgnoreCase("NA");
  }

  /** No answer in the column; the detail says whether it was empty or a missing-value marker. */
  static Invalid missing(String column, String value) {
    String detail = value.isBlank() ? column + " is empty" : quote(column, value);
    return new Invalid(RejectReason.MISSING_AMOUNT, detail);
  }

  /** Text that is not an amount under the parser's documented rule. */
  static Invalid unparseable(String column, String value) {
    return new Invalid(RejectReason.UNPARSEABLE_AMOUNT, quote(column, value));
  }

  /** The amount when it is positive, else a {@link RejectReason#NON_POSITIVE_AMOUNT}. */
  static ParsedAmount positive(String column, String value, double amount) {
    if (amount > 0 && !Double.isInfinite(amount)) {
      return new Valid(amount);
    }
    return new Invalid(RejectReason.NON_POSITIVE_AMOUNT, quote(column, value));
  }

  /** The detail form used in rejections: {@code Salary='60-70k'}. */
  static String quote(String column, String value) {
    return column + "='" + value + "'";
  }

  /**
   * A usable amount.
   *
   * @param amount finite and greater than zero
   */
  record Valid(double amount) implements ParsedAmount {
    public Valid {
      if (!(amount > 0) || Double.isInfinite(amount)) {
        throw new IllegalArgumentException("amount must be finite and > 0: " + amount);
      }
    }
  }

  /**
   * An unusable pay field.
   *
   * @param reason one of the amount reasons
   * @param detail the column and the value as published
   */
  record Invalid(RejectReason reason, String detail) implements ParsedAmount {
    public Invalid {
      requireNonNull(reason, "reason is null");
      requireNonNull(detail, "detail is null");
    }

    /** The rejection of the row this field belongs to. */
    public RowOutcome toOutcome() {
      return RowOutcome.rejected(reason, detail);
    }
  }
}
