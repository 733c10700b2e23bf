package org.devpay.core.claims;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.devpay.core.analysis.PayTrends;

/** Which effect a claim is tested on, and the unit its decision rule is stated in. */
public enum Measure {
  /**
   * The focal group's log pay premium over the baseline with the controls held fixed (OLS, HC1),
   * pooled across editions (DerSimonian-Laird); rule in percent: 100(e^β − 1).
   */
  ADJUSTED_LOG_PREMIUM("adjusted_log_premium", "%"),
  /** The same without controls (the difference in mean log pay); rule in percent. */
  UNADJUSTED_LOG_PREMIUM("unadjusted_log_premium", "%"),
  /**
   * Change of the focal role's pay at 2020 prices (in the local currency: DOU's USD pay priced in
   * UAH) per year, holding experience, seniority, location and employment fixed, pooled across
   * sources that span years; rule in percent a year.
   */
  REAL_PAY_GROWTH("real_pay_growth", "% a year"),
  /**
   * Change of the focal role's pay in the published currency per year, with the same controls,
   * pooled across sources that span years; rule in percent a year.
   */
  NOMINAL_PAY_GROWTH("nominal_pay_growth", "% a year"),
  /**
   * Change of the focal role's share of respondents per year, pooled across sources that span
   * years; rule in percentage points a year.
   */
  ROLE_SHARE_CHANGE("role_share_change", " pp a year");

  private final String id;
  private final String unit;

  Measure(String id, String unit) {
    this.id = id;
    this.unit = unit;
  }

  public String id() {
    return id;
  }

  /** Whether it is measured over the years of sources that span years ({@link PayTrends}). */
  public boolean trend() {
    return this == REAL_PAY_GROWTH || this == NOMINAL_PAY_GROWTH || this == ROLE_SHARE_CHANGE;
  }

  /** The unit of the effect and of the decision rule's thresholds, as printed after a number. */
  public String unit() {
    return unit;
  }

  /** Converts a model coefficient into this measure's display unit. */
  public double display(double coefficient) {
    return this == ROLE_SHARE_CHANGE ? 100 * coefficient : 100 * Math.expm1(coefficient);
  }

  public static Optional<Measure> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.id.equals(t)).findFirst();
  }
}
