package org.devpay.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where a pay stands in a group, as {@link LocatorDisclosure} lets it be published: the share of
 * the group paid less, as a band of whole percentage points, with an interval, and the group's
 * distribution as the quantiles at the band edges (the only points of it anything reveals).
 *
 * @param low the band's lower end, a share in [0, 1]; equals {@code high} when uncontrolled
 * @param high the band's upper end
 * @param intervalLow lower end of the 95% interval of the share
 * @param intervalHigh upper end of the 95% interval of the share
 * @param step the band's width in percentage points (0 when uncontrolled: an exact share)
 * @param rows rows in the group
 * @param bandwidth the smoothing kernel's standard deviation on the group's scale (0 when
 *     uncontrolled)
 * @param quantiles the group's quantiles at the band edges (every step points), as ln pay for the
 *     profile asked about; at every 5 points when uncontrolled
 * @param controlled whether the figure went through the disclosure control (false only in attack
 *     tests)
 */
public record LocatedShare(
    double low,
    double high,
    double intervalLow,
    double intervalHigh,
    int step,
    int rows,
    double bandwidth,
    List<Quantile> quantiles,
    boolean controlled) {
  public LocatedShare {
    if (!(0 <= low && low <= high && high <= 1)) {
      throw new IllegalArgumentException("shares must satisfy 0 <= low <= high <= 1");
    }
    if (!(0 <= intervalLow && intervalLow <= intervalHigh && intervalHigh <= 1)) {
      throw new IllegalArgumentException("interval must lie in [0, 1]");
    }
    requireNonNull(quantiles, "quantiles is null");
    quantiles = List.copyOf(quantiles);
  }

  /**
   * One point of the group's distribution.
   *
   * @param share the quantile's level
   * @param logPay ln of the annual pay at that level
   */
  public record Quantile(double share, double logPay) {}

  /** The band's middle (the exact share when uncontrolled). */
  public double middle() {
    return (low + high) / 2;
  }
}
