package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A family of p-values with their multiplicity-adjusted values, in the caller's order, and the
 * adjustment used.
 *
 * @param pValues the raw p-values
 * @param adjusted the adjusted p-values, same order
 * @param method how they were adjusted
 */
public record AdjustedPValues(
    List<Double> pValues, List<Double> adjusted, MultipleTesting.Adjustment method) {
  public AdjustedPValues {
    pValues = List.copyOf(pValues);
    adjusted = List.copyOf(adjusted);
    requireNonNull(method, "method is null");
    if (pValues.size() != adjusted.size()) {
      throw new IllegalArgumentException("raw and adjusted p-values differ in number");
    }
  }

  /** The adjusted p-value of the i-th hypothesis. */
  public double adjusted(int i) {
    return adjusted.get(i);
  }

  /** Whether the i-th hypothesis is rejected at false discovery rate q. */
  public boolean rejected(int i, double q) {
    return adjusted.get(i) <= q;
  }

  public int size() {
    return pValues.size();
  }
}
