package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatCatalogTest {
  @Test
  void describesEveryRegisteredFormatWithItsOwnDataset() {
    FormatCatalog catalog = FormatCatalog.standard();
    for (SourceAdapter adapter : AdapterRegistry.standard().adapters()) {
      assertThat(catalog.describe(adapter.formatId()))
          .as("catalog entry for %s", adapter.formatId())
          .hasValueSatisfying(
              d -> {
                assertThat(d.datasetId()).isEqualTo(adapter.datasetId());
                assertThat(d.licence()).isNotBlank();
                assertThat(d.payField()).isNotBlank();
              });
    }
  }
}
