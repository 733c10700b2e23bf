package org.devpay.core.stats;

import java.util.Arrays;

/**
 * Quantiles by Hyndman and Fan's definition 7 ({@link QuantileMethod#HF7}), for plain samples and
 * for samples with frequency weights. A frequency weight w means "this value occurs w times", so
 * with whole-number weights the result equals type 7 on the sample with each value repeated w times
 * (pandas: {@code df.loc[df.index.repeat(w)].quantile(p)}).
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * Type-7 quantile of an unsorted sample.
   *
   * @param values the sample; not modified; must be non-empty and finite
   * @param p probability in [0, 1]
   */
  public static double of(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return ofSorted(sorted, p);
  }

  /**
   * Type-7 quantile of an ascending sample: h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] −
   * x[⌊h⌋]).
   */
  public static double ofSorted(double[] sorted, double p) {
    checkProbability(p);
    int n = sorted.length;
    if (n == 0) {
      throw new IllegalArgumentException("quantile of an empty sample");
    }
    double h = (n - 1) * p;
    int low = (int) Math.floor(h);
    if (low >= n - 1) {
      return sorted[n - 1];
    }
    double fraction = h - low;
    return sorted[low] + fraction * (sorted[low + 1] - sorted[low]);
  }

  /**
   * Type-7 quantile of an ascending sample with frequency weights: the sample in which value i
   * occurs weights[i] times. With total weight W, h = (W − 1)p; the quantile interpolates between
   * the values at (0-based) expanded positions ⌊h⌋ and ⌊h⌋ + 1. Zero weights are allowed (the value
   * is absent); weights need not be whole numbers, in which case expanded positions are read off
   * the cumulative weights.
   *
   * @param sorted ascending values
   * @param weights non-negative weights, same length, positive total of at least 1
   * @param p probability in [0, 1]
   */
  public static double ofSortedWeighted(double[] sorted, double[] weights, double p) {
    checkProbability(p);
    if (sorted.length != weights.length) {
      throw new IllegalArgumentException("values and weights differ in length");
    }
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and >= 0: " + w);
      }
      total += w;
    }
    if (total < 1) {
      throw new IllegalArgumentException("total weight must be at least 1: " + total);
    }
    double h = (total - 1) * p;
    double lowPosition = Math.floor(h);
    double fraction = h - lowPosition;
    double low = valueAtPosition(sorted, weights, lowPosition);
    if (fraction == 0) {
      return low;
    }
    double high = valueAtPosition(sorted, weights, lowPosition + 1);
    return low + fraction * (high - low);
  }

  /**
   * The value at a 0-based position of the expanded sample; positions past the end give the max.
   */
  private static double valueAtPosition(double[] sorted, double[] weights, double position) {
    double cumulative = 0;
    int last = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (weights[i] == 0) {
        continue;
      }
      last = i;
      cumulative += weights[i];
      if (position < cumulative) {
        return sorted[i];
      }
    }
    return sorted[last];
  }

  private static void checkProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
    }
  }
}
