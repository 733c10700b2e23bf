package org.devpay.core.privacy;

import java.util.Arrays;

/**
 * The respondents a pay is placed among, as the locator reads them: one value per row on a scale
 * that is ln pay up to a shift and a factor (the model's calibration scores, or the cell's ln pay).
 * Only {@link LocatorDisclosure} reads the values, so no presenter can see them.
 *
 * <p>A query's ln pay maps onto the scale as v = (ln pay − center) / scale; a value v of the scale
 * is ln pay = center + scale · v for the profile asked about.
 */
public final class LocatorGroup {
  /** What the group is; the disclosure rule treats the two differently. */
  public enum Kind {
    /**
     * The calibration rows of an edition's model: its predictive distribution for a profile. The
     * same rows for every profile the model answers, whatever the query.
     */
    MODEL,
    /** The comparable cell (same role and place): rows that change with the query. */
    CELL
  }

  private final Kind kind;
  private final double[] sorted;
  private final double logPayPerUnit;
  private volatile LocatorDisclosure.Smoothing smoothing;

  private LocatorGroup(Kind kind, double[] sorted, double logPayPerUnit) {
    this.kind = kind;
    this.sorted = sorted;
    this.logPayPerUnit = logPayPerUnit;
  }

  /**
   * A model's calibration scores.
   *
   * @param scores the calibration rows' scores (ln pay − x'β) / σ(x); not kept
   * @param medianSpread the median σ(x) of those rows: ln pay per unit of score, typically
   */
  public static LocatorGroup modelScores(double[] scores, double medianSpread) {
    return of(Kind.MODEL, scores, medianSpread);
  }

  /** A comparable cell's annual pay amounts (read as ln pay). */
  public static LocatorGroup cellPay(double[] pay) {
    double[] logs = new double[pay.length];
    for (int i = 0; i < pay.length; i++) {
      if (!(pay[i] > 0) || Double.isInfinite(pay[i])) {
        throw new IllegalArgumentException("pay must be positive and finite: " + pay[i]);
      }
      logs[i] = Math.log(pay[i]);
    }
    return of(Kind.CELL, logs, 1);
  }

  private static LocatorGroup of(Kind kind, double[] values, double logPayPerUnit) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a group needs at least one row");
    }
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("value is not finite: " + v);
      }
    }
    if (!(logPayPerUnit > 0) || Double.isInfinite(logPayPerUnit)) {
      throw new IllegalArgumentException("ln pay per unit must be positive: " + logPayPerUnit);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new LocatorGroup(kind, sorted, logPayPerUnit);
  }

  public Kind kind() {
    return kind;
  }

  /** Rows in the group. */
  public int rows() {
    return sorted.length;
  }

  /** ln pay per unit of the scale (1 for a cell), for the smoothing's floor. */
  double logPayPerUnit() {
    return logPayPerUnit;
  }

  /** The ascending values; package-private and never copied out of the package. */
  double[] sorted() {
    return sorted;
  }

  /** The smoothed distribution, made on first use and kept (a model's serves every query). */
  LocatorDisclosure.Smoothing smoothing() {
    LocatorDisclosure.Smoothing made = smoothing;
    if (made == null) {
      synchronized (this) {
        made = smoothing;
        if (made == null) {
          made = new LocatorDisclosure.Smoothing(sorted, logPayPerUnit);
          smoothing = made;
        }
      }
    }
    return made;
  }
}
