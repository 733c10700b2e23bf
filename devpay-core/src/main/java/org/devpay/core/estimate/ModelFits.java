package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import org.devpay.core.stats.LinearFit;

/**
 * The fitted regressions behind one edition's model, for audits and independent checks: the model
 * of ln(pay) and the spread model of ln(|residual| + 0.01), with every coefficient.
 *
 * @param mean the fit of ln(pay)
 * @param spread the fit of ln(|residual| + 0.01) on the training rows
 * @param summary the model's summary and measured accuracy
 */
public record ModelFits(LinearFit mean, LinearFit spread, ModelSummary summary) {
  public ModelFits {
    requireNonNull(mean, "mean is null");
    requireNonNull(spread, "spread is null");
    requireNonNull(summary, "summary is null");
  }
}
