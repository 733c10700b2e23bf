package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestedFile;
import org.devpay.store.RowCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every row read is accounted for: accepted, or rejected under exactly one reason. */
class IngestCountsTest {
  @TempDir Path dir;

  @Test
  void rowsReadEqualAcceptedPlusRejectedByReasonFromAdapterAndNormalizer() throws IOException {
    List<String> rows =
        List.of(
            TinyCsv.row("ok1", "2024", "backend", "70000", "USD", "YEAR"),
            TinyCsv.row("missing", "2024", "backend", "", "USD", "YEAR"),
            TinyCsv.row("words", "2024", "backend", "ten thousand", "USD", "YEAR"),
            TinyCsv.row("ok2", "2024", "frontend", "5000", "EUR", "MONTH"),
            TinyCsv.row("zero", "2024", "backend", "0", "USD", "YEAR"),
            "truncated,2024,backend",
            TinyCsv.row("extra", "2024", "backend", "1", "USD", "YEAR") + ",surplus",
            TinyCsv.row("lower", "2024", "backend", "1", "usd", "YEAR"),
            TinyCsv.row("norate1", "2024", "backend", "1", "XTS", "YEAR"),
            TinyCsv.row("ok3", "2025", "devops", "90000", "UAH", "WEEK"),
            TinyCsv.row("norate2", "2024", "backend", "1", "XAU", "YEAR"),
            TinyCsv.row("fortnight", "2024", "backend", "1", "USD", "FORTNIGHT"),
            TinyCsv.row("undated", "n/a", "backend", "1", "USD", "YEAR"));
    Path csv = TinyCsv.write(dir.resolve("mixed.csv"), rows);
    SourceTable table = SourceTables.tablesIn(csv).get(0);

    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestReport report =
          Ingestor.ingest(
              store,
              TinyCsv.detector().detect(table),
              new RateTableNormalizer(),
              IngestListener.NONE);

      RowCounts expected =
          new RowCounts(
              13,
              3,
              10,
              Map.of(
                  RejectReason.MISSING_AMOUNT, 1L,
                  RejectReason.UNPARSEABLE_AMOUNT, 1L,
                  RejectReason.NON_POSITIVE_AMOUNT, 1L,
                  RejectReason.TRUNCATED_ROW, 1L,
                  RejectReason.MALFORMED_ROW, 1L,
                  RejectReason.UNKNOWN_CURRENCY, 1L,
                  RejectReason.NO_EXCHANGE_RATE, 2L,
                  RejectReason.INVALID_FIELD, 1L,
                  RejectReason.UNPARSEABLE_DATE, 1L));
      assertThat(report.outcome()).isEqualTo(IngestOutcome.INGESTED);
      assertThat(report.rows()).isEqualTo(expected);
      assertThat(report.rows().rejectedByReason().keySet())
          .as("reasons are listed in the enum's order")
          .containsExactly(
              RejectReason.MISSING_AMOUNT,
              RejectReason.UNPARSEABLE_AMOUNT,
              RejectReason.NON_POSITIVE_AMOUNT,
              RejectReason.TRUNCATED_ROW,
              RejectReason.MALFORMED_ROW,
              RejectReason.NO_EXCHANGE_RATE,
              RejectReason.UNKNOWN_CURRENCY,
              RejectReason.UNPARSEABLE_DATE,
              RejectReason.INVALID_FIELD);

      IngestedFile stored = store.ingestedFiles().get(0);
      assertThat(stored.rows()).isEqualTo(expected);
      assertThat(stored.contentSha256()).isEqualTo(table.contentSha256());
      assertThat(stored.containerSha256()).isEqualTo(table.containerSha256());
      assertThat(stored.contentBytes()).isEqualTo(Files.size(csv));
      assertThat(stored.path()).isEqualTo(csv.toAbsolutePath().toString());
      assertThat(stored.formatId()).isEqualTo(TinyCsvAdapter.FORMAT_ID);
      assertThat(store.tableRowCounts())
          .containsEntry("pay_record", 3L)
          .containsEntry("rejected_row", 10L);

      List<Rejection> rejections = store.rejections(table.contentSha256());
      assertThat(rejections)
          .extracting(Rejection::rowNumber)
          .containsExactly(2L, 3L, 5L, 6L, 7L, 8L, 9L, 11L, 12L, 13L);
      assertThat(rejections.get(1))
          .isEqualTo(
              new Rejection(
                  3,
                  RejectReason.UNPARSEABLE_AMOUNT,
                  "amount=ten thousand",
                  Rejection.joinFields(List.of(rows.get(2).split(",", -1)))));
      assertThat(rejections.get(6).reason()).isEqualTo(RejectReason.NO_EXCHANGE_RATE);
      assertThat(rejections.get(6).detail()).isEqualTo("no rate for XTS in 2024");
    }
  }

  @Test
  void theListenerHearsTheSizeProgressEveryTenThousandRowsAndTheEnd() throws IOException {
    Path csv = TinyCsv.write(dir.resolve("big.csv"), TinyCsv.rows(25_000));
    SourceTable table = SourceTables.tablesIn(csv).get(0);
    List<String> events = new ArrayList<>();
    IngestListener listener =
        new IngestListener() {
          @Override
          public void tableStarted(SourceTable started, OptionalLong contentBytes) {
            events.add("started " + started.entryName() + " " + contentBytes);
          }

          @Override
          public void rowsProcessed(SourceTable processing, long rowsRead) {
            events.add("rows " + rowsRead);
          }

          @Override
          public void tableFinished(IngestReport report) {
            events.add("finished " + report.outcome() + " " + report.rows().read());
          }
        };

    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      Ingestor.ingest(store, TinyCsv.detector().detect(table), new RateTableNormalizer(), listener);
    }

    assertThat(events)
        .containsExactly(
            "started big.csv " + OptionalLong.of(Files.size(csv)),
            "rows 10000",
            "rows 20000",
            "finished INGESTED 25000");
  }
}
