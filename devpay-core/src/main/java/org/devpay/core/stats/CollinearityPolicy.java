package org.devpay.core.stats;

/**
 * What a regression does with a column that is (numerically) a linear combination of earlier
 * columns, recorded so a reader knows whether a coefficient is missing on purpose.
 */
enum CollinearityPolicy {
  /** Throw an IllegalArgumentException naming the collinear columns (the default). */
  REJECT,
  /**
   * Drop each collinear column, in column order, and list it in {@link LinearFit#droppedColumns()}
   * (R's {@code lm} reports such coefficients as NA).
   */
  DROP
}
