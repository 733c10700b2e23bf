package org.devpay.core.model;

/** The period a published pay amount refers to; annualisation multiplies by a fixed factor. */
public enum PayPeriod {
  YEAR(1),
  MONTH(12),
  WEEK(52),
  /** An hourly rate: a full-time year of 52 weeks of 40 hours. */
  HOUR(2_080);

  private final int periodsPerYear;

  PayPeriod(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /**
   * Number of such periods in a year: 1, 12, 52 (a calendar year of weeks) or 2,080 (52 weeks of 40
   * hours). Stack Overflow's own yearly figures assume 50 working weeks; its adapter keeps that
   * rule for the respondent's own answer, so this factor is not applied to Stack Overflow pay.
   */
  public int periodsPerYear() {
    return periodsPerYear;
  }
}
