package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.stats.Estimate;

/**
 * Pay of one role in one dataset edition: n and the quartiles. When n is below the privacy floor
 * the figures are empty and {@code suppressed} says why.
 *
 * @param role the role family
 * @param n rows in the cell (0 when suppressed: a withheld cell states no count)
 * @param respondents sum of frequency weights (equals n for survey rows; 0 when suppressed)
 * @param suppressed true when the disclosure control withholds the cell (fewer than k rows, or
 *     figures that could be differenced against others); then every figure is empty
 * @param p25 first quartile of annual pay, published currency
 * @param median median of annual pay, published currency
 * @param p75 third quartile of annual pay, published currency
 * @param medianUsd median of annual pay in USD at the survey year's rate
 * @param medianInterval the median with its bootstrap interval, published currency
 */
public record RoleCell(
    RoleFamily role,
    int n,
    double respondents,
    boolean suppressed,
    OptionalDouble p25,
    OptionalDouble median,
    OptionalDouble p75,
    OptionalDouble medianUsd,
    Optional<Estimate> medianInterval) {
  public RoleCell {
    requireNonNull(role, "role is null");
    requireNonNull(p25, "p25 is null");
    requireNonNull(median, "median is null");
    requireNonNull(p75, "p75 is null");
    requireNonNull(medianUsd, "medianUsd is null");
    requireNonNull(medianInterval, "medianInterval is null");
    if (suppressed
        && (median.isPresent()
            || p25.isPresent()
            || p75.isPresent()
            || medianUsd.isPresent()
            || medianInterval.isPresent()
            || n != 0
            || respondents != 0)) {
      throw new IllegalArgumentException("a suppressed cell carries no figures and no count");
    }
  }
}
