package org.devpay.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Erf;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.stats.Quantiles;

/**
 * The disclosure control of the pay locator ("where does my pay stand?"), so that no sequence of
 * queries reveals a respondent's pay, even in a cell of exactly k. Every share the locator
 * publishes is made here, from values no presenter can see ({@link LocatorGroup}).
 *
 * <p><b>Why a locator needs one.</b> The share of a group paid less than an amount, asked at amount
 * after amount, steps up at each member's pay: a sweep in small steps traces the group's empirical
 * distribution and so every member's pay. Rounding alone does not stop it: a rounded share still
 * changes exactly where a member's pay lies.
 *
 * <p><b>The rule.</b> For a group of N rows and the privacy floor k:
 *
 * <ol>
 *   <li><b>Smoothed, never stepped at a respondent.</b> Shares are read off the group's values
 *       smoothed by a normal kernel: bandwidth h = max(Silverman's 0.9 · min(sd, IQR / 1.34) ·
 *       N^(−1/5), ln(1.1) / u), u the ln pay per unit of the values (1 for a cell's ln pay, the
 *       median σ(x) of the calibration rows for a model's scores), so each respondent's pay is
 *       spread by at least 10%; the values are first shrunk towards their mean by c = 1 / √(1 +
 *       h²/var), so the smoothed distribution keeps the group's mean and variance (Silverman 1986,
 *       Density Estimation, §6.4.1). The smoothed share G changes continuously: no answer changes
 *       at a member's pay.
 *   <li><b>Bands that each hold k rows.</b> G is published as the band [s·⌊100G/s⌋, that + s] in
 *       percentage points, s the smallest of 1, 2, 5, 10, 20 and 25 with N · s / 100 ≥ k: every
 *       band holds the smoothed weight of at least k rows, so no change of an answer can be laid to
 *       fewer than k respondents. The group's distribution is published only as the quantiles of G
 *       at the band edges, the points where an answer changes, so nothing else about it is
 *       revealed. A model with fewer than 4k calibration rows gets no share.
 *   <li><b>Intervals from the published band only.</b> The 95% interval is Clopper-Pearson for N
 *       rows at the band's ends (the lower bound at x = N · low, the upper at x = N · high),
 *       rounded outward to whole points: a function of the band and N, so it adds nothing to the
 *       band.
 *   <li><b>The cell's own share only for large, well-separated cells.</b> A comparable cell, unlike
 *       a model's calibration rows, changes with the query. Its own share is published only when
 *       its band is 5 points or finer (N ≥ 20k: 200 rows for k = 10), and only when no other cell
 *       the locator answers for the same role (the role in the metro, its country, everywhere)
 *       differs from it by 1 to k − 1 rows, which would let two answers be differenced.
 * </ol>
 *
 * <p>{@link #uncontrolledForAttackTests} switches all of this off (exact shares of the unsmoothed
 * distribution, every cell of k rows or more): the attack tests use it to show that their sweep
 * does locate respondents without the control. Nothing else may.
 */
public final class LocatorDisclosure {
  /** The least spread of a respondent's pay by the smoothing: ln(1.1), a kernel sd of 10%. */
  public static final double BLUR = Math.log(1.1);

  /** The band widths, in percentage points, from finest to coarsest. */
  public static final List<Integer> STEPS = List.of(1, 2, 5, 10, 20, 25);

  /** The coarsest band a comparable cell's own share is published with. */
  public static final int CELL_COARSEST_STEP = 5;

  /** The confidence of the published intervals. */
  public static final double CONFIDENCE = 0.95;

  /** The grid of quantiles of an uncontrolled (attack-test) figure, in points. */
  static final int UNCONTROLLED_GRID_STEP = 5;

  /** The kernel is 0 or 1 to double precision beyond this many kernel widths. */
  private static final double KERNEL_REACH = 8.5;

  private final PrivacyFloor floor;
  private final boolean controlled;

  private LocatorDisclosure(PrivacyFloor floor, boolean controlled) {
    this.floor = requireNonNull(floor, "floor is null");
    this.controlled = controlled;
  }

  /** The control every presenter uses. */
  public static LocatorDisclosure standard(PrivacyFloor floor) {
    return new LocatorDisclosure(floor, true);
  }

  /**
   * No control: exact shares of the unsmoothed distribution and every cell of k rows or more. For
   * the attack tests only, to show that their sweep locates respondents without the control.
   */
  public static LocatorDisclosure uncontrolledForAttackTests(PrivacyFloor floor) {
    return new LocatorDisclosure(floor, false);
  }

  public boolean controlled() {
    return controlled;
  }

  public PrivacyFloor floor() {
    return floor;
  }

  /**
   * The band width for a group: the smallest step s of {@link #STEPS} with rows · s / 100 ≥ k (for
   * a cell, at most {@link #CELL_COARSEST_STEP}); empty when none qualifies. 0 when uncontrolled.
   */
  public OptionalInt step(LocatorGroup.Kind kind, int rows) {
    if (!controlled) {
      return OptionalInt.of(0);
    }
    int k = floor.minimumCellSize();
    for (int step : STEPS) {
      if (kind == LocatorGroup.Kind.CELL && step > CELL_COARSEST_STEP) {
        break;
      }
      if ((long) rows * step >= 100L * k) {
        return OptionalInt.of(step);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Why a group's share is not published, in words; empty when it is.
   *
   * @param nestedRows for a cell, the rows of the other cells the locator answers for the same role
   *     (the role in the metro, in its country, everywhere); ignored for a model
   */
  public Optional<String> withheld(LocatorGroup.Kind kind, int rows, List<Integer> nestedRows) {
    int k = floor.minimumCellSize();
    if (!controlled) {
      return kind == LocatorGroup.Kind.CELL && !floor.allows(rows)
          ? Optional.of("fewer than k = " + k + " rows")
          : Optional.empty();
    }
    if (step(kind, rows).isEmpty()) {
      if (kind == LocatorGroup.Kind.MODEL) {
        return Optional.of(
            "the model has "
                + rows
                + " calibration rows, fewer than 4k = "
                + 4 * k
                + ": even quarter-wide bands would hold fewer than k rows");
      }
      return Optional.of(
          "the cell's own percentile is published only for cells of at least "
              + (100 * k + CELL_COARSEST_STEP - 1) / CELL_COARSEST_STEP
              + " rows (a "
              + CELL_COARSEST_STEP
              + "-point band then holds k = "
              + k
              + " or more); this cell has "
              + rows);
    }
    if (kind == LocatorGroup.Kind.CELL) {
      for (int other : nestedRows) {
        int difference = Math.abs(other - rows);
        if (difference >= 1 && difference < k) {
          return Optional.of(
              "another cell of the same role ("
                  + other
                  + " rows) differs from this one ("
                  + rows
                  + ") by fewer than k = "
                  + k
                  + " rows: the two could be differenced");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where a pay stands in a group, as it may be published; empty when {@link #withheld} says why
   * not.
   *
   * @param group the group's values
   * @param center ln pay at value 0 for the profile asked about (x'β for a model, 0 for a cell)
   * @param scale ln pay per unit of value for that profile (σ(x) for a model, 1 for a cell)
   * @param logPay ln of the annual pay asked about, in the group's currency and basis
   * @param nestedRows see {@link #withheld}
   */
  public Optional<LocatedShare> locate(
      LocatorGroup group, double center, double scale, double logPay, List<Integer> nestedRows) {
    requireNonNull(group, "group is null");
    if (!(scale > 0) || !Double.isFinite(center) || !Double.isFinite(logPay)) {
      throw new IllegalArgumentException("center, scale and ln pay must be finite, scale > 0");
    }
    if (withheld(group.kind(), group.rows(), nestedRows).isPresent()) {
      return Optional.empty();
    }
    double value = (logPay - center) / scale;
    return Optional.of(
        controlled
            ? smoothed(group, center, scale, value, step(group.kind(), group.rows()).getAsInt())
            : exact(group, center, scale, value));
  }

  private static LocatedShare smoothed(
      LocatorGroup group, double center, double scale, double value, int step) {
    Smoothing smoothing = group.smoothing();
    int n = group.rows();
    double share = smoothing.cdf(value);
    int bands = 100 / step;
    int band = Math.min(bands - 1, Math.max(0, (int) Math.floor(100 * share / step)));
    double low = band * step / 100.0;
    double high = (band + 1) * step / 100.0;
    // A function of the published band and N alone, so it reveals nothing the band does not;
    // rounded outward to whole points for reading.
    double intervalLow = roundDown(clopperPearsonLower(n * low, n), 1);
    double intervalHigh = roundUp(clopperPearsonUpper(n * high, n), 1);
    List<LocatedShare.Quantile> quantiles = new ArrayList<>();
    double[] edges = smoothing.quantiles(step);
    for (int j = 0; j < edges.length; j++) {
      quantiles.add(new LocatedShare.Quantile((j + 1) * step / 100.0, center + scale * edges[j]));
    }
    return new LocatedShare(
        low,
        high,
        Math.min(intervalLow, low),
        Math.max(intervalHigh, high),
        step,
        n,
        smoothing.bandwidth,
        quantiles,
        true);
  }

  private static LocatedShare exact(LocatorGroup group, double center, double scale, double value) {
    double[] sorted = group.sorted();
    int n = sorted.length;
    int below = lowerBound(sorted, value);
    int atMost = upperBound(sorted, value);
    int ties = atMost - below;
    double share =
        group.kind() == LocatorGroup.Kind.MODEL
            ? (below + 0.5 * (ties + 1)) / (n + 1)
            : (below + 0.5 * ties) / n;
    List<LocatedShare.Quantile> quantiles = new ArrayList<>();
    for (int points = UNCONTROLLED_GRID_STEP; points < 100; points += UNCONTROLLED_GRID_STEP) {
      double level = points / 100.0;
      quantiles.add(
          new LocatedShare.Quantile(level, center + scale * Quantiles.ofSorted(sorted, level)));
    }
    return new LocatedShare(
        share,
        share,
        clopperPearsonLower(below, n),
        clopperPearsonUpper(atMost, n),
        0,
        n,
        0,
        quantiles,
        false);
  }

  /** Clopper-Pearson lower bound for x of n: the α/2 quantile of Beta(x, n − x + 1); 0 at x = 0. */
  static double clopperPearsonLower(double x, int n) {
    if (x <= 0) {
      return 0;
    }
    return new BetaDistribution(null, x, n - x + 1, 1e-14)
        .inverseCumulativeProbability((1 - CONFIDENCE) / 2);
  }

  /** Clopper-Pearson upper bound: the 1 − α/2 quantile of Beta(x + 1, n − x); 1 at x = n. */
  static double clopperPearsonUpper(double x, int n) {
    if (x >= n) {
      return 1;
    }
    return new BetaDistribution(null, x + 1, n - x, 1e-14)
        .inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
  }

  private static double roundDown(double share, int step) {
    return Math.max(0, Math.floor(100 * share / step + 1e-9) * step / 100.0);
  }

  private static double roundUp(double share, int step) {
    return Math.min(1, Math.ceil(100 * share / step - 1e-9) * step / 100.0);
  }

  /** The number of sorted values strictly below x. */
  private static int lowerBound(double[] sorted, double x) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < x) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The number of sorted values at most x. */
  private static int upperBound(double[] sorted, double x) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= x) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * A group's smoothed distribution: G(v) = (1/N) Σ Φ((v − c_j) / (c h)), c_j = mean + c (v_j −
   * mean), c = 1 / √(1 + h² / var), with var the population variance of the values.
   */
  static final class Smoothing {
    final double bandwidth;
    final double shrink;
    final double kernel;
    private final double[] centres;
    private final java.util.concurrent.ConcurrentMap<Integer, double[]> quantiles =
        new java.util.concurrent.ConcurrentHashMap<>();

    Smoothing(double[] sorted, double logPayPerUnit) {
      int n = sorted.length;
      double mean = 0;
      for (double v : sorted) {
        mean += v;
      }
      mean /= n;
      double variance = 0;
      for (double v : sorted) {
        variance += (v - mean) * (v - mean);
      }
      variance /= n;
      double sd = Math.sqrt(variance);
      double iqr = Quantiles.ofSorted(sorted, 0.75) - Quantiles.ofSorted(sorted, 0.25);
      double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
      double silverman = 0.9 * spread * Math.pow(n, -0.2);
      this.bandwidth = Math.max(silverman, BLUR / logPayPerUnit);
      this.shrink = variance > 0 ? 1 / Math.sqrt(1 + bandwidth * bandwidth / variance) : 1;
      this.kernel = shrink * bandwidth;
      this.centres = new double[n];
      for (int j = 0; j < n; j++) {
        centres[j] = mean + shrink * (sorted[j] - mean);
      }
    }

    /** G(v); kernels further than {@link #KERNEL_REACH} widths away count as exactly 0 or 1. */
    double cdf(double value) {
      int n = centres.length;
      int from = lowerBound(centres, value - KERNEL_REACH * kernel);
      int to = upperBound(centres, value + KERNEL_REACH * kernel);
      // Centres above value + reach contribute 0; centres below value − reach contribute 1.
      double sum = from;
      for (int j = from; j < to; j++) {
        sum += 0.5 * Erf.erfc(-(value - centres[j]) / (kernel * Math.sqrt(2)));
      }
      return sum / n;
    }

    /** G⁻¹ at every step points, from step to 100 − step (computed once per step). */
    double[] quantiles(int step) {
      return quantiles
          .computeIfAbsent(
              step,
              s -> {
                int count = 100 / s - 1;
                double[] out = new double[count];
                double lowest = centres[0] - KERNEL_REACH * kernel;
                double highest = centres[centres.length - 1] + KERNEL_REACH * kernel;
                BrentSolver solver = new BrentSolver(1e-12, 1e-12);
                for (int j = 0; j < count; j++) {
                  double level = (j + 1) * s / 100.0;
                  out[j] = solver.solve(10_000, v -> cdf(v) - level, lowest, highest);
                }
                return out;
              })
          .clone();
    }
  }
}
