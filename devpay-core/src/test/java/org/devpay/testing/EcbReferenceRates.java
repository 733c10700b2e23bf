package org.devpay.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Yearly mean exchange rates recomputed in Java from the raw ECB file, independently of the derived
 * table devpay ships (scripts/reference/fx_yearly_rates.py): the expected values of conversion
 * tests.
 */
public final class EcbReferenceRates {
  private EcbReferenceRates() {}

  /**
   * US dollars per unit of {@code currency} in {@code year}: the mean over the year's ECB business
   * days of USD-per-EUR / X-per-EUR (of USD-per-EUR for EUR itself).
   */
  public static double yearlyMean(String currency, int year) {
    Path ecb = RealData.file("reference/exchange-rates-ecb/eurofxref-hist.csv");
    List<String> lines;
    try {
      lines = Files.readAllLines(ecb, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> header = List.of(lines.get(0).split(",", -1));
    int usd = header.indexOf("USD");
    int other = header.indexOf(currency);
    double sum = 0;
    int days = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (!cells[0].startsWith(year + "-") || cells[usd].equals("N/A")) {
        continue;
      }
      if (currency.equals("EUR")) {
        sum += Double.parseDouble(cells[usd]);
      } else if (!cells[other].equals("N/A")) {
        sum += Double.parseDouble(cells[usd]) / Double.parseDouble(cells[other]);
      } else {
        continue;
      }
      days++;
    }
    assertThat(days).as("ECB business days in %d", year).isGreaterThan(200);
    return sum / days;
  }
}
