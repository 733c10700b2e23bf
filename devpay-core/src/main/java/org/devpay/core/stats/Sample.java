package org.devpay.core.stats;

import java.util.Arrays;
import java.util.function.DoublePredicate;

/**
 * A sample of pay values with frequency weights, sorted once so that quantiles and every bootstrap
 * replicate run in linear time. Immutable.
 */
public final class Sample {
  private final double[] values;
  private final double[] weights;
  private final double totalWeight;

  private Sample(double[] sortedValues, double[] sortedWeights) {
    this.values = sortedValues;
    this.weights = sortedWeights;
    double total = 0;
    for (double w : sortedWeights) {
      total += w;
    }
    this.totalWeight = total;
  }

  /** An unweighted sample (every weight 1). */
  public static Sample of(double[] values) {
    double[] ones = new double[values.length];
    Arrays.fill(ones, 1);
    return weighted(values, ones);
  }

  /**
   * A sample with frequency weights.
   *
   * @throws IllegalArgumentException when empty, lengths differ, or a value or weight is not finite
   *     or a weight is below 1
   */
  public static Sample weighted(double[] values, double[] weights) {
    if (values.length != weights.length) {
      throw new IllegalArgumentException("values and weights differ in length");
    }
    if (values.length == 0) {
      throw new IllegalArgumentException("a sample needs at least one value");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("value is not finite: " + values[i]);
      }
      if (!(weights[i] >= 1) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException(
            "frequency weight must be finite and >= 1: " + weights[i]);
      }
    }
    // The rows in ascending order of value, ties in their given order (a stable sort), with no
    // object per row: each row's key is (rank of its value, its position), sorted as longs.
    int n = values.length;
    double[] sortedValues = values.clone();
    Arrays.sort(sortedValues);
    double[] sortedWeights = new double[n];
    boolean unweighted = true;
    for (double w : weights) {
      unweighted &= w == 1;
    }
    if (unweighted) {
      Arrays.fill(sortedWeights, 1);
      return new Sample(sortedValues, sortedWeights);
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      // Equal values find the same index, and a smaller value a smaller one.
      long rank = Arrays.binarySearch(sortedValues, values[i]);
      keys[i] = rank << 32 | i;
    }
    Arrays.sort(keys);
    for (int j = 0; j < n; j++) {
      sortedWeights[j] = weights[(int) keys[j]];
    }
    return new Sample(sortedValues, sortedWeights);
  }

  /**
   * The rows whose value is neither below nor above an interval, as two tests of the value say:
   * equal to {@link #weighted} of those rows in the order they were given, without sorting them
   * again. The tests must be monotone in the value ({@code below} true of the smallest values only,
   * {@code above} of the largest only), so the rows kept are a run of the sorted ones: equal values
   * are kept or removed together, in their given order, as a stable sort of the kept rows places
   * them.
   *
   * @throws IllegalArgumentException when no row is kept
   */
  public Sample within(DoublePredicate below, DoublePredicate above) {
    int from = 0;
    int to = values.length;
    // Binary searches for the first row not below and the first row above.
    int high = to;
    while (from < high) {
      int middle = (from + high) >>> 1;
      if (below.test(values[middle])) {
        from = middle + 1;
      } else {
        high = middle;
      }
    }
    int low = from;
    while (low < to) {
      int middle = (low + to) >>> 1;
      if (above.test(values[middle])) {
        to = middle;
      } else {
        low = middle + 1;
      }
    }
    if (from >= to) {
      throw new IllegalArgumentException("no value lies within the interval");
    }
    if (from == 0 && to == values.length) {
      return this;
    }
    return new Sample(Arrays.copyOfRange(values, from, to), Arrays.copyOfRange(weights, from, to));
  }

  /** Number of rows (observations, before weighting). */
  public int size() {
    return values.length;
  }

  /** Sum of the frequency weights: the number of respondents the rows stand for. */
  public double totalWeight() {
    return totalWeight;
  }

  /** True when every weight is 1. */
  public boolean unweighted() {
    return totalWeight == values.length;
  }

  /** Type-7 quantile (weighted by frequency). */
  public double quantile(double p) {
    return Quantiles.ofSortedWeighted(values, weights, p);
  }

  public double median() {
    return quantile(0.5);
  }

  /** A copy of the ascending values. */
  public double[] sortedValues() {
    return values.clone();
  }

  /** A copy of the weights, in the order of {@link #sortedValues()}. */
  public double[] sortedWeights() {
    return weights.clone();
  }

  /**
   * Whether another sample holds the same sorted values with the same weights: then every figure
   * and every seeded bootstrap interval of the two is the same.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Sample s
        && s.values.length == values.length
        && s.hashCode() == hashCode()
        && Arrays.equals(s.values, values)
        && Arrays.equals(s.weights, weights);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "Sample[n=" + values.length + ", total weight=" + totalWeight + "]";
  }

  /** The content's hash, computed on first use (a racy but idempotent cache, as String's). */
  private int hash;

  // Package-private views for the bootstrap's hot loop (no copies).
  double[] valuesView() {
    return values;
  }

  double[] weightsView() {
    return weights;
  }
}
