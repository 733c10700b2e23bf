package org.devpay.sources;

import java.util.Arrays;

/**
 * The few statistics the real-file tests compare with the reference scripts, defined as pandas
 * defines them, so that a test's expected number and its computed number mean the same thing.
 */
public final class ReferenceStatistics {
  private ReferenceStatistics() {}

  /**
   * The median as pandas' {@code Series.median()} computes it: the middle value of the sorted
   * values, or the mean of the two middle values for an even count (R's quantile type 7 at 0.5).
   *
   * @throws IllegalArgumentException for no values
   */
  public static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("median of no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
