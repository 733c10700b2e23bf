package org.devpay.core.analysis.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.devpay.core.model.PayRecord;
import org.devpay.core.stats.Quantiles;

/**
 * The documented outlier screen behind "screened" figures: Tukey's far-out fences on log annual
 * pay, computed over one dataset edition as a whole (all roles together, so the screen cannot
 * favour a role). A record is removed when ln(pay) &lt; Q1 − m·IQR or ln(pay) &gt; Q3 + m·IQR, with
 * Q1, Q3 the type-7 quartiles of ln(annual pay in the published currency) and m = 3 by default. On
 * the log scale m = 3 keeps pay within a factor e^(3·IQR) of the quartiles, so only typing errors
 * ("80" for 80,000) and implausible extremes go. "As published" figures use {@link #NONE}.
 */
public final class OutlierScreen {
  /** No screen: every record with a usable amount is kept. */
  public static final OutlierScreen NONE = new OutlierScreen(Double.POSITIVE_INFINITY);

  private final double fenceMultiplier;

  private OutlierScreen(double fenceMultiplier) {
    if (!(fenceMultiplier > 0)) {
      throw new IllegalArgumentException("fence multiplier must be > 0: " + fenceMultiplier);
    }
    this.fenceMultiplier = fenceMultiplier;
  }

  /** Far-out fences: m = 3. */
  public static OutlierScreen logTukeyFences() {
    return new OutlierScreen(3.0);
  }

  public double fenceMultiplier() {
    return fenceMultiplier;
  }

  public boolean isNone() {
    return Double.isInfinite(fenceMultiplier);
  }

  /** A short description for reports. */
  public String describe() {
    return isNone()
        ? "none (as published: only rows without a usable amount are removed)"
        : "Tukey fences on ln(annual pay) per dataset edition: outside [Q1 - "
            + fenceMultiplier
            + " IQR, Q3 + "
            + fenceMultiplier
            + " IQR] removed";
  }

  /** Applies the screen to one edition's records, on annual pay in the published currency. */
  public ScreenResult apply(List<PayRecord> records) {
    return apply(records, PayRecord::annualLocal);
  }

  /**
   * Applies the screen to one edition's records, on the amount given (the estimator screens the
   * edition's comparable amount, {@link EditionAmounts}); the fences are then in that amount.
   */
  public ScreenResult apply(List<PayRecord> records, ToDoubleFunction<PayRecord> amount) {
    if (isNone() || records.isEmpty()) {
      return new ScreenResult(records, 0, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
    double[] logs = records.stream().mapToDouble(r -> Math.log(amount.applyAsDouble(r))).toArray();
    LogFences fences = fences(logs);
    double lowerLog = fences.lower();
    double upperLog = fences.upper();
    List<PayRecord> kept = new ArrayList<>(records.size());
    int low = 0;
    int high = 0;
    for (int i = 0; i < records.size(); i++) {
      if (logs[i] < lowerLog) {
        low++;
      } else if (logs[i] > upperLog) {
        high++;
      } else {
        kept.add(records.get(i));
      }
    }
    return new ScreenResult(kept, low, high, Math.exp(lowerLog), Math.exp(upperLog));
  }

  /**
   * The fences on ln(amount) over one edition's log amounts (any order; not changed): the type-7
   * quartiles Q1, Q3 of the logs, and Q1 - m IQR, Q3 + m IQR. A log below the lower fence or above
   * the upper one is removed. Only for a screen that is not {@link #NONE}, over at least one
   * amount.
   */
  public LogFences fences(double[] logs) {
    if (isNone() || logs.length == 0) {
      throw new IllegalStateException("no fences: " + (isNone() ? "no screen" : "no amounts"));
    }
    double[] sorted = logs.clone();
    Arrays.sort(sorted);
    double q1 = Quantiles.ofSorted(sorted, 0.25);
    double q3 = Quantiles.ofSorted(sorted, 0.75);
    double iqr = q3 - q1;
    return new LogFences(q1 - fenceMultiplier * iqr, q3 + fenceMultiplier * iqr);
  }

  /**
   * Fences on the log scale.
   *
   * @param lower a log below it is removed as too low
   * @param upper a log above it is removed as too high
   */
  public record LogFences(double lower, double upper) {}

  /**
   * What a screen kept and removed.
   *
   * @param kept the records kept, in input order
   * @param removedLow records below the lower fence
   * @param removedHigh records above the upper fence
   * @param lowerFence lower fence on the screened amount (annual pay in the published currency)
   * @param upperFence upper fence on the screened amount
   */
  public record ScreenResult(
      List<PayRecord> kept, int removedLow, int removedHigh, double lowerFence, double upperFence) {
    public ScreenResult {
      kept = List.copyOf(kept);
    }
  }
}
