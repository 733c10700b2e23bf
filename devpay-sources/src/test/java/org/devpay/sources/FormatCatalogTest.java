package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.devpay.sources.catalog.DatasetCatalog;
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
                assertThat(d.title()).isNotBlank();
                assertThat(d.licence()).isNotBlank();
                assertThat(d.payField()).isNotBlank();
              });
    }
  }

  @Test
  void aFormatWithoutATitleOfItsOwnIsCitedByItsDatasetsTitle() {
    FormatCatalog catalog = FormatCatalog.standard();
    DatasetCatalog datasets = DatasetCatalog.standard();

    assertThat(catalog.describe("so-survey/2024").orElseThrow().title())
        .isEqualTo(datasets.require("so-survey-2024").title())
        .isEqualTo("Stack Overflow Developer Survey 2024");
    assertThat(catalog.describe("glassdoor-india/2022").orElseThrow().title())
        .isEqualTo(datasets.require("glassdoor-india").title());
    // An edition's own title is kept.
    assertThat(catalog.describe("it-salary-survey-eu/2019").orElseThrow().title())
        .isEqualTo("IT Salary Survey EU (December 2019)");
  }
}
