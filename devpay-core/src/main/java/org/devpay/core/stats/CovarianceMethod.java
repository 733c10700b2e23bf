package org.devpay.core.stats;

/** Which coefficient covariance a regression's t, p and intervals rest on, recorded in the fit. */
public enum CovarianceMethod {
  /**
   * MacKinnon and White's HC1: n/(n − k) · (X'WX)⁻¹ (Σ w_i e_i² x_i x_i') (X'WX)⁻¹, the White
   * sandwich with a degrees-of-freedom correction; statsmodels' {@code cov_type='HC1'}, Stata's
   * {@code robust}. MacKinnon JG, White H (1985) J. Econometrics 29(3):305–325,
   * doi:10.1016/0304-4076(85)90158-7.
   */
  HC1
}
