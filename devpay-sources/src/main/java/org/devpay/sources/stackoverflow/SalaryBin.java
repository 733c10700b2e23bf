package org.devpay.sources.stackoverflow;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.core.model.PayRange;

/**
 * Reads Stack Overflow 2016's salary bins ({@code salary_range}) into {@link PayRange}s, so that
 * analyses can treat binned pay as an interval instead of trusting the bin's midpoint.
 *
 * <p>The published labels, all in USD per year: {@code "Less than $10,000"} (0 to 10,000), {@code
 * "$10,000 - $20,000"} … {@code "$190,000 - $200,000"} (lower inclusive, upper exclusive), and
 * {@code "More than $200,000"} (open top). The answers that are not bins ({@code "Rather not say"},
 * {@code "Unemployed"}, {@code "Other (please specify)"}, empty) give no range.
 */
final class SalaryBin {
  private static final String AMOUNT = "\\$(\\d{1,3}(?:,\\d{3})*)";
  private static final Pattern BOUNDED = Pattern.compile(AMOUNT + " - " + AMOUNT);
  private static final Pattern BELOW = Pattern.compile("Less than " + AMOUNT);
  private static final Pattern ABOVE = Pattern.compile("More than " + AMOUNT);

  private SalaryBin() {}

  /** The range a label stands for, or empty when the label is not a bin. */
  static Optional<PayRange> parse(String label) {
    String text = label.strip();
    Matcher bounded = BOUNDED.matcher(text);
    if (bounded.matches()) {
      double lower = dollars(bounded.group(1));
      double upper = dollars(bounded.group(2));
      return upper > lower
          ? Optional.of(new PayRange(lower, OptionalDouble.of(upper), text))
          : Optional.empty();
    }
    Matcher below = BELOW.matcher(text);
    if (below.matches()) {
      return Optional.of(new PayRange(0, OptionalDouble.of(dollars(below.group(1))), text));
    }
    Matcher above = ABOVE.matcher(text);
    if (above.matches()) {
      return Optional.of(new PayRange(dollars(above.group(1)), OptionalDouble.empty(), text));
    }
    return Optional.empty();
  }

  private static double dollars(String grouped) {
    return Double.parseDouble(grouped.replace(",", ""));
  }
}
