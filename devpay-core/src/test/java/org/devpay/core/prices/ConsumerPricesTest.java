package org.devpay.core.prices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumerPricesTest {
  private final ConsumerPrices prices = ConsumerPrices.fromResources();

  @Test
  void usdIndicesAreBlsAnnualAveragesRebasedTo2020() {
    // BLS CPI-U annual averages verified in ../shared/data/reference/cpi-us-bls/SOURCE.md:
    // 2017 245.120, 2020 258.811, 2021 270.970 (the table keeps four decimals).
    assertThat(prices.index("USD", 2020).getAsDouble()).isEqualTo(100.0);
    assertThat(prices.index("USD", 2017).getAsDouble())
        .isCloseTo(100 * 245.120 / 258.811, within(1e-3));
    assertThat(prices.index("USD", 2021).getAsDouble())
        .isCloseTo(100 * 270.970 / 258.811, within(1e-3));
  }

  @Test
  void payIsStatedAtPricesOf2020AndUncoveredYearsAreRefused() {
    assertThat(prices.atPricesOf2020(100_000, "usd", 2020)).isEqualTo(100_000);
    assertThat(prices.atPricesOf2020(100_000, "USD", 2017))
        .isCloseTo(100_000 * 258.811 / 245.120, within(1.0));
    assertThat(prices.covers("EUR", List.of(2017, 2018, 2019, 2020))).isTrue();
    assertThat(prices.covers("UAH", List.of(2025))).isFalse();
    assertThatThrownBy(() -> prices.atPricesOf2020(1, "EUR", 1999))
        .hasMessageContaining("no price index for EUR 1999");
  }
}
