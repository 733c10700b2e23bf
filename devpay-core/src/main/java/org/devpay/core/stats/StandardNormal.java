package org.devpay.core.stats;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal distribution function and its inverse to full double precision, shared by the
 * BCa interval, the rank tests and the meta-analysis so that all of them agree with SciPy's {@code
 * ndtr} and {@code ndtri}.
 */
final class StandardNormal {
  private static final double SQRT2 = Math.sqrt(2);
  private static final double SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

  private StandardNormal() {}

  /** Φ(x) = erfc(−x/√2)/2, accurate in both tails. */
  static double cdf(double x) {
    return 0.5 * Erf.erfc(-x / SQRT2);
  }

  /** 1 − Φ(x) = erfc(x/√2)/2, accurate in the upper tail where 1 − cdf(x) would cancel. */
  static double survival(double x) {
    return 0.5 * Erf.erfc(x / SQRT2);
  }

  /**
   * Φ⁻¹(p): commons-math's erfInv (Giles 2010), then one Newton step on Φ, which brings the
   * approximation's error down to rounding. Φ⁻¹(0) = −∞ and Φ⁻¹(1) = +∞.
   */
  static double inverse(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double x = SQRT2 * Erf.erfInv(2 * p - 1);
    if (!Double.isFinite(x)) {
      // 2p − 1 rounds to ±1 for p within 1e-17 of 0 or 1; start from the tail expansion instead.
      double tail = Math.min(p, 1 - p);
      double t = Math.sqrt(-2 * Math.log(tail));
      x = p < 0.5 ? -t : t;
    }
    double density = Math.exp(-0.5 * x * x) / SQRT_TWO_PI;
    if (density > 0) {
      // Φ(x) − p, computed in the tail where it does not cancel.
      double error = p < 0.5 ? cdf(x) - p : (1 - p) - survival(x);
      x -= error / density;
    }
    return x;
  }
}
