package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A stated pay as one edition reads it: annual, in the edition's currency, at the prices of the
 * year the edition's figures are for. Says each step, so the reader can check it.
 *
 * <p>Steps: the annual amount in the stated currency and pay year; deflated (or inflated) to the
 * survey year by a consumer price index (the stated currency's own when devpay has one, else the US
 * CPI after converting at the pay year's average rate); converted to the edition's currency at the
 * survey year's average rate.
 *
 * @param statedAnnual the stated pay for a year, in the stated currency
 * @param statedCurrency the stated currency
 * @param payYear the year whose money the stated pay is in
 * @param surveyYear the year the edition's figures are for
 * @param priceCurrency the currency whose price index adjusts the amount
 * @param priceFromYear the index year read for the pay year (the pay year, or the nearest covered)
 * @param priceToYear the index year read for the survey year (the survey year, or the nearest)
 * @param priceFactor index(priceToYear) / index(priceFromYear)
 * @param rateToUsdAtPayYear USD per unit of the stated currency at the pay year, when the US CPI
 *     adjusts a currency devpay has no price index for; 1 otherwise
 * @param exchangeRate units of the edition's currency per unit of the price currency, at the survey
 *     year's average rate
 * @param currency the edition's currency
 * @param annual the amount the edition reads, in its currency
 * @param usdPerUnit USD per unit of the edition's currency (the estimate's rate), for the one axis
 *     across editions
 * @param notes what was assumed, in words
 */
public record ConvertedPay(
    double statedAnnual,
    String statedCurrency,
    int payYear,
    int surveyYear,
    String priceCurrency,
    int priceFromYear,
    int priceToYear,
    double priceFactor,
    double rateToUsdAtPayYear,
    double exchangeRate,
    String currency,
    double annual,
    double usdPerUnit,
    List<String> notes) {
  public ConvertedPay {
    requireNonNull(statedCurrency, "statedCurrency is null");
    requireNonNull(priceCurrency, "priceCurrency is null");
    requireNonNull(currency, "currency is null");
    notes = List.copyOf(notes);
    if (!(annual > 0) || Double.isInfinite(annual)) {
      throw new IllegalArgumentException("converted pay must be positive: " + annual);
    }
  }

  /** The amount in US dollars at the edition's rate. */
  public double usd() {
    return annual * usdPerUnit;
  }

  /** The price adjustment in percent (−16.3 for a factor of 0.837). */
  public double priceChangePercent() {
    return 100 * (priceFactor - 1);
  }
}
