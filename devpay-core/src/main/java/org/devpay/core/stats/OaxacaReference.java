package org.devpay.core.stats;

/**
 * Which non-discriminatory coefficients an Oaxaca-Blinder decomposition uses, recorded in its
 * result because the split between explained and unexplained depends on it.
 */
enum OaxacaReference {
  /**
   * The pooled regression over both groups with a group indicator, whose coefficient is left out
   * (Jann 2008, doi:10.1177/1536867X0800800401, {@code oaxaca ..., pooled}; statsmodels {@code
   * two_fold_type='pooled'}). Neumark (1988) pooled without the indicator, which lets the group
   * effect leak into the other coefficients.
   */
  POOLED_WITH_GROUP_INDICATOR
}
