package org.devpay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
  @Test
  void theOptionWinsOverTheEnvironmentVariable() {
    StoreLocation location =
        StoreLocation.resolve(
            Optional.of(Path.of("/data/option.duckdb")), Map.of("DEVPAY_DB", "/data/env.duckdb"));

    assertThat(location)
        .isEqualTo(new StoreLocation(Path.of("/data/option.duckdb"), StoreLocation.Origin.OPTION));
  }

  @Test
  void theEnvironmentVariableIsUsedWhenThereIsNoOption() {
    StoreLocation location =
        StoreLocation.resolve(Optional.empty(), Map.of("DEVPAY_DB", " /data/env.duckdb "));

    assertThat(location)
        .isEqualTo(
            new StoreLocation(Path.of("/data/env.duckdb"), StoreLocation.Origin.ENVIRONMENT));
  }

  @Test
  void withNeitherTheStoreIsDevpayDuckdbInTheWorkingDirectory() {
    StoreLocation location = StoreLocation.resolve(Optional.empty(), Map.of("HOME", "/root"));

    assertThat(location)
        .isEqualTo(new StoreLocation(Path.of("devpay.duckdb"), StoreLocation.Origin.DEFAULT));
  }

  @Test
  void aBlankEnvironmentVariableCountsAsUnset() {
    StoreLocation location = StoreLocation.resolve(Optional.empty(), Map.of("DEVPAY_DB", "  "));

    assertThat(location.origin()).isEqualTo(StoreLocation.Origin.DEFAULT);
  }

  @Test
  void anEmptyOptionIsAUserInputError() {
    assertThatThrownBy(() -> StoreLocation.resolve(Optional.of(Path.of("")), Map.of()))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER_INPUT));
  }
}
