package org.devpay.core.stats;

/**
 * The quantile definitions devpay can compute, recorded in every output so a reader knows which one
 * a figure uses. There is one, on purpose: Hyndman and Fan's type 7, the default of R's {@code
 * quantile()}, NumPy, pandas and DuckDB's {@code quantile_cont}.
 */
public enum QuantileMethod {
  /**
   * Hyndman and Fan (1996) definition 7: for sorted x_1..x_n and probability p, h = (n − 1)p + 1
   * and Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋). doi:10.1080/00031305.1996.10473566.
   */
  HF7
}
