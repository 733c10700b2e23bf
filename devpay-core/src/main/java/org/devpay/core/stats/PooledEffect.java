package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

/**
 * A random-effects pooled estimate across datasets ({@link RandomEffects}), with the heterogeneity
 * a reader needs to judge whether pooling makes sense.
 *
 * @param pooled the random-effects estimate with its normal (Wald) interval
 * @param standardError its standard error 1/√Σw*
 * @param fixedEffect the inverse-variance fixed-effect estimate
 * @param fixedEffectStandardError 1/√Σw
 * @param tauSquared between-study variance τ² (DerSimonian-Laird, truncated at 0)
 * @param q Cochran's Q
 * @param degreesOfFreedom k − 1
 * @param heterogeneityPValue P(χ²_{k−1} &gt; Q)
 * @param iSquared I², the share of variation due to heterogeneity, in [0, 1)
 * @param studies k
 * @param method how τ² was estimated
 */
public record PooledEffect(
    Estimate pooled,
    double standardError,
    double fixedEffect,
    double fixedEffectStandardError,
    double tauSquared,
    double q,
    int degreesOfFreedom,
    double heterogeneityPValue,
    double iSquared,
    int studies,
    Method method) {
  public PooledEffect {
    requireNonNull(pooled, "pooled is null");
    requireNonNull(method, "method is null");
    if (studies < 2) {
      throw new IllegalArgumentException("pooling needs at least two studies: " + studies);
    }
  }

  /** Two-sided p-value of a zero pooled effect, Wald and normal: 2Φ(−|estimate / SE|). */
  public double pValue() {
    return Math.min(1, 2 * StandardNormal.cdf(-Math.abs(pooled.estimate() / standardError)));
  }

  /** Between-study variance estimators. */
  public enum Method {
    /** DerSimonian and Laird's (1986) method of moments, doi:10.1016/0197-2456(86)90046-2. */
    DERSIMONIAN_LAIRD
  }
}
