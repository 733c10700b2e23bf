package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import org.devpay.core.stats.Estimate;

/**
 * One edition's own estimate of a claim's effect (or one source's trend), in the measure's unit,
 * with the side of the claim's line its interval lies on: the per-edition figures a pooled verdict
 * rests on, so a reader sees which datasets go which way.
 *
 * @param edition "dataset edition", or the source of a trend
 * @param value the estimate and its interval in the measure's unit (percent, pp a year)
 * @param logEstimate the estimate on the model scale (log points, or a share per year)
 * @param standardError its standard error on the model scale
 * @param pValue two-sided p-value of a zero effect
 * @param rows rows behind it
 * @param covariance which standard errors ("HC1", "CR1 clustered by company (G = ...)")
 * @param side where its interval lies against the claim's line
 * @param tooFew true below {@link ConfidenceLabel#MINIMUM_ROWS} rows
 */
public record EditionFigure(
    String edition,
    Estimate value,
    double logEstimate,
    double standardError,
    double pValue,
    long rows,
    String covariance,
    DecisionRule.Side side,
    boolean tooFew) {
  public EditionFigure {
    requireNonNull(edition, "edition is null");
    requireNonNull(value, "value is null");
    requireNonNull(covariance, "covariance is null");
    requireNonNull(side, "side is null");
  }
}
