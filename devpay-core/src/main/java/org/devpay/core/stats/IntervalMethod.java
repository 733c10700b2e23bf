package org.devpay.core.stats;

/** How a confidence interval was computed, recorded beside every interval devpay prints. */
public enum IntervalMethod {
  /**
   * Bootstrap percentile interval: the α/2 and 1 − α/2 type-7 quantiles of the bootstrap replicates
   * (Efron and Tibshirani 1993, ch. 13).
   */
  BOOTSTRAP_PERCENTILE,
  /**
   * Bias-corrected and accelerated bootstrap interval ({@link BcaInterval}; Efron 1987,
   * doi:10.1080/01621459.1987.10478410).
   */
  BOOTSTRAP_BCA,
  /**
   * Distribution-free interval for a location shift by inverting the rank-sum test (Lehmann 1963;
   * Bauer 1972, doi:10.1080/01621459.1972.10481279): order statistics of the pairwise differences.
   */
  RANK_SUM_INVERSION,
  /** Wald interval with Student's t quantile on the residual degrees of freedom (regression). */
  WALD_STUDENT_T,
  /** Wald interval with the standard normal quantile (meta-analysis). */
  WALD_NORMAL,
  /**
   * Hartung-Knapp-Sidik-Jonkman interval of a random-effects pooled estimate: Student's t on k − 1
   * degrees of freedom with the weighted residual variance of the studies ({@link RandomEffects}).
   */
  HARTUNG_KNAPP_T,
  /**
   * Prediction interval for the effect in a new study (dataset) from a random-effects model: the
   * pooled estimate ± t_{k−1} √(SE² + τ²) ({@link RandomEffects}).
   */
  PREDICTION_T,
  /**
   * Wilson score interval of a proportion (Wilson 1927, doi:10.1080/01621459.1927.10502953), which
   * stays inside [0, 1] and keeps its coverage for small shares.
   */
  WILSON_SCORE
}
