package org.devpay.sources.stackoverflow;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.core.model.PayRange;

/**
 * Reads Stack Overflow's salary bins (2011 to 2016) into {@link PayRange}s, so that analyses can
 * treat binned pay as an interval instead of trusting one amount, and gives each bin the amount
 * devpay reports for it "as published".
 *
 * <p>The published labels, all in USD per year:
 *
 * <ul>
 *   <li>2011 to 2014: {@code "<$20,000"} (0 to 20,000), {@code "$20,000 - $40,000"} … {@code
 *       "$120,000 - $140,000"}, {@code ">$140,000"} (open top);
 *   <li>2015: {@code "Less than $20,000"}, {@code "$20,000 - $40,000"} … {@code "$140,000 -
 *       $160,000"}, {@code "More than $160,000"};
 *   <li>2016: {@code "Less than $10,000"}, {@code "$10,000 - $20,000"} … {@code "$190,000 -
 *       $200,000"}, {@code "More than $200,000"}.
 * </ul>
 *
 * Lower bounds are inclusive, upper bounds exclusive. The answers that are not bins ({@code "Rather
 * not say"}, {@code "Student / Unemployed"}, {@code "Unemployed"}, {@code "Other (please
 * specify)"}, empty) give no range.
 *
 * <p><b>Midpoint rule</b> ({@link #midpoint}): the middle of a bounded bin; half the upper bound of
 * the bottom bin (the middle of 0 to U); for the open top bin its lower bound plus {@value
 * #OPEN_TOP_OFFSET}. This is the rule of the midpoints Stack Overflow itself published: 2015's
 * {@code Compensation: midpoint} ("Less than $20,000" = 10,000, "More than $160,000" = 170,000) and
 * 2016's {@code salary_midpoint} ("Less than $10,000" = 5,000, "More than $200,000" = 210,000).
 * Where a year publishes midpoints (2015, 2016) devpay takes them; for 2011 to 2014, which publish
 * none, the rule gives them ("&gt;$140,000" = 150,000).
 */
final class SalaryBin {
  /** What the open top bin's midpoint adds to its lower bound, as Stack Overflow's do. */
  static final double OPEN_TOP_OFFSET = 10_000;

  private static final String AMOUNT = "\\$\\s?(\\d{1,3}(?:,\\d{3})*)";
  private static final Pattern BOUNDED = Pattern.compile(AMOUNT + "\\s*-\\s*" + AMOUNT);
  private static final Pattern BELOW = Pattern.compile("(?:Less than |<\\s?)" + AMOUNT);
  private static final Pattern ABOVE = Pattern.compile("(?:More than |>\\s?)" + AMOUNT);

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
      double upper = dollars(below.group(1));
      return upper > 0
          ? Optional.of(new PayRange(0, OptionalDouble.of(upper), text))
          : Optional.empty();
    }
    Matcher above = ABOVE.matcher(text);
    if (above.matches()) {
      return Optional.of(new PayRange(dollars(above.group(1)), OptionalDouble.empty(), text));
    }
    return Optional.empty();
  }

  /** The amount devpay reports for a bin without a published midpoint (see the class comment). */
  static double midpoint(PayRange range) {
    return range.upper().isPresent()
        ? (range.lower() + range.upper().getAsDouble()) / 2
        : range.lower() + OPEN_TOP_OFFSET;
  }

  /** Whether an amount lies in the bin: at or above its lower bound, below its upper bound. */
  static boolean contains(PayRange range, double amount) {
    return amount >= range.lower()
        && (range.upper().isEmpty() || amount < range.upper().getAsDouble());
  }

  private static double dollars(String grouped) {
    return Double.parseDouble(grouped.replace(",", ""));
  }
}
