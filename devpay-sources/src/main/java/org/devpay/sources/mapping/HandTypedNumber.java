package org.devpay.sources.mapping;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.devpay.sources.csv.Amounts;

/**
 * Reads numbers as people type them in spreadsheets and survey forms, for tables read through a
 * mapping file and for {@code devpay inspect}'s column types. The rule, documented in
 * docs/mapping.md:
 *
 * <ol>
 *   <li>a currency sign or code before or after the number is dropped ({@code "€ 4 500"}, {@code
 *       "650 000 kr"}, {@code "NOK 650000"});
 *   <li>spaces (also no-break and thin spaces) and apostrophes between digits group thousands
 *       ({@code "650 000"}, {@code "1'250"});
 *   <li>with both a comma and a point, the later one is the decimal mark ({@code "1,234.50"},
 *       {@code "1.234,50"});
 *   <li>with one kind only: several of them group thousands ({@code "1,234,567"}); a single one
 *       followed by exactly three digits, after one to three digits, groups thousands ({@code
 *       "65,000"}, {@code "4.500"}); any other single one is the decimal mark ({@code "52,5"},
 *       {@code "3500.75"});
 *   <li>what remains must be a plain decimal number ({@link Amounts#decimal}): words, ranges and
 *       suffixes such as "65k" are not numbers.
 * </ol>
 */
public final class HandTypedNumber {
  private static final Pattern CURRENCY =
      Pattern.compile(
          "^(?:\\p{Sc}|[A-Z]{3}|kr\\.?|zł|руб\\.?|грн\\.?|р\\.)\\s*|\\s*(?:\\p{Sc}|[A-Z]{3}|kr\\.?|,-|zł|руб\\.?|грн\\.?|р\\.)$");

  private static final Pattern GROUPING_SPACE =
      Pattern.compile("(?<=\\d)[\\s\\u00A0\\u202F\\u2009']+(?=\\d)");

  private static final Pattern GROUPED = Pattern.compile("[+-]?[1-9]\\d{0,2}(?:X\\d{3})+");

  private HandTypedNumber() {}

  /** The number in a text, or empty when the text is not a number by the rule above. */
  public static OptionalDouble read(String text) {
    String value = text.strip();
    for (int i = 0; i < 2; i++) {
      value = CURRENCY.matcher(value).replaceAll("").strip();
    }
    value = GROUPING_SPACE.matcher(value).replaceAll("");
    int comma = value.lastIndexOf(',');
    int point = value.lastIndexOf('.');
    if (comma >= 0 && point >= 0) {
      char decimal = comma > point ? ',' : '.';
      char grouping = comma > point ? '.' : ',';
      int mark = Math.max(comma, point);
      String whole = value.substring(0, mark);
      if (whole.indexOf(decimal) >= 0 || !isGrouped(whole, grouping)) {
        return OptionalDouble.empty();
      }
      value = whole.replace(String.valueOf(grouping), "") + "." + value.substring(mark + 1);
    } else if (comma >= 0 || point >= 0) {
      char mark = comma >= 0 ? ',' : '.';
      int count = (int) value.chars().filter(c -> c == mark).count();
      if (count > 1 || isGrouped(value, mark)) {
        if (!isGrouped(value, mark)) {
          return OptionalDouble.empty();
        }
        value = value.replace(String.valueOf(mark), "");
      } else {
        value = value.replace(mark, '.');
      }
    }
    return Amounts.decimal(value);
  }

  /** Whether a text is digits grouped by threes with {@code mark} ("1,234,567"). */
  private static boolean isGrouped(String text, char mark) {
    return GROUPED.matcher(text.replace(mark, 'X')).matches();
  }
}
