package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of a two-sided Mann-Whitney U test ({@link MannWhitney}), with the group sizes and
 * the approximation used, so a verdict can quote n and how p was computed.
 *
 * @param firstSize n₁
 * @param secondSize n₂
 * @param statistic U₁, the first group's U (SciPy's {@code statistic})
 * @param z the standardised max(U₁, U₂) with tie and continuity corrections (0 when every value is
 *     tied)
 * @param pValue two-sided p-value (1 when every value is tied)
 * @param method how the p-value was computed
 */
public record MannWhitneyResult(
    int firstSize, int secondSize, double statistic, double z, double pValue, PValueMethod method) {
  public MannWhitneyResult {
    requireNonNull(method, "method is null");
    if (firstSize < 1 || secondSize < 1) {
      throw new IllegalArgumentException("group sizes must be positive");
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("p-value must be in [0, 1]: " + pValue);
    }
  }

  /**
   * U₁ / (n₁n₂): the probability that a random value of the first group exceeds one of the second,
   * ties counting one half (the common-language effect size, McGraw and Wong 1992).
   */
  public double probabilityOfSuperiority() {
    return statistic / ((double) firstSize * secondSize);
  }

  /** The approximations a rank test's p-value can come from. */
  public enum PValueMethod {
    /** Normal approximation, tie-corrected variance, continuity correction 0.5; two-sided. */
    NORMAL_TIE_AND_CONTINUITY_CORRECTED
  }
}
