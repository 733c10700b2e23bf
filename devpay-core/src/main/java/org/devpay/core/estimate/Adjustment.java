package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

/**
 * One step of an estimate's explanation: how much one fact moves the model's prediction, on the log
 * scale, from the average respondent of the comparable cell to the profile ("+8% for listing AWS,
 * which 23% of the cell list").
 *
 * @param term the term (years, seniority, survey year, industry, a skill, skills not listed, place)
 * @param description what is compared, in words
 * @param logEffect the difference in ln(pay)
 */
public record Adjustment(String term, String description, double logEffect) {
  public Adjustment {
    requireNonNull(term, "term is null");
    requireNonNull(description, "description is null");
    if (!Double.isFinite(logEffect)) {
      throw new IllegalArgumentException("an adjustment must be finite: " + logEffect);
    }
  }

  /** The effect as a percentage change of pay: 100 (exp(logEffect) − 1). */
  public double percent() {
    return 100 * Math.expm1(logEffect);
  }
}
