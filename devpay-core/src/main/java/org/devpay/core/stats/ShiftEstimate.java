package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

/**
 * A Hodges-Lehmann location shift with its rank-sum-inversion interval ({@link HodgesLehmann}),
 * with the group sizes and the order statistics used, so the interval can be reproduced.
 *
 * @param estimate median of the pairwise differences first − second
 * @param lower the lowerOrder-th smallest difference
 * @param upper the upperOrder-th smallest difference
 * @param confidence nominal coverage
 * @param firstSize m
 * @param secondSize n
 * @param lowerOrder k (1-based)
 * @param upperOrder mn + 1 − k
 * @param method how the interval was made ({@link IntervalMethod#RANK_SUM_INVERSION})
 */
public record ShiftEstimate(
    double estimate,
    double lower,
    double upper,
    double confidence,
    int firstSize,
    int secondSize,
    long lowerOrder,
    long upperOrder,
    IntervalMethod method) {
  public ShiftEstimate {
    requireNonNull(method, "method is null");
    if (!(lower <= estimate && estimate <= upper)) {
      throw new IllegalArgumentException(
          "interval [" + lower + ", " + upper + "] does not contain " + estimate);
    }
  }

  /** m·n, the number of pairwise differences. */
  public long pairs() {
    return (long) firstSize * secondSize;
  }

  /** The shift as an {@link Estimate} of method {@link IntervalMethod#RANK_SUM_INVERSION}. */
  public Estimate toEstimate() {
    return new Estimate(estimate, lower, upper, confidence, method, 0, 0);
  }
}
