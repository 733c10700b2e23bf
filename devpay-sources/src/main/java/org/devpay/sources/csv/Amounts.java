package org.devpay.sources.csv;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.devpay.core.model.RejectReason;

/**
 * Reads published numbers strictly, so that every adapter rejects the same texts for the same
 * reasons: empty or "NA" is a missing amount, anything that is not a plain decimal number is
 * unparseable, zero or less is non-positive.
 */
public final class Amounts {
  /**
   * A plain decimal, optionally signed, with an optional exponent. {@link Double#parseDouble} alone
   * would also take "NaN", "Infinity", hexadecimal and a trailing "d" or "f", none of which is a
   * published amount.
   */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  /** The marker R and pandas exports use for a missing value. */
  public static final String NOT_AVAILABLE = "NA";

  private Amounts() {}

  /** The number in a text (stripped), or empty when it is not a plain finite decimal number. */
  public static OptionalDouble decimal(String text) {
    String value = text.strip();
    if (!DECIMAL.matcher(value).matches()) {
      return OptionalDouble.empty();
    }
    double parsed = Double.parseDouble(value);
    return Double.isFinite(parsed) ? OptionalDouble.of(parsed) : OptionalDouble.empty();
  }

  /**
   * A pay amount that must be present, numeric and positive.
   *
   * @param label short name of the column, used in the rejection detail ("Salary")
   * @param text the field as published
   * @throws RowRejectedException with {@link RejectReason#MISSING_AMOUNT}, {@link
   *     RejectReason#UNPARSEABLE_AMOUNT} or {@link RejectReason#NON_POSITIVE_AMOUNT}; the detail
   *     quotes the value
   */
  public static double positiveAmount(String label, String text) throws RowRejectedException {
    String value = text.strip();
    if (value.isEmpty() || value.equals(NOT_AVAILABLE)) {
      throw new RowRejectedException(RejectReason.MISSING_AMOUNT, quote(label, text));
    }
    OptionalDouble amount = decimal(value);
    if (amount.isEmpty()) {
      throw new RowRejectedException(RejectReason.UNPARSEABLE_AMOUNT, quote(label, text));
    }
    if (!(amount.getAsDouble() > 0)) {
      throw new RowRejectedException(RejectReason.NON_POSITIVE_AMOUNT, quote(label, text));
    }
    return amount.getAsDouble();
  }

  /** The detail form every rejection uses for an offending value: {@code Salary='ten'}. */
  public static String quote(String label, String text) {
    return label + "='" + text + "'";
  }
}
