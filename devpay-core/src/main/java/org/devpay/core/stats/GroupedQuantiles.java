package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Quantiles of pay published in bins (Stack Overflow 2016: "$40,000 - $50,000"), computed from the
 * bins themselves, so that a binned median is an interval-aware estimate instead of the stand-in
 * value of one bin.
 *
 * <p><b>Formula</b> (grouped-data interpolation, the textbook grouped median generalised to any p):
 * sort the distinct bins by lower bound and let N be the total weight. The p-quantile lies in the
 * first bin whose cumulative weight reaches p·N; with L and U that bin's bounds, f its weight and C
 * the cumulative weight of the bins below it,
 *
 * <pre>
 *   Q(p) = L + (p·N − C) / f · (U − L)
 * </pre>
 *
 * It assumes the respondents of a bin are spread evenly across it. For p = 0 it is the lowest
 * bound; a quantile that lands exactly on a cumulative boundary is the upper bound of the bin
 * below.
 *
 * <p><b>Open top bin</b> ("More than $200,000", no upper bound): it has no width, so a quantile
 * that falls in it cannot be interpolated. The result is then the bin's lower bound, marked {@link
 * GroupedQuantile#lowerBoundOnly()} ("at least $200,000"), never a guessed width.
 *
 * <p>Bins must not overlap (they come from one published scheme); gaps between bins are allowed.
 */
public final class GroupedQuantiles {
  private GroupedQuantiles() {}

  /**
   * One binned observation.
   *
   * @param lower inclusive lower bound, finite and at least 0
   * @param upper exclusive upper bound; empty for an open top bin
   * @param weight frequency weight, finite and &gt; 0
   */
  public record Bin(double lower, OptionalDouble upper, double weight) {
    public Bin {
      requireNonNull(upper, "upper is null");
      if (!(lower >= 0) || Double.isInfinite(lower)) {
        throw new IllegalArgumentException("lower bound must be finite and >= 0: " + lower);
      }
      if (upper.isPresent()
          && (!(upper.getAsDouble() > lower) || Double.isInfinite(upper.getAsDouble()))) {
        throw new IllegalArgumentException("upper bound must be finite and exceed " + lower);
      }
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight must be finite and > 0: " + weight);
      }
    }

    /** An observation of weight 1. */
    public static Bin of(double lower, OptionalDouble upper) {
      return new Bin(lower, upper, 1);
    }
  }

  /**
   * A grouped quantile.
   *
   * @param value the interpolated quantile, or the open top bin's lower bound
   * @param lowerBoundOnly true when the quantile fell in the open top bin: the true value is at
   *     least {@code value}
   */
  public record GroupedQuantile(double value, boolean lowerBoundOnly) {}

  /**
   * The p-quantile of binned observations by the formula in the class comment.
   *
   * @param observations one bin per observation (equal bins are pooled), at least one
   * @param p the probability, in [0, 1]
   * @throws IllegalArgumentException when there are no observations, p is outside [0, 1], or two
   *     distinct bins overlap
   */
  public static GroupedQuantile of(List<Bin> observations, double p) {
    requireNonNull(observations, "observations is null");
    if (observations.isEmpty()) {
      throw new IllegalArgumentException("no binned observations");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1]: " + p);
    }
    List<Pooled> bins = pool(observations);
    double total = bins.stream().mapToDouble(Pooled::weight).sum();
    double target = p * total;
    double below = 0;
    for (int i = 0; i < bins.size(); i++) {
      Pooled bin = bins.get(i);
      boolean last = i == bins.size() - 1;
      if (below + bin.weight() >= target || last) {
        if (bin.upper().isEmpty()) {
          return new GroupedQuantile(bin.lower(), true);
        }
        double share = Math.min(1, Math.max(0, (target - below) / bin.weight()));
        double width = bin.upper().getAsDouble() - bin.lower();
        return new GroupedQuantile(bin.lower() + share * width, false);
      }
      below += bin.weight();
    }
    throw new AssertionError("the last bin always returns");
  }

  /** Equal bins pooled, sorted by lower bound, checked not to overlap. */
  private static List<Pooled> pool(List<Bin> observations) {
    TreeMap<Double, Pooled> byLower = new TreeMap<>();
    for (Bin bin : observations) {
      requireNonNull(bin, "bin is null");
      Pooled existing = byLower.get(bin.lower());
      if (existing == null) {
        byLower.put(bin.lower(), new Pooled(bin.lower(), bin.upper(), bin.weight()));
      } else if (!Objects.equals(existing.upper(), bin.upper())) {
        throw new IllegalArgumentException(
            "bins overlap: two bins start at " + bin.lower() + " with different upper bounds");
      } else {
        byLower.put(
            bin.lower(), new Pooled(bin.lower(), bin.upper(), existing.weight() + bin.weight()));
      }
    }
    List<Pooled> sorted = new ArrayList<>(byLower.values());
    for (int i = 0; i + 1 < sorted.size(); i++) {
      OptionalDouble upper = sorted.get(i).upper();
      if (upper.isEmpty() || upper.getAsDouble() > sorted.get(i + 1).lower()) {
        throw new IllegalArgumentException(
            "bins overlap: the bin from "
                + sorted.get(i).lower()
                + " reaches past "
                + sorted.get(i + 1).lower());
      }
    }
    return sorted;
  }

  private record Pooled(double lower, OptionalDouble upper, double weight) {}
}
