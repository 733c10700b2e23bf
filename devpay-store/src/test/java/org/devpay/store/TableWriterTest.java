package org.devpay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.devpay.core.analysis.TestRecords;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's table-writing API on its own, without any file or adapter: one transaction per table,
 * duplicates refused at stage store, the balance it records, and nothing left by a rollback. The
 * expected values are the rows the test itself appends.
 */
class TableWriterTest {
  @TempDir Path dir;

  private static final List<PayRecord> RECORDS =
      TestRecords.edition("test-dataset", "2020")
          .add(RoleFamily.BACKEND, 5, 60_000)
          .add(RoleFamily.FRONTEND, 3, 50_000)
          .records();

  private static TableSource source(String sha256) {
    return new TableSource(
        sha256,
        "identity-" + sha256,
        "test/format",
        "test-dataset",
        "/data/t.csv",
        "t.csv",
        "c",
        10);
  }

  private static Rejection missingAmount(long row) {
    return new Rejection(row, RejectReason.MISSING_AMOUNT, "pay: ''", "a,b");
  }

  @Test
  void aCommittedTableHoldsItsRecordsRejectionsAndBalance() throws SQLException {
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      try (TableWriter writer = store.beginTable(source("t1"))) {
        assertThat(writer.appendRecord(1, RECORDS.get(0), true, "row-1", () -> "x")).isTrue();
        writer.appendRejection(2, RejectionStage.ADAPTER, missingAmount(2));
        assertThat(writer.appendRecord(3, RECORDS.get(1), true, "row-3", () -> "y")).isTrue();
        writer.commit(Duration.ofMillis(5), Instant.now().truncatedTo(ChronoUnit.MICROS));
      }

      assertThat(store.records("test-dataset")).containsExactlyElementsOf(RECORDS);
      assertThat(store.rejections("t1"))
          .extracting(Rejection::rowNumber, Rejection::reason)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, RejectReason.MISSING_AMOUNT));
      IngestedFile file = store.ingestedFile("t1").orElseThrow();
      assertThat(file.rows())
          .isEqualTo(new RowCounts(3, 2, 1, Map.of(RejectReason.MISSING_AMOUNT, 1L)));
      assertThat(store.knownTable("other", "identity-t1"))
          .contains(new KnownTable("t1", "test/format", "test-dataset"));
      assertThat(store.knownTableInContainer("c", "t.csv")).isPresent();
    }
  }

  @Test
  void aRowTheEditionHoldsIsStoredAsADuplicateRejection() throws SQLException {
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      try (TableWriter writer = store.beginTable(source("t1"))) {
        writer.appendRecord(1, RECORDS.get(0), true, "row-1", () -> "x");
        writer.commit(Duration.ZERO, Instant.now().truncatedTo(ChronoUnit.MICROS));
      }
      try (TableWriter writer = store.beginTable(source("t2"))) {
        // The same respondent (a published id) in another table, then the same content again.
        assertThat(writer.appendRecord(1, RECORDS.get(0), true, "row-9", () -> "again")).isFalse();
        assertThat(writer.appendRecord(2, RECORDS.get(1), false, "row-1", () -> "copy")).isFalse();
        assertThat(writer.counts())
            .isEqualTo(new RowCounts(2, 0, 2, Map.of(RejectReason.DUPLICATE_ROW, 2L)));
        writer.commit(Duration.ZERO, Instant.now().truncatedTo(ChronoUnit.MICROS));
      }

      assertThat(store.records("test-dataset")).containsExactly(RECORDS.get(0));
      assertThat(store.rejections("t2"))
          .extracting(Rejection::reason, Rejection::raw)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(RejectReason.DUPLICATE_ROW, "again"),
              org.assertj.core.groups.Tuple.tuple(RejectReason.DUPLICATE_ROW, "copy"));
    }
  }

  @Test
  void recordsGoThroughTheAppenderWhenTheTemporaryFolderTakesNoFile() throws SQLException {
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      try (TableWriter writer = store.beginTable(source("t1"), 0, 1, dir.resolve("missing"))) {
        assertThat(writer.appendRecord(1, RECORDS.get(0), true, "row-1", () -> "x")).isTrue();
        assertThat(writer.appendRecord(2, RECORDS.get(1), true, "row-2", () -> "y")).isTrue();
        writer.commit(Duration.ZERO, Instant.now().truncatedTo(ChronoUnit.MICROS));
      }
      assertThat(store.records("test-dataset")).containsExactlyElementsOf(RECORDS);
    }
  }

  @Test
  void aTableRolledBackOrClosedWithoutCommitLeavesNothing() throws Exception {
    Path spill = java.nio.file.Files.createDirectory(dir.resolve("spill"));
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      try (TableWriter writer = store.beginTable(source("t1"), 0, 1, spill)) {
        writer.appendRecord(1, RECORDS.get(0), true, "row-1", () -> "x");
        writer.appendRejection(2, RejectionStage.NORMALIZER, missingAmount(2));
        writer.finishRows();
        writer.rollback(new IllegalStateException("the adapter failed"));
      }
      // Chunks of one character: every record is inserted into the transaction as it comes; the
      // last one waits in its file, which the close without a commit deletes.
      try (TableWriter writer = store.beginTable(source("t2"), 0, 1, spill)) {
        writer.appendRecord(1, RECORDS.get(1), true, "row-2", () -> "y");
        writer.appendRecord(2, RECORDS.get(0), false, "row-3", () -> "z");
        assertThat(spill).isEmptyDirectory();
      }
      try (TableWriter writer = store.beginTable(source("t3"), 0, 1 << 20, spill)) {
        writer.appendRecord(1, RECORDS.get(1), true, "row-2", () -> "y");
        assertThat(spill).isNotEmptyDirectory();
      }

      assertThat(spill).isEmptyDirectory();
      Map<String, Long> counts = new java.util.HashMap<>(store.tableRowCounts());
      assertThat(counts.remove("schema_version")).isEqualTo(1L);
      assertThat(counts).isNotEmpty().allSatisfy((table, rows) -> assertThat(rows).isZero());
      assertThat(store.ingestedFiles()).isEmpty();
    }
  }
}
