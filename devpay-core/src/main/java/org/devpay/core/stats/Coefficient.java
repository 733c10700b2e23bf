package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

/**
 * One regression coefficient with its HC1 (heteroskedasticity-robust) and classical standard
 * errors; t, p and the interval use the robust error and Student's t on the residual degrees of
 * freedom ({@link LinearFit}).
 *
 * @param name column name: {@code (Intercept)}, a covariate name, or {@code factor=level}
 * @param estimate β
 * @param standardError HC1 standard error
 * @param classicalStandardError √(σ̂² (X'WX)⁻¹) under homoskedasticity
 * @param t β / standardError
 * @param pValue two-sided p-value of t on n − k degrees of freedom
 * @param lower β − t_{n−k, 1−α/2} · standardError
 * @param upper β + t_{n−k, 1−α/2} · standardError
 */
public record Coefficient(
    String name,
    double estimate,
    double standardError,
    double classicalStandardError,
    double t,
    double pValue,
    double lower,
    double upper) {
  public Coefficient {
    requireNonNull(name, "name is null");
  }
}
