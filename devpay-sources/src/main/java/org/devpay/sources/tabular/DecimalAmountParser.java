package org.devpay.sources.tabular;

import java.util.regex.Pattern;

/**
 * Reads a pay field that a program wrote, such as Stack Overflow's {@code Salary}: a plain decimal
 * number with an optional exponent ({@code "113750"}, {@code "51612.9032258064"}, {@code "12e4"},
 * as R writes 120000). Grouping separators, currency signs and words are not numbers here; a survey
 * with hand-typed amounts needs a parser that documents its own rule.
 *
 * <p>Empty or "NA" is a missing amount; anything else that is not such a number is unparseable;
 * zero and negative numbers are non-positive.
 */
public final class DecimalAmountParser {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private DecimalAmountParser() {}

  /** Parses {@code value} from {@code column} (the column name is used in rejection details). */
  public static ParsedAmount parse(String column, String value) {
    if (ParsedAmount.isMissing(value)) {
      return ParsedAmount.missing(column, value);
    }
    String stripped = value.strip();
    if (!DECIMAL.matcher(stripped).matches()) {
      return ParsedAmount.unparseable(column, value);
    }
    return ParsedAmount.positive(column, value, Double.parseDouble(stripped));
  }
}
