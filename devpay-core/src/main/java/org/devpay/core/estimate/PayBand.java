package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

/**
 * P10, P50 and P90 of annual pay in one currency: the band that holds the stated share of
 * respondents like the profile, and its median.
 *
 * @param currency ISO 4217 code
 * @param p10 the band's lower end
 * @param p50 the median
 * @param p90 the band's upper end
 */
public record PayBand(String currency, double p10, double p50, double p90) {
  public PayBand {
    requireNonNull(currency, "currency is null");
    if (!(p10 > 0 && p10 <= p50 && p50 <= p90) || Double.isInfinite(p90)) {
      throw new IllegalArgumentException(
          "a band needs 0 < P10 <= P50 <= P90 < infinity: " + p10 + ", " + p50 + ", " + p90);
    }
  }

  /** The same band in another currency at a rate (units of the other currency per unit). */
  public PayBand times(double rate, String otherCurrency) {
    return new PayBand(otherCurrency, p10 * rate, p50 * rate, p90 * rate);
  }
}
