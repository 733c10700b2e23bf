package org.devpay.core.fx;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.devpay.core.resource.ResourceTable;

/**
 * Yearly average exchange rates in US dollars per unit of a currency, so pay from any survey year
 * converts to USD at that year's average rate (DESIGN.md, "Statistical conventions").
 *
 * <p>The shipped table {@code usd-per-unit-yearly.csv} is derived by {@code
 * scripts/reference/fx_yearly_rates.py}: the mean over a year's ECB business days of the daily
 * cross rate USD-per-EUR / X-per-EUR, and for UAH the mean of NBP Table A daily cross rates. Its
 * header comments name the source files and their sha256. Immutable and thread-safe.
 */
public final class ExchangeRates {
  static final String RESOURCE = "usd-per-unit-yearly.csv";

  /** Key "CUR:year" in a sorted map, so iteration (and any dump of the table) is deterministic. */
  private final Map<String, Double> usdPerUnit;

  private ExchangeRates(Map<String, Double> usdPerUnit) {
    this.usdPerUnit = Map.copyOf(usdPerUnit);
  }

  /** The rates shipped with devpay-core. */
  public static ExchangeRates fromResources() {
    return Holder.SHIPPED;
  }

  /** Rates from a table with columns currency, year, usd_per_unit (used by tests). */
  public static ExchangeRates fromTable(ResourceTable table) {
    int currency = table.column("currency");
    int year = table.column("year");
    int rate = table.column("usd_per_unit");
    Map<String, Double> rates = new TreeMap<>();
    for (var row : table.rows()) {
      double value = Double.parseDouble(row.get(rate));
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new IllegalStateException(table.resource() + ": rate must be > 0 in " + row);
      }
      rates.put(key(row.get(currency), Integer.parseInt(row.get(year))), value);
    }
    return new ExchangeRates(rates);
  }

  /**
   * US dollars per one unit of {@code currency} averaged over {@code year}; USD is always 1. Empty
   * when the table has no rate for that currency and year (for example UAH before 2016, RUB after
   * 2021, or a year not yet covered).
   */
  public OptionalDouble usdPerUnit(String currency, int year) {
    requireNonNull(currency, "currency is null");
    String code = currency.strip().toUpperCase(Locale.ROOT);
    if (code.equals("USD")) {
      return OptionalDouble.of(1.0);
    }
    Double rate = usdPerUnit.get(key(code, year));
    return rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate);
  }

  /**
   * The years for which the table has a rate for {@code currency}, ascending; every year is
   * possible for USD, which is always 1, so it returns an empty set for USD.
   */
  public java.util.SortedSet<Integer> yearsOf(String currency) {
    requireNonNull(currency, "currency is null");
    String prefix = currency.strip().toUpperCase(Locale.ROOT) + ":";
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
    for (String key : usdPerUnit.keySet()) {
      if (key.startsWith(prefix)) {
        years.add(Integer.parseInt(key.substring(prefix.length())));
      }
    }
    return years;
  }

  /** Every currency with a rate in some year, and USD; sorted. */
  public java.util.SortedSet<String> currencies() {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    out.add("USD");
    usdPerUnit.keySet().forEach(key -> out.add(key.substring(0, key.indexOf(':'))));
    return java.util.Collections.unmodifiableSortedSet(out);
  }

  private static String key(String currency, int year) {
    return currency + ":" + year;
  }

  /** Lazy holder: the resource is parsed once, on first use. */
  private static final class Holder {
    static final ExchangeRates SHIPPED =
        fromTable(ResourceTable.load(ExchangeRates.class, RESOURCE));
  }
}
