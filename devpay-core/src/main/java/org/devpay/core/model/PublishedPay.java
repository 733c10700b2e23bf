package org.devpay.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Pay exactly as the source published it, before annualisation or currency conversion, so every
 * normalized figure can be traced back to what the respondent said.
 *
 * @param amount the amount, > 0 (for a binned answer, the value the source gives for the bin)
 * @param currency ISO 4217 code of the published amount
 * @param period the period the amount covers
 * @param basis gross or net of income tax
 * @param scope base salary or total compensation
 * @param range the bin, when the source publishes pay in bins
 */
public record PublishedPay(
    double amount,
    String currency,
    PayPeriod period,
    TaxBasis basis,
    PayScope scope,
    Optional<PayRange> range) {
  public PublishedPay {
    if (!(amount > 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("amount must be finite and > 0: " + amount);
    }
    requireNonNull(currency, "currency is null");
    if (!isIsoCode(currency)) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
    }
    requireNonNull(period, "period is null");
    requireNonNull(basis, "basis is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(range, "range is null");
  }

  /**
   * Whether the text is an ISO 4217 code's form, three capitals A to Z (the regex [A-Z]{3}, checked
   * without one: every record made, at ingest and at every read, checks its currency).
   */
  static boolean isIsoCode(String text) {
    return text.length() == 3
        && capital(text.charAt(0))
        && capital(text.charAt(1))
        && capital(text.charAt(2));
  }

  private static boolean capital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** The amount for a whole year in the published currency: amount × periods per year. */
  public double annualAmount() {
    return amount * period.periodsPerYear();
  }
}
