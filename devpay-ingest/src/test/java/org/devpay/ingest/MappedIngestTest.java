package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.data.UserDataset;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.core.normalize.UnknownLabel;
import org.devpay.sources.mapping.MappedTable;
import org.devpay.sources.mapping.Mapping;
import org.devpay.sources.mapping.MappingFile;
import org.devpay.store.DevpayStore;
import org.devpay.store.UnknownLabelCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table read through a mapping file is stored like any other, with what its mapping says about
 * the dataset (cited from the store) and the labels no taxonomy knows (counted per edition).
 */
class MappedIngestTest {
  @TempDir Path dir;

  private static final String MAPPING =
      """
      dataset: acme-payroll
      edition: "2024"
      year: 2024
      currency: SEK
      period: month
      basis: gross
      scope: base
      title: ACME payroll export 2024
      licence: internal, not for publication
      attribution: ACME HR
      columns:
        pay: Månadslön
        role: Roll
        employment: Anställning
        seniority: Nivå
      constants:
        country: SE
      roles:
        Utvecklare, server: backend
      """;

  private Path table() throws IOException {
    Path file = dir.resolve("acme.csv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "Roll;Månadslön;Anställning;Nivå",
            "Utvecklare, server;52 000;Full-time;Senior",
            "Utvecklare, server;48000;Full-time;Senior",
            "Frontend developer;45000;Konsult via bolag;Mellan",
            "Designer;41000;Konsult via bolag;Junior",
            "Frontend developer;;Full-time;Junior",
            ""),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void storesTheUserDatasetAndTheUnknownLabelsWithTheTable() throws IOException {
    Mapping mapping = MappingFile.parse("acme.yaml", MAPPING);
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestReport report =
          Ingestor.ingest(
              store,
              MappedTable.open(table(), mapping),
              StandardNormalizer.fromResources(),
              IngestListener.NONE);

      assertThat(report.outcome()).isEqualTo(IngestOutcome.INGESTED);
      assertThat(report.formatId()).contains("mapping/acme-payroll/2024");
      assertThat(report.rows().read()).isEqualTo(5);
      assertThat(report.rows().accepted()).isEqualTo(4);
      // "Konsult via bolag" (2 rows) and the seniority "Mellan" are labels no rule knows;
      // "Designer" is known to the role taxonomy (other), "Utvecklare, server" is stated.
      assertThat(report.unknownLabels())
          .extracting(
              UnknownLabelCount::taxonomy, UnknownLabelCount::label, UnknownLabelCount::rows)
          .containsExactly(
              tuple(UnknownLabel.Taxonomy.SENIORITY, "Mellan", 1L),
              tuple(UnknownLabel.Taxonomy.EMPLOYMENT, "Konsult via bolag", 2L));
      assertThat(store.unknownLabels()).isEqualTo(report.unknownLabels());

      assertThat(store.userDatasets())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.datasetId()).isEqualTo("acme-payroll");
                assertThat(d.title()).isEqualTo("ACME payroll export 2024");
                assertThat(d.publisher()).isEqualTo("not stated");
                assertThat(d.licence()).isEqualTo("internal, not for publication");
                assertThat(d.attribution()).isEqualTo("ACME HR");
                assertThat(d.payField()).isEqualTo("Månadslön");
                assertThat(d.mappingText()).isEqualTo(MAPPING);
              });

      SourceCitation citation =
          new StorePayData(store).citation(new EditionKey("acme-payroll", "2024"));
      assertThat(citation.title()).isEqualTo("ACME payroll export 2024");
      assertThat(citation.publisher())
          .isEqualTo("not stated (user-provided, read by a mapping file)");
      assertThat(citation.licence())
          .isEqualTo("internal, not for publication; attribution: ACME HR");
      assertThat(citation.payDescription())
          .isEqualTo("gross base pay in SEK per month as published; annual = pay × 12");
      assertThat(citation.roleField()).isEqualTo("Roll");
      assertThat(citation.files()).singleElement().extracting(f -> f.rowsAccepted()).isEqualTo(4L);
      assertThat(store.records("acme-payroll"))
          .extracting(r -> r.annualLocal())
          .containsExactly(624_000.0, 576_000.0, 540_000.0, 492_000.0);
    }
  }

  @Test
  void aTableThatFailsLeavesNeitherItsUserDatasetNorItsLabels() throws IOException {
    Mapping mapping = MappingFile.parse("acme.yaml", MAPPING);
    Path file = table();
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      var detection = MappedTable.open(file, mapping);
      // The table changes after the mapping was checked: its pay column is gone.
      Files.writeString(file, "Roll;Lön\nx;1\n", StandardCharsets.UTF_8);
      IngestReport report =
          Ingestor.ingest(
              store, detection, StandardNormalizer.fromResources(), IngestListener.NONE);

      assertThat(report.outcome()).isEqualTo(IngestOutcome.FAILED);
      assertThat(report.detail()).contains("columns.pay: 'Månadslön' is not a column");
      assertThat(store.userDatasets()).isEmpty();
      assertThat(store.unknownLabels()).isEmpty();
      assertThat(store.tableRowCounts()).containsEntry("source_file", 0L);
    }
  }

  @Test
  void userDatasetsAreListedOncePerEdition() throws IOException {
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      Path second = dir.resolve("acme-h2.csv");
      Files.writeString(second, "Roll;Månadslön;Anställning;Nivå\nTester;39000;Full-time;Junior\n");
      for (Path file : new Path[] {table(), second}) {
        Ingestor.ingest(
            store,
            MappedTable.open(file, MappingFile.parse("acme.yaml", MAPPING)),
            StandardNormalizer.fromResources(),
            IngestListener.NONE);
      }
      assertThat(store.userDatasets()).extracting(UserDataset::edition).containsExactly("2024");
      assertThat(store.records("acme-payroll")).hasSize(5);
    }
  }
}
