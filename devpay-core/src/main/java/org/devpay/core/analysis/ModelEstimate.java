package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.devpay.core.stats.Coefficient;
import org.devpay.core.stats.CovarianceMethod;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.LinearFit;

/**
 * One coefficient of a log-pay regression, the figure an adjusted or unadjusted premium rests on: a
 * log difference with its HC1 interval, p-value and the size of the fit.
 *
 * @param logPremium the coefficient (log points) with its HC1 Student-t interval
 * @param standardError its HC1 standard error
 * @param pValue two-sided p-value of the coefficient being 0
 * @param rows rows in the fit
 * @param observations n = Σ frequency weights
 * @param parameters coefficients estimated
 * @param rSquared the fit's R²
 * @param droppedColumns columns dropped as collinear
 * @param covariance which standard errors: "HC1", or "CR1 clustered by company (G = 2,311)"
 */
public record ModelEstimate(
    Estimate logPremium,
    double standardError,
    double pValue,
    long rows,
    double observations,
    int parameters,
    double rSquared,
    List<String> droppedColumns,
    String covariance) {
  public ModelEstimate {
    requireNonNull(logPremium, "logPremium is null");
    droppedColumns = List.copyOf(droppedColumns);
    requireNonNull(covariance, "covariance is null");
  }

  /**
   * The coefficient {@code name} of a fit, or empty when the fit has none (dropped as collinear).
   */
  public static Optional<ModelEstimate> of(LinearFit fit, String name) {
    if (!fit.has(name)) {
      return Optional.empty();
    }
    Coefficient c = fit.coefficient(name);
    return Optional.of(
        new ModelEstimate(
            fit.estimate(name),
            c.standardError(),
            c.pValue(),
            fit.rows(),
            fit.observations(),
            fit.parameters(),
            fit.rSquared(),
            fit.droppedColumns(),
            fit.covarianceMethod() == CovarianceMethod.CLUSTER_CR1
                ? String.format(
                    java.util.Locale.ROOT,
                    "CR1 clustered by %s (G = %,d)",
                    fit.clusterName(),
                    fit.clusters())
                : "HC1"));
  }

  /** The premium as a percentage: 100 (e^β − 1). */
  public double percent() {
    return Premium.percent(logPremium.estimate());
  }

  public double percentLower() {
    return Premium.percent(logPremium.lower());
  }

  public double percentUpper() {
    return Premium.percent(logPremium.upper());
  }
}
