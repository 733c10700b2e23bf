package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.TaxBasis;

/**
 * The pay someone asks about ("I earn 65,000 EUR a year: where does that stand?"), in their own
 * currency and period, in the money of one year. Net or gross and base or total are optional: when
 * given, editions of another basis are not asked; when not, each edition reads the amount on its
 * own basis and says which.
 *
 * @param amount the amount, per period, > 0
 * @param currency ISO 4217 code, upper case
 * @param period the period the amount is for (a year or a month)
 * @param payYear the year whose money the amount is in (for the price adjustment)
 * @param basis gross or net, when stated
 * @param scope base or total, when stated
 */
public record StatedPay(
    double amount,
    String currency,
    PayPeriod period,
    int payYear,
    Optional<TaxBasis> basis,
    Optional<PayScope> scope) {
  /**
   * Checks the amount and the currency's form.
   *
   * @throws IllegalArgumentException on an amount that is not a positive finite number, a currency
   *     that is not three letters, or a year outside 1990 to 2100
   */
  public StatedPay {
    if (!(amount > 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("pay must be a positive number: " + amount);
    }
    requireNonNull(currency, "currency is null");
    currency = currency.strip().toUpperCase(Locale.ROOT);
    if (!PublishedPay.isIsoCode(currency)) {
      throw new IllegalArgumentException(
          "currency must be a three-letter ISO 4217 code such as EUR: " + currency);
    }
    requireNonNull(period, "period is null");
    if (payYear < 1990 || payYear > 2100) {
      throw new IllegalArgumentException("pay year must be between 1990 and 2100: " + payYear);
    }
    requireNonNull(basis, "basis is null");
    requireNonNull(scope, "scope is null");
  }

  /** The amount for a whole year. */
  public double annual() {
    return amount * period.periodsPerYear();
  }
}
