package org.devpay.sources.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Sha256;
import org.devpay.sources.SourceAdapter;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {
  private final DatasetCatalog catalog = DatasetCatalog.standard();

  @Test
  void everyDatasetAnAdapterReadsIsCatalogued() {
    for (SourceAdapter adapter : AdapterRegistry.standard().adapters()) {
      assertThat(catalog.find(adapter.datasetId())).as(adapter.formatId()).isPresent();
    }
  }

  @Test
  void everyDatasetOfTheSharedDataDirectoryIsCatalogued() {
    List<String> folders = RealData.datasetFolders();
    Set<String> catalogued =
        catalog.datasets().stream()
            .flatMap(d -> d.localFolder().stream())
            .collect(Collectors.toSet());

    assertThat(folders).isNotEmpty();
    assertThat(catalogued).containsAll(folders);
  }

  @Test
  void everyLocalCopyMatchesItsRecordedChecksumAndSize() throws IOException {
    int checked = 0;
    for (Dataset dataset : catalog.datasets()) {
      if (dataset.localFolder().isEmpty()) {
        continue;
      }
      for (DatasetFile file : dataset.files()) {
        Path copy = RealData.dir().resolve(dataset.localFolder().get()).resolve(file.fileName());
        if (!Files.exists(copy)) {
          continue;
        }
        assertThat(file.sha256()).as(copy.toString()).contains(Sha256.of(copy));
        assertThat(file.bytes()).as(copy.toString()).hasValue(Files.size(copy));
        checked++;
      }
    }
    // The eleven files of ../shared/data that devpay read before issue 8, the four Stack Overflow
    // 2011-2015 copies in so-survey-2011-2015 (2011 zip, 2012 CSV, 2014 zip, 2015 zip), the seven
    // earlier DOU waves (dou-ua-salaries/SOURCE.md lists their sha256), plus the two aggregate
    // tables.
    assertThat(checked).isEqualTo(24);
  }

  @Test
  void everyStackOverflowYearIsCataloguedUnderOdblWithItsAttribution() {
    for (int year = 2011; year <= 2025; year++) {
      Dataset dataset = catalog.require("so-survey-" + year);
      assertThat(dataset.licence()).contains("ODbL 1.0");
      assertThat(dataset.attribution())
          .contains("Stack Overflow Developer Survey " + year)
          .contains("Stack Exchange Inc.");
      assertThat(dataset.homepage()).isEqualTo("https://survey.stackoverflow.co/" + year);
      assertThat(dataset.files()).anySatisfy(f -> assertThat(f.url()).isPresent());
    }
    assertThat(catalog.require("dou-ua").attribution()).contains("https://dou.ua/");
  }

  @Test
  void everyFileCanBeObtainedFromAnAddressOrALocalCopy() {
    for (Dataset dataset : catalog.datasets()) {
      for (DatasetFile file : dataset.files()) {
        assertThat(file.url().isPresent() || dataset.localFolder().isPresent())
            .as("%s %s", dataset.id(), file.fileName())
            .isTrue();
        file.url().ifPresent(url -> assertThat(url.getScheme()).isEqualTo("https"));
      }
    }
  }

  @Test
  void anUnknownIdIsMissingDataNamingTheKnownOnes() {
    assertThatThrownBy(() -> catalog.require("so-survey-1999"))
        .isInstanceOf(DevpayException.class)
        .hasMessageContaining("so-survey-2024")
        .satisfies(
            e ->
                assertThat(((DevpayException) e).category()).isEqualTo(ErrorCategory.MISSING_DATA));
  }

  @Test
  void refusesMalformedEntries() {
    assertThatThrownBy(
            () ->
                new DatasetFile(
                    "a.csv",
                    java.util.Optional.empty(),
                    java.util.Optional.of("ABC"),
                    java.util.OptionalLong.empty(),
                    ""))
        .hasMessageContaining("SHA-256");
    assertThatThrownBy(
            () ->
                new DatasetFile(
                    "../a.csv",
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.OptionalLong.empty(),
                    ""))
        .hasMessageContaining("plain file name");
    assertThatThrownBy(
            () ->
                DatasetCatalog.of(
                    List.of(
                        new Dataset(
                            "x", "", "", "", "", "", java.util.Optional.empty(), "", List.of()),
                        new Dataset(
                            "x", "", "", "", "", "", java.util.Optional.empty(), "", List.of()))))
        .hasMessageContaining("duplicate");
  }
}
