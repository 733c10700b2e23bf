package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.stats.GroupedQuantiles.GroupedQuantile;

/**
 * Interval-aware quartiles of one role in an edition whose pay was published in bins: computed from
 * the bins by grouped-data interpolation ({@link org.devpay.core.stats.GroupedQuantiles}), next to
 * the bin-midpoint figures that pandas reproduces, so a reader sees both and which is which.
 *
 * @param role the role family
 * @param n rows in the cell (the "as published" rows; 0 when suppressed)
 * @param suppressed true when the disclosure control withholds the cell; then every figure is empty
 * @param p25 first quartile, annual, published currency
 * @param median median, annual, published currency
 * @param p75 third quartile, annual, published currency
 */
public record BinnedRoleCell(
    RoleFamily role,
    int n,
    boolean suppressed,
    Optional<GroupedQuantile> p25,
    Optional<GroupedQuantile> median,
    Optional<GroupedQuantile> p75) {
  /** How the figures are made, for reports. */
  public static final String METHOD =
      "grouped-data interpolation within the published bins (respondents assumed spread evenly"
          + " across their bin); a quantile in the open top bin is reported as its lower bound";

  public BinnedRoleCell {
    requireNonNull(role, "role is null");
    requireNonNull(p25, "p25 is null");
    requireNonNull(median, "median is null");
    requireNonNull(p75, "p75 is null");
    if (suppressed && (p25.isPresent() || median.isPresent() || p75.isPresent() || n != 0)) {
      throw new IllegalArgumentException("a suppressed cell carries no figures and no count");
    }
  }
}
