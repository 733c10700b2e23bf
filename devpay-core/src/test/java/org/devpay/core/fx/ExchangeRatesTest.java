package org.devpay.core.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.testing.EcbReferenceRates;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeRatesTest {
  private final ExchangeRates rates = ExchangeRates.fromResources();

  @Test
  void usdIsOneInEveryYear() {
    assertThat(rates.usdPerUnit("USD", 1990)).hasValue(1.0);
    assertThat(rates.usdPerUnit("usd", 2019)).hasValue(1.0);
  }

  @Test
  void unknownCurrencyOrYearHasNoRate() {
    assertThat(rates.usdPerUnit("XYZ", 2019)).isEmpty();
    assertThat(rates.usdPerUnit("EUR", 2009)).isEmpty();
    // NBP archives start in 2016, so UAH 2015 is deliberately absent.
    assertThat(rates.usdPerUnit("UAH", 2015)).isEmpty();
    // The ECB suspended RUB on 2022-03-01: two months are not a yearly average.
    assertThat(rates.usdPerUnit("RUB", 2022)).isEmpty();
  }

  /**
   * Recomputes figures independently from the raw ECB file: mean over the year's rows of USD/X (or
   * of USD for EUR). Tolerance 1e-9 relative: the same arithmetic, summed in a different order.
   */
  @ParameterizedTest
  @CsvSource({"EUR,2019", "GBP,2023", "INR,2022", "PLN,2020", "CHF,2017", "JPY,2015", "SEK,2025"})
  void matchesMeanOfDailyEcbCrossRates(String currency, int year) {
    double expected = EcbReferenceRates.yearlyMean(currency, year);
    assertThat(rates.usdPerUnit(currency, year).getAsDouble())
        .isCloseTo(expected, withPercentage(1e-7));
  }

  @Test
  void euroRateMatchesTheEcbPublishedMeans() {
    // exchange-rates-ecb/SOURCE.md, "Verified spot values": EUR/USD 2023 mean 1.0813, 2015 1.1095.
    assertThat(rates.usdPerUnit("EUR", 2023).getAsDouble()).isCloseTo(1.0813, within(5e-5));
    assertThat(rates.usdPerUnit("EUR", 2015).getAsDouble()).isCloseTo(1.1095, within(5e-5));
  }

  /**
   * The NBP cross rates for UAH agree with the World Bank's official (NBU-based) annual averages
   * within 0.5 %, except 2022-2023, when the NBU held a fixed official rate while NBP's quote
   * followed the market (exchange-rates-nbp/SOURCE.md, "Caveats"): there the tolerance is 1.5 %.
   */
  @Test
  void uahAgreesWithWorldBankAnnualAverages() throws IOException {
    Path worldBank =
        RealData.file("reference/exchange-rates-worldbank-extract/wb_pa_nus_fcrf_ukr_rus.csv");
    Map<Integer, Double> uahPerUsd = new TreeMap<>();
    for (String line : Files.readAllLines(worldBank, StandardCharsets.UTF_8)) {
      String[] cells = line.split(",");
      if (cells[0].equals("ukr")) {
        uahPerUsd.put(Integer.parseInt(cells[1]), Double.parseDouble(cells[2]));
      }
    }
    int compared = 0;
    for (int year = 2016; year <= 2024; year++) {
      double ours = 1 / rates.usdPerUnit("UAH", year).getAsDouble();
      double tolerancePercent = (year == 2022 || year == 2023) ? 1.5 : 0.5;
      assertThat(ours)
          .as("UAH per USD in %d", year)
          .isCloseTo(uahPerUsd.get(year), withPercentage(tolerancePercent));
      compared++;
    }
    assertThat(compared).isEqualTo(9);
  }
}
