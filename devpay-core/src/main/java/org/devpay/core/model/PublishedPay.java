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

  /** Whether {@code text} has the form of an ISO 4217 currency code: three capitals A to Z. */
  public static boolean isIsoCode(String text) {
    return LetterCodes.isCapitals(text, 3);
  }

  /** The amount for a whole year in the published currency: amount × periods per year. */
  public double annualAmount() {
    return amount * period.periodsPerYear();
  }
}
