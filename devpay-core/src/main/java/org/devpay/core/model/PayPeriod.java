package org.devpay.core.model;

/** The period a published pay amount refers to; annualisation multiplies by a fixed factor. */
public enum PayPeriod {
  YEAR(1),
  MONTH(12),
  WEEK(52);

  private final int periodsPerYear;

  PayPeriod(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /** Number of such periods in a year: 1, 12 or 52 (a 52-week year, as Stack Overflow uses). */
  public int periodsPerYear() {
    return periodsPerYear;
  }
}
