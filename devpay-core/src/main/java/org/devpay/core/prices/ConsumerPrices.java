package org.devpay.core.prices;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.devpay.core.resource.ResourceTable;

/**
 * Yearly consumer price indices (2020 = 100) per currency, so pay trends across survey years can be
 * stated in real terms (pay at 2020 prices) rather than mixing pay growth with inflation.
 *
 * <p>The shipped table {@code consumer-prices-yearly.csv} is derived by {@code
 * scripts/reference/consumer_prices.py}: USD from the annual mean of BLS CPI-U, EUR from Germany's
 * World Bank inflation series chained (the EUR survey devpay reads is Germany-centred). Its header
 * comments name the source files and their sha256. Immutable and thread-safe.
 */
public final class ConsumerPrices {
  static final String RESOURCE = "consumer-prices-yearly.csv";

  private final Map<String, Double> index;

  private ConsumerPrices(Map<String, Double> index) {
    this.index = Map.copyOf(index);
  }

  /** The indices shipped with devpay-core. */
  public static ConsumerPrices fromResources() {
    return Holder.SHIPPED;
  }

  /** Indices from a table with columns currency, year, index_2020. */
  public static ConsumerPrices fromTable(ResourceTable table) {
    int currency = table.column("currency");
    int year = table.column("year");
    int value = table.column("index_2020");
    Map<String, Double> out = new TreeMap<>();
    for (var row : table.rows()) {
      double level = Double.parseDouble(row.get(value));
      if (!(level > 0) || Double.isInfinite(level)) {
        throw new IllegalStateException(table.resource() + ": index must be > 0 in " + row);
      }
      out.put(key(row.get(currency), Integer.parseInt(row.get(year))), level);
    }
    return new ConsumerPrices(out);
  }

  /** The price index of {@code currency} in {@code year} (2020 = 100); empty when not covered. */
  public OptionalDouble index(String currency, int year) {
    requireNonNull(currency, "currency is null");
    Double level = index.get(key(currency, year));
    return level == null ? OptionalDouble.empty() : OptionalDouble.of(level);
  }

  /** Whether every one of these years has an index for the currency. */
  public boolean covers(String currency, Iterable<Integer> years) {
    for (int year : years) {
      if (index(currency, year).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * An amount of {@code year} at 2020 prices: amount × 100 / index(year).
   *
   * @throws IllegalArgumentException when the currency and year are not covered
   */
  public double atPricesOf2020(double amount, String currency, int year) {
    OptionalDouble level = index(currency, year);
    if (level.isEmpty()) {
      throw new IllegalArgumentException("no price index for " + currency + " " + year);
    }
    return amount * 100 / level.getAsDouble();
  }

  /** The latest year with an index for the currency; empty when the currency is not covered. */
  public java.util.OptionalInt latestYear(String currency) {
    requireNonNull(currency, "currency is null");
    String prefix = currency.strip().toUpperCase(Locale.ROOT) + ":";
    return index.keySet().stream()
        .filter(k -> k.startsWith(prefix))
        .mapToInt(k -> Integer.parseInt(k.substring(prefix.length())))
        .max();
  }

  /** The earliest year with an index for the currency; empty when the currency is not covered. */
  public java.util.OptionalInt earliestYear(String currency) {
    requireNonNull(currency, "currency is null");
    String prefix = currency.strip().toUpperCase(Locale.ROOT) + ":";
    return index.keySet().stream()
        .filter(k -> k.startsWith(prefix))
        .mapToInt(k -> Integer.parseInt(k.substring(prefix.length())))
        .min();
  }

  private static String key(String currency, int year) {
    return currency.strip().toUpperCase(Locale.ROOT) + ":" + year;
  }

  /** Lazy holder: the resource is parsed once, on first use. */
  private static final class Holder {
    static final ConsumerPrices SHIPPED =
        fromTable(ResourceTable.load(ConsumerPrices.class, RESOURCE));
  }
}
