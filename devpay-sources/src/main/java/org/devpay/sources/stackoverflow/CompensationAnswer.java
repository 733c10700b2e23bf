package org.devpay.sources.stackoverflow;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.sources.csv.Amounts;

/**
 * A respondent's own pay answer as Stack Overflow asked it from 2018 ({@code Salary}/{@code
 * CompTotal}, weekly, monthly or yearly, in the currency they chose), annualised by Stack
 * Overflow's own rule: 12 working months and 50 working weeks a year (the schema of {@code
 * ConvertedSalary}, {@code ConvertedComp} and {@code ConvertedCompYearly}). Kept beside the yearly
 * USD figure so within-country analyses can use pay in its own currency.
 *
 * @param amount the amount as answered
 * @param frequency "Yearly", "Monthly" or "Weekly" as answered ("" when the year asked yearly pay
 *     only, from 2023)
 * @param currency the ISO 4217 code the answer starts with, when it does
 */
record CompensationAnswer(double amount, String frequency, Optional<String> currency) {
  /** Working weeks in Stack Overflow's year. */
  static final int WEEKS_PER_YEAR = 50;

  /** Months in Stack Overflow's year. */
  static final int MONTHS_PER_YEAR = 12;

  private static final Pattern CURRENCY_CODE = Pattern.compile("([A-Z]{3})(?:\\s.*)?");

  /**
   * The answer, when the amount is a positive number.
   *
   * @param amount the amount field as published
   * @param frequency the frequency field ("" for a year that asked yearly pay only)
   * @param currency the currency field: "EUR" (2018 to 2020) or "EUR European Euro" (from 2021)
   */
  static Optional<CompensationAnswer> read(String amount, String frequency, String currency) {
    if (Amounts.isMissing(amount)) {
      return Optional.empty();
    }
    OptionalDouble value = Amounts.decimal(amount);
    if (value.isEmpty() || !(value.getAsDouble() > 0)) {
      return Optional.empty();
    }
    return Optional.of(
        new CompensationAnswer(value.getAsDouble(), frequency.strip(), currencyCode(currency)));
  }

  /** The ISO 4217 code at the start of a currency answer; empty for "none Cook Islands dollar". */
  static Optional<String> currencyCode(String answer) {
    Matcher matcher = CURRENCY_CODE.matcher(answer.strip());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * The amount for a whole year: × 1 yearly (or when the year asked yearly pay only), × 12 monthly,
   * × 50 weekly; empty for any other frequency answer.
   */
  OptionalDouble annual() {
    switch (frequency.toLowerCase(Locale.ROOT)) {
      case "":
      case "yearly":
        return OptionalDouble.of(amount);
      case "monthly":
        return OptionalDouble.of(amount * MONTHS_PER_YEAR);
      case "weekly":
        return OptionalDouble.of(amount * WEEKS_PER_YEAR);
      default:
        return OptionalDouble.empty();
    }
  }

  /** A number written plainly for an attribute: "61250", "1234.5", never exponent notation. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
