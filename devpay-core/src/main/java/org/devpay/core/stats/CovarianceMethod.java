package org.devpay.core.stats;

/** Which coefficient covariance a regression's t, p and intervals rest on, recorded in the fit. */
public enum CovarianceMethod {
  /**
   * MacKinnon and White's HC1: n/(n − k) · (X'WX)⁻¹ (Σ w_i e_i² x_i x_i') (X'WX)⁻¹, the White
   * sandwich with a degrees-of-freedom correction; statsmodels' {@code cov_type='HC1'}, Stata's
   * {@code robust}. MacKinnon JG, White H (1985) J. Econometrics 29(3):305–325,
   * doi:10.1016/0304-4076(85)90158-7.
   */
  HC1,
  /**
   * Cluster-robust CR1: G/(G − 1) · (n − 1)/(n − k) · (X'WX)⁻¹ (Σ_g u_g u_g') (X'WX)⁻¹ with u_g =
   * Σ_{i∈g} w_i e_i x_i over the G clusters, and t on G − 1 degrees of freedom; statsmodels' {@code
   * cov_type='cluster'} with {@code use_t=True}, Stata's {@code vce(cluster)}. For rows that are
   * not independent people (Glassdoor's company × title × city cells share a company's pay policy).
   * Liang KY, Zeger SL (1986) Biometrika 73(1):13–22, doi:10.1093/biomet/73.1.13; Cameron AC,
   * Miller DL (2015) J Human Resources 50(2):317–372, doi:10.3368/jhr.50.2.317.
   */
  CLUSTER_CR1
}
