package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.stats.Estimate;

/**
 * A ratio of two roles' medians within one dataset edition, with its bootstrap interval: the
 * back-end premium over front-end or full-stack.
 *
 * @param numerator the role on top (back-end)
 * @param denominator the role compared with
 * @param estimate the ratio and its interval; empty when a cell is too small or absent
 * @param direction what the interval says
 * @param note why the estimate is empty, or "" when present
 */
public record RatioFigure(
    RoleFamily numerator,
    RoleFamily denominator,
    Optional<Estimate> estimate,
    Direction direction,
    String note) {
  public RatioFigure {
    requireNonNull(numerator, "numerator is null");
    requireNonNull(denominator, "denominator is null");
    requireNonNull(estimate, "estimate is null");
    requireNonNull(direction, "direction is null");
    requireNonNull(note, "note is null");
  }
}
