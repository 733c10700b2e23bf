package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.devpay.sources.Detection;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.store.DevpayStore;
import org.devpay.store.RowCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting known content changes nothing, however the content is packaged. */
class IngestIdempotenceTest {
  @TempDir Path dir;

  @Test
  void ingestingTheSameTableTwiceLeavesEveryTableUnchangedAndSaysAlreadyIngested()
      throws IOException {
    List<String> rows = TinyCsv.rows(50);
    rows.set(3, TinyCsv.row("norate", "2024", "backend", "100", "XTS", "YEAR"));
    Path csv = TinyCsv.write(dir.resolve("survey.csv"), rows);
    Detection detection = TinyCsv.detector().detect(SourceTables.tablesIn(csv).get(0));
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestReport first =
          Ingestor.ingest(store, detection, new RateTableNormalizer(), IngestListener.NONE);
      Map<String, Long> countsAfterFirst = store.tableRowCounts();

      IngestReport second =
          Ingestor.ingest(store, detection, new RateTableNormalizer(), IngestListener.NONE);

      assertThat(first.outcome()).isEqualTo(IngestOutcome.INGESTED);
      assertThat(first.rows().rejected()).isEqualTo(1);
      assertThat(second.outcome()).isEqualTo(IngestOutcome.ALREADY_INGESTED);
      assertThat(second.rows()).isEqualTo(RowCounts.NONE);
      assertThat(second.contentSha256()).isEqualTo(first.contentSha256());
      assertThat(second.formatId()).contains(TinyCsvAdapter.FORMAT_ID);
      assertThat(store.tableRowCounts()).isEqualTo(countsAfterFirst);
      assertThat(countsAfterFirst)
          .containsEntry("source_file", 1L)
          .containsEntry("source_container", 1L)
          .containsEntry("pay_record", 49L)
          .containsEntry("rejected_row", 1L);
    }
  }

  @Test
  void theSameCsvPlainZippedAndGzippedIsIngestedOnce() throws IOException {
    List<String> rows = TinyCsv.rows(20);
    TinyCsv.write(dir.resolve("in/a-plain/survey.csv"), rows);
    TinyCsv.zip(dir.resolve("in/b-zipped/survey.csv.zip"), rows, "survey.csv");
    TinyCsv.gzip(dir.resolve("in/c-gzipped/survey.csv.gz"), rows);
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestRun run =
          new Ingestor(store, TinyCsv.detector(), new RateTableNormalizer())
              .ingestAll(List.of(dir.resolve("in")), IngestListener.NONE);

      assertThat(run.reports())
          .extracting(IngestReport::outcome)
          .containsExactly(
              IngestOutcome.INGESTED,
              IngestOutcome.ALREADY_INGESTED,
              IngestOutcome.ALREADY_INGESTED);
      assertThat(run.reports())
          .extracting(IngestReport::contentSha256)
          .containsOnly(run.reports().get(0).contentSha256());
      assertThat(store.tableRowCounts())
          .containsEntry("source_file", 1L)
          .containsEntry("pay_record", 20L)
          // Each container is remembered, so a rerun skips it by hashing the container only.
          .containsEntry("source_container", 3L);
    }
  }

  @Test
  void aSecondRunOverTheSamePathsChangesNothing() throws IOException {
    List<String> rows = TinyCsv.rows(30);
    TinyCsv.write(dir.resolve("in/one.csv"), rows);
    TinyCsv.zip(dir.resolve("in/two.zip"), TinyCsv.rows(5), "x/first.csv", "x/second.csv");
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      Ingestor ingestor = new Ingestor(store, TinyCsv.detector(), new RateTableNormalizer());
      IngestRun first = ingestor.ingestAll(List.of(dir.resolve("in")), IngestListener.NONE);
      Map<String, Long> countsAfterFirst = store.tableRowCounts();

      IngestRun second = ingestor.ingestAll(List.of(dir.resolve("in")), IngestListener.NONE);

      assertThat(first.reports())
          .extracting(IngestReport::outcome)
          .containsExactly(
              IngestOutcome.INGESTED, IngestOutcome.INGESTED, IngestOutcome.ALREADY_INGESTED);
      assertThat(second.count(IngestOutcome.ALREADY_INGESTED)).isEqualTo(3);
      assertThat(store.tableRowCounts()).isEqualTo(countsAfterFirst);
    }
  }

  @Test
  void aKnownContainerEntryIsFoundByTheContainerHash() throws IOException {
    Path zip = TinyCsv.zip(dir.resolve("two.zip"), TinyCsv.rows(5), "a.csv");
    SourceTable table = SourceTables.tablesIn(zip).get(0);
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestReport report =
          Ingestor.ingest(
              store,
              TinyCsv.detector().detect(table),
              new RateTableNormalizer(),
              IngestListener.NONE);

      assertThat(store.knownTableInContainer(table.containerSha256(), "a.csv"))
          .hasValueSatisfying(
              file -> assertThat(file.contentSha256()).isEqualTo(report.contentSha256().get()));
      assertThat(store.knownTableInContainer(table.containerSha256(), "b.csv")).isEmpty();
    }
  }
}
