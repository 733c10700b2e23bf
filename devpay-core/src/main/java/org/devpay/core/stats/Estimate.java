package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

/**
 * A point estimate with its confidence interval and how the interval was made, so every printed
 * figure says how sure it is and can be reproduced.
 *
 * @param estimate the statistic on the full sample(s)
 * @param lower lower interval bound
 * @param upper upper interval bound
 * @param confidence nominal coverage, such as 0.95
 * @param method how the interval was computed
 * @param resamples bootstrap resamples used (0 for analytic intervals)
 * @param seed the seed of the bootstrap's random stream
 */
public record Estimate(
    double estimate,
    double lower,
    double upper,
    double confidence,
    IntervalMethod method,
    int resamples,
    long seed) {
  public Estimate {
    requireNonNull(method, "method is null");
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    if (!(lower <= upper)) {
      throw new IllegalArgumentException(
          "lower bound exceeds upper bound: " + lower + " > " + upper);
    }
  }

  /** True when the whole interval lies above {@code value}. */
  public boolean entirelyAbove(double value) {
    return lower > value;
  }

  /** True when the whole interval lies below {@code value}. */
  public boolean entirelyBelow(double value) {
    return upper < value;
  }
}
