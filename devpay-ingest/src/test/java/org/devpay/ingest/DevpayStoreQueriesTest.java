package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.devpay.core.data.CitedFile;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.store.DatasetSummary;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestedFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the analyses and the CLI read from a store, and the exports for other tools. */
class DevpayStoreQueriesTest {
  @TempDir Path dir;

  private DevpayStore store;

  @BeforeEach
  void storeWithTwoFilesOverTwoEditions() throws IOException {
    store = DevpayStore.open(dir.resolve("store.duckdb"));
    List<String> first = TinyCsv.rows(10);
    first.set(0, TinyCsv.row("norate", "2025", "backend", "1", "XTS", "YEAR"));
    TinyCsv.write(dir.resolve("in/first.csv"), first);
    TinyCsv.write(dir.resolve("in/second.csv"), TinyCsv.rows(7, "s").subList(2, 7));
    new Ingestor(store, TinyCsv.detector(), new RateTableNormalizer())
        .ingestAll(List.of(dir.resolve("in")), IngestListener.NONE);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void datasetsListTheirEditionsRecordsAndFiles() {
    assertThat(store.datasets())
        .containsExactly(
            new DatasetSummary(TinyCsvAdapter.DATASET_ID, List.of("2024", "2025"), 14, 2));
  }

  @Test
  void recordsOfADatasetComeInEditionFileAndRowOrder() {
    List<PayRecord> records = store.records(TinyCsvAdapter.DATASET_ID);

    // first.csv: r1 rejected (no rate), r2..r10; second.csv: s3..s7. Even ids are edition 2024.
    assertThat(records)
        .extracting(PayRecord::respondentKey)
        .containsExactly(
            "r2", "r4", "r6", "r8", "r10", "s4", "s6", "r3", "r5", "r7", "r9", "s3", "s5", "s7");
    assertThat(store.records(TinyCsvAdapter.DATASET_ID, "2024"))
        .extracting(PayRecord::respondentKey)
        .containsExactly("r2", "r4", "r6", "r8", "r10", "s4", "s6");
  }

  @Test
  void anUnknownDatasetHasNoRecords() {
    assertThat(store.records("no-such-dataset")).isEmpty();
    assertThat(store.records(TinyCsvAdapter.DATASET_ID, "1999")).isEmpty();
  }

  @Test
  void ingestedFilesCiteTheirSourcesWithRejectionsByReason() {
    List<IngestedFile> files = store.ingestedFiles();

    assertThat(files)
        .extracting(IngestedFile::entryName)
        .containsExactly("first.csv", "second.csv");
    assertThat(files.get(0).rows().read()).isEqualTo(10);
    assertThat(files.get(0).rows().rejected(RejectReason.NO_EXCHANGE_RATE)).isEqualTo(1);
    assertThat(files.get(1).rows().rejectedByReason()).isEmpty();
    assertThat(store.ingestedFile(files.get(1).contentSha256())).contains(files.get(1));
  }

  @Test
  void theSourcesOfAnEditionAreTheFilesHoldingItsRecordsWithTheirRowBalance() {
    List<IngestedFile> files = store.ingestedFiles();

    // Both files hold records of both editions: first.csv read 10 rows and rejected r1 (no rate),
    // second.csv read r3..r7 and kept them all.
    assertThat(store.sourcesOf(TinyCsvAdapter.DATASET_ID, "2024"))
        .extracting(
            CitedFile::entryName,
            CitedFile::sha256,
            CitedFile::formatId,
            CitedFile::rowsRead,
            CitedFile::rowsAccepted,
            CitedFile::rowsRejected)
        .containsExactly(
            tuple("first.csv", files.get(0).contentSha256(), TinyCsvAdapter.FORMAT_ID, 10L, 9L, 1L),
            tuple(
                "second.csv", files.get(1).contentSha256(), TinyCsvAdapter.FORMAT_ID, 5L, 5L, 0L));
    assertThat(store.sourcesOf(TinyCsvAdapter.DATASET_ID, "2025")).hasSize(2);
    assertThat(store.sourcesOf(TinyCsvAdapter.DATASET_ID, "1999")).isEmpty();
  }

  @Test
  void contentHashesAreThoseOfTheIngestedFilesInAscendingOrder() {
    List<String> hashes = store.contentHashes();

    assertThat(hashes)
        .isSorted()
        .containsExactlyInAnyOrderElementsOf(
            store.ingestedFiles().stream().map(IngestedFile::contentSha256).toList());
    assertThat(hashes).hasSize(2);
  }

  @Test
  void theParquetExportHoldsEveryRecordWithTypedListsAndMaps() throws SQLException {
    Path parquet = store.exportParquet(dir.resolve("export"));

    assertThat(parquet).isEqualTo(dir.resolve("export/pay_record.parquet").toAbsolutePath());
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement query =
            duckdb.prepareStatement(
                "SELECT count(*), count(DISTINCT content_sha256), min(len(skills)),"
                    + " typeof(any_value(skills)), typeof(any_value(attributes))"
                    + " FROM read_parquet(?)")) {
      query.setString(1, parquet.toString());
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(14);
        assertThat(rs.getLong(2)).isEqualTo(2);
        assertThat(rs.getLong(3)).isEqualTo(2);
        assertThat(rs.getString(4)).isEqualTo("VARCHAR[]");
        assertThat(rs.getString(5)).isEqualTo("MAP(VARCHAR, VARCHAR)");
      }
    }
  }

  @Test
  void theCsvExportHasAHeaderAndJsonListsAndIsRewrittenInPlace() throws IOException {
    store.exportCsv(dir.resolve("export"));
    Path csv = store.exportCsv(dir.resolve("export"));

    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(15);
    assertThat(lines.get(0)).startsWith("content_sha256,row_number,dataset_id,edition,survey_year");
    assertThat(lines.get(1)).contains("\"[\"\"java\"\",\"\"sql\"\"]\"").contains("{}");
  }
}
