package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

/**
 * A random-effects pooled estimate across datasets ({@link RandomEffects}), with the heterogeneity
 * a reader needs to judge whether pooling makes sense, the Hartung-Knapp-Sidik-Jonkman interval
 * that keeps its coverage with few studies, and the prediction interval for a new dataset.
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
 * @param hartungKnapp the same estimate with the Hartung-Knapp-Sidik-Jonkman t interval
 * @param hartungKnappStandardError √(Σw*(y − ȳ)² / ((k − 1) Σw*))
 * @param prediction the prediction interval for the effect in a new study, ȳ ± t_{k−1} √(SE_HK² +
 *     τ²) (metafor's {@code predict()} of a {@code test="knha"} fit)
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
    Method method,
    Estimate hartungKnapp,
    double hartungKnappStandardError,
    Estimate prediction) {
  public PooledEffect {
    requireNonNull(pooled, "pooled is null");
    requireNonNull(method, "method is null");
    requireNonNull(hartungKnapp, "hartungKnapp is null");
    requireNonNull(prediction, "prediction is null");
    if (studies < 2) {
      throw new IllegalArgumentException("pooling needs at least two studies: " + studies);
    }
  }

  /** Two-sided p-value of a zero pooled effect, Wald and normal: 2Φ(−|estimate / SE|). */
  public double pValue() {
    return Math.min(1, 2 * StandardNormal.cdf(-Math.abs(pooled.estimate() / standardError)));
  }

  /**
   * Two-sided p-value of a zero pooled effect by the Hartung-Knapp-Sidik-Jonkman test: 2 P(T_{k−1}
   * &gt; |estimate / SE_HK|) (metafor's {@code pval} with {@code test="knha"}).
   */
  public double hartungKnappPValue() {
    if (hartungKnappStandardError == 0) {
      return pooled.estimate() == 0 ? 1 : 0;
    }
    double t = Math.abs(pooled.estimate() / hartungKnappStandardError);
    return Math.min(
        1,
        2
            * new org.apache.commons.math3.distribution.TDistribution(null, degreesOfFreedom, 1e-15)
                .cumulativeProbability(-t));
  }

  /** The fixed-effect (inverse-variance) estimate with its normal interval. */
  public Estimate fixedEffectEstimate() {
    double half = -StandardNormal.inverse((1 - pooled.confidence()) / 2) * fixedEffectStandardError;
    return new Estimate(
        fixedEffect,
        fixedEffect - half,
        fixedEffect + half,
        pooled.confidence(),
        IntervalMethod.WALD_NORMAL,
        0,
        0);
  }

  /** Between-study variance estimators. */
  public enum Method {
    /** DerSimonian and Laird's (1986) method of moments, doi:10.1016/0197-2456(86)90046-2. */
    DERSIMONIAN_LAIRD
  }
}
