package org.devpay.sources.eu;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.sources.csv.Amounts;
import org.devpay.sources.csv.RowRejectedException;

/**
 * Reads the hand-typed salary fields of the IT Salary Survey EU (all four years) under one
 * documented rule, so that the adapter and the independent reference script ({@code
 * src/test/resources/org/devpay/sources/eu/expected_counts.py}) agree on every row.
 *
 * <p>The rule, applied to the field with surrounding whitespace stripped:
 *
 * <ol>
 *   <li>Empty, or "NA" in any case: {@code MISSING_AMOUNT}.
 *   <li>An optional sign ("+" or "-"), then one of these forms:
 *       <ul>
 *         <li>digits only: {@code 65000};
 *         <li>digits grouped in threes by one separator, "." (German), "," (English) or a space,
 *             used throughout, with 1 to 3 digits before the first one: {@code 10.000}, {@code
 *             65,000}, {@code 65 000}, {@code 1.200.000}; the separators are dropped;
 *         <li>a decimal number with a "." or "," decimal separator that is not such a grouping:
 *             {@code 62000.0}, {@code 54179.13}, {@code 62000,5};
 *         <li>grouped digits followed by a decimal part, the two separators differing: {@code
 *             65.000,00}, {@code 65,000.50}.
 *       </ul>
 *       Anything else, such as a range ({@code 60-70k}, {@code 60000-70000}), a suffix ({@code
 *       80k}), a currency sign or words: {@code UNPARSEABLE_AMOUNT}, quoting the value.
 *   <li>Zero or negative: {@code NON_POSITIVE_AMOUNT}.
 * </ol>
 *
 * <p>A single separator followed by exactly three digits ({@code 65.000}) is read as a thousands
 * grouping, never as three decimals: nobody states a salary to a tenth of a cent. Suspiciously
 * small values ({@code 80}, perhaps meaning 80k) are <em>not</em> rewritten: the number is kept as
 * published and left to the normalizer's documented outlier screen.
 */
public final class EuSalaryParser {
  private static final Pattern PLAIN = Pattern.compile("\\d+");
  private static final Pattern GROUPED =
      Pattern.compile("\\d{1,3}(?<separator>[., ])\\d{3}(\\k<separator>\\d{3})*");
  private static final Pattern DECIMAL = Pattern.compile("(?<whole>\\d+)[.,](?<fraction>\\d+)");
  private static final Pattern GROUPED_DECIMAL =
      Pattern.compile(
          "(?<whole>\\d{1,3}(?<separator>[., ])\\d{3}(\\k<separator>\\d{3})*)(?<decimal>[.,])(?<fraction>\\d+)");

  private EuSalaryParser() {}

  /**
   * The positive amount in {@code value} from {@code column} (the column name is used in rejection
   * details).
   *
   * @throws RowRejectedException with the reason the rule above gives, quoting the value
   */
  public static double parse(String column, String value) throws RowRejectedException {
    // Hand-typed answers write the missing marker in any case ("na"), not only as R writes it.
    if (value.strip().equalsIgnoreCase(Amounts.NOT_AVAILABLE)) {
      throw Amounts.missingAmount(column, value);
    }
    return Amounts.positiveAmount(column, value, EuSalaryParser::number);
  }

  /**
   * The number in a present, stripped field under the rule above, or empty when no form matches.
   */
  static OptionalDouble number(String text) {
    boolean negative = text.startsWith("-");
    String unsigned = negative || text.startsWith("+") ? text.substring(1) : text;
    Optional<String> number = canonical(unsigned);
    if (number.isEmpty()) {
      return OptionalDouble.empty();
    }
    double amount = Double.parseDouble(number.get());
    return OptionalDouble.of(negative ? -amount : amount);
  }

  /** The number in Java's plain form ("65000", "62000.5"), or empty when no form matches. */
  private static Optional<String> canonical(String text) {
    if (PLAIN.matcher(text).matches()) {
      return Optional.of(text);
    }
    Matcher grouped = GROUPED.matcher(text);
    if (grouped.matches()) {
      return Optional.of(text.replace(grouped.group("separator"), ""));
    }
    Matcher decimal = DECIMAL.matcher(text);
    if (decimal.matches()) {
      return Optional.of(decimal.group("whole") + "." + decimal.group("fraction"));
    }
    Matcher groupedDecimal = GROUPED_DECIMAL.matcher(text);
    if (groupedDecimal.matches()
        && !groupedDecimal.group("separator").equals(groupedDecimal.group("decimal"))) {
      String whole = groupedDecimal.group("whole").replace(groupedDecimal.group("separator"), "");
      return Optional.of(whole + "." + groupedDecimal.group("fraction"));
    }
    return Optional.empty();
  }
}
