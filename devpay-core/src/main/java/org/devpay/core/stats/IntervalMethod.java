package org.devpay.core.stats;

/** How a confidence interval was computed, recorded beside every interval devpay prints. */
public enum IntervalMethod {
  /**
   * Bootstrap percentile interval: the α/2 and 1 − α/2 type-7 quantiles of the bootstrap replicates
   * (Efron and Tibshirani 1993, ch. 13).
   */
  BOOTSTRAP_PERCENTILE
}
