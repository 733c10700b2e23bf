package org.devpay.sources.csv;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.devpay.core.model.RejectReason;

/**
 * Reads pay fields under one strict rule, so that every adapter rejects the same texts for the same
 * reasons and words the rejection the same way: empty or "NA" is {@link
 * RejectReason#MISSING_AMOUNT}, anything that is not a number of the source's form is {@link
 * RejectReason#UNPARSEABLE_AMOUNT}, zero or less is {@link RejectReason#NON_POSITIVE_AMOUNT}; the
 * detail names the column and quotes the value as published.
 *
 * <p>The default form, {@link #decimal}, is what programs write: a plain decimal number with an
 * optional exponent ({@code "113750"}, {@code "51612.9032258064"}, {@code "12e4"}, as R writes
 * 120000). Grouping separators, currency signs and words are not numbers here; a survey with
 * hand-typed amounts passes its own documented {@link NumberForm}.
 */
public final class Amounts {
  /**
   * A plain decimal, optionally signed, with an optional exponent. {@link Double#parseDouble} alone
   * would also take "NaN", "Infinity", hexadecimal and a trailing "d" or "f", none of which is a
   * published amount.
   */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  /** The marker R and pandas exports write for a missing value, exactly in this case. */
  public static final String NOT_AVAILABLE = "NA";

  /**
   * How one source writes its numbers, so that a survey with hand-typed amounts keeps its own
   * documented rule while missing, unparseable and non-positive pay are still told apart and worded
   * as everywhere else.
   */
  @FunctionalInterface
  public interface NumberForm {
    /**
     * The number in a field that holds an answer (stripped, neither empty nor "NA"), or empty when
     * the text is not a finite number of this form.
     */
    OptionalDouble read(String text);
  }

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

  /** Whether a field holds no answer: empty after stripping, or exactly {@link #NOT_AVAILABLE}. */
  public static boolean isMissing(String text) {
    String value = text.strip();
    return value.isEmpty() || value.equals(NOT_AVAILABLE);
  }

  /**
   * A pay amount in the {@link #decimal} form that must be present, numeric and positive.
   *
   * @param label the column, used in the rejection detail ("Salary")
   * @param text the field as published
   * @throws RowRejectedException with {@link RejectReason#MISSING_AMOUNT}, {@link
   *     RejectReason#UNPARSEABLE_AMOUNT} or {@link RejectReason#NON_POSITIVE_AMOUNT}
   */
  public static double positiveAmount(String label, String text) throws RowRejectedException {
    return positiveAmount(label, text, Amounts::decimal);
  }

  /**
   * A pay amount in a source's own number form that must be present, numeric and positive.
   *
   * @param label the column, used in the rejection detail ("Salary")
   * @param text the field as published
   * @param form how the source writes numbers
   * @throws RowRejectedException with {@link RejectReason#MISSING_AMOUNT}, {@link
   *     RejectReason#UNPARSEABLE_AMOUNT} or {@link RejectReason#NON_POSITIVE_AMOUNT}
   */
  public static double positiveAmount(String label, String text, NumberForm form)
      throws RowRejectedException {
    if (isMissing(text)) {
      throw missingAmount(label, text);
    }
    OptionalDouble amount = form.read(text.strip());
    if (amount.isEmpty() || !Double.isFinite(amount.getAsDouble())) {
      throw new RowRejectedException(RejectReason.UNPARSEABLE_AMOUNT, quote(label, text));
    }
    if (!(amount.getAsDouble() > 0)) {
      throw new RowRejectedException(RejectReason.NON_POSITIVE_AMOUNT, quote(label, text));
    }
    return amount.getAsDouble();
  }

  /**
   * The rejection of a pay field that holds no answer: "Salary is empty" for a blank field, else
   * the marker quoted ("Salary='NA'"), so that the two are told apart.
   */
  public static RowRejectedException missingAmount(String label, String text) {
    String detail = text.isBlank() ? label + " is empty" : quote(label, text);
    return new RowRejectedException(RejectReason.MISSING_AMOUNT, detail);
  }

  /** The detail form every rejection uses for an offending value: {@code Salary='ten'}. */
  public static String quote(String label, String text) {
    return label + "='" + text + "'";
  }
}
