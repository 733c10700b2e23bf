package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.Normalizer;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.store.DevpayStore;
import org.devpay.store.RowCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table is stored whole or not at all, and a failed table does not stop the next one. */
class IngestAtomicityTest {
  @TempDir Path dir;

  private DevpayStore store;
  private Map<String, Long> countsBefore;

  @BeforeEach
  void storeWithOneTableAlready() throws IOException {
    store = DevpayStore.open(dir.resolve("store.duckdb"));
    Path earlier = TinyCsv.write(dir.resolve("earlier/earlier.csv"), TinyCsv.rows(10));
    assertThat(ingest(earlier, new TinyCsvAdapter(), new RateTableNormalizer()).outcome())
        .isEqualTo(IngestOutcome.INGESTED);
    countsBefore = store.tableRowCounts();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anIoExceptionAfterThousandsOfRowsLeavesNoRowOfTheFile() throws IOException {
    // More rows than one appender chunk, so some rows were flushed before the failure.
    Path csv = TinyCsv.write(dir.resolve("big.csv"), TinyCsv.rows(5_000));

    IngestReport report = ingest(csv, new FailingAdapter(4_000, true), new RateTableNormalizer());

    assertThat(report.outcome()).isEqualTo(IngestOutcome.FAILED);
    assertThat(report.failureCategory()).contains(ErrorCategory.BAD_INPUT_FILE);
    assertThat(report.detail())
        .contains("simulated read error")
        .contains("after 4000 rows")
        .contains("nothing of this table was stored");
    assertThat(report.rows()).isEqualTo(RowCounts.NONE);
    assertThat(store.tableRowCounts()).isEqualTo(countsBefore);
  }

  @Test
  void anAdapterBugIsAnInternalFailureAndRollsBackToo() throws IOException {
    Path csv = TinyCsv.write(dir.resolve("big.csv"), TinyCsv.rows(3_000));

    IngestReport report = ingest(csv, new FailingAdapter(2_500, false), new RateTableNormalizer());

    assertThat(report.outcome()).isEqualTo(IngestOutcome.FAILED);
    assertThat(report.failureCategory()).contains(ErrorCategory.INTERNAL);
    assertThat(report.detail()).contains("IllegalStateException: simulated adapter bug");
    assertThat(store.tableRowCounts()).isEqualTo(countsBefore);
  }

  @Test
  void aNormalizerThatThrowsRollsBackTheFile() throws IOException {
    Path csv = TinyCsv.write(dir.resolve("file.csv"), TinyCsv.rows(100));
    Normalizer throwsAtRow50 =
        throwingAtRow(50, new IllegalArgumentException("annualUsd must be finite and > 0: NaN"));

    IngestReport report = ingest(csv, new TinyCsvAdapter(), throwsAtRow50);

    assertThat(report.outcome()).isEqualTo(IngestOutcome.FAILED);
    assertThat(report.failureCategory()).contains(ErrorCategory.INTERNAL);
    assertThat(report.detail()).contains("annualUsd must be finite").contains("after 49 rows");
    assertThat(store.tableRowCounts()).isEqualTo(countsBefore);
  }

  @Test
  void anAdapterThatSwallowsTheStoresFailureStillFailsTheFile() throws IOException {
    Path csv = TinyCsv.write(dir.resolve("file.csv"), TinyCsv.rows(100));
    Normalizer throwsAtRow3 = throwingAtRow(3, new IllegalStateException("normalizer bug"));

    IngestReport report = ingest(csv, new SwallowingAdapter(), throwsAtRow3);

    assertThat(report.outcome()).isEqualTo(IngestOutcome.FAILED);
    assertThat(report.detail()).contains("normalizer bug");
    assertThat(store.tableRowCounts()).isEqualTo(countsBefore);
  }

  @Test
  void aRecordOfAnotherDatasetFailsTheFile() throws IOException {
    Path csv = TinyCsv.write(dir.resolve("file.csv"), TinyCsv.rows(5));
    Normalizer wrongDataset =
        raw -> {
          PayRecord r =
              ((NormalizationResult.Accepted) new RateTableNormalizer().normalize(raw)).record();
          return new NormalizationResult.Accepted(
              new PayRecord(
                  "another-dataset",
                  r.edition(),
                  r.year(),
                  r.respondentKey(),
                  r.role(),
                  r.roleLabel(),
                  r.selectedRoleLabels(),
                  r.seniority(),
                  r.yearsExperience(),
                  r.employment(),
                  r.profession(),
                  r.location(),
                  r.industries(),
                  r.skills(),
                  r.published(),
                  r.annualLocal(),
                  r.annualUsd(),
                  r.usdPerUnit(),
                  r.baseAnnualUsd(),
                  r.weight(),
                  r.attributes()));
        };

    IngestReport report = ingest(csv, new TinyCsvAdapter(), wrongDataset);

    assertThat(report.outcome()).isEqualTo(IngestOutcome.FAILED);
    assertThat(report.detail()).contains("another-dataset");
    assertThat(store.tableRowCounts()).isEqualTo(countsBefore);
  }

  @Test
  void theNextFileStillIngestsAfterAFailedOneAndTheFailedOneIsRetriedNextRun() throws IOException {
    TinyCsv.write(dir.resolve("in/a-big.csv"), TinyCsv.rows(300));
    TinyCsv.write(dir.resolve("in/b-small.csv"), TinyCsv.rows(20).subList(10, 20));
    Ingestor failing =
        new Ingestor(
            store, TinyCsv.detector(new FailingAdapter(100, true)), new RateTableNormalizer());

    IngestRun run = failing.ingestAll(List.of(dir.resolve("in")), IngestListener.NONE);

    assertThat(run.reports())
        .extracting(IngestReport::outcome)
        .containsExactly(IngestOutcome.FAILED, IngestOutcome.INGESTED);
    assertThat(run.firstFailure()).contains(ErrorCategory.BAD_INPUT_FILE);
    assertThat(store.tableRowCounts().get("pay_record"))
        .isEqualTo(countsBefore.get("pay_record") + 10);

    // Nothing of the failed file was remembered, so a later run with a working adapter takes it.
    IngestRun retry =
        new Ingestor(store, TinyCsv.detector(), new RateTableNormalizer())
            .ingestAll(List.of(dir.resolve("in")), IngestListener.NONE);
    assertThat(retry.reports())
        .extracting(IngestReport::outcome)
        .containsExactly(IngestOutcome.INGESTED, IngestOutcome.ALREADY_INGESTED);
  }

  /** The rate-table normalizer, except that it throws {@code failure} at one row. */
  private static Normalizer throwingAtRow(long rowNumber, RuntimeException failure) {
    return raw -> {
      if (raw.rowNumber() == rowNumber) {
        throw failure;
      }
      return new RateTableNormalizer().normalize(raw);
    };
  }

  private IngestReport ingest(Path csv, SourceAdapter adapter, Normalizer normalizer)
      throws IOException {
    SourceTable table = SourceTables.tablesIn(csv).get(0);
    return Ingestor.ingest(
        store, TinyCsv.detector(adapter).detect(table), normalizer, IngestListener.NONE);
  }

  /**
   * A badly written adapter that turns any exception from the sink into a rejection and goes on:
   * the store must still fail the table rather than store a half-read file.
   */
  private static final class SwallowingAdapter extends TinyCsvAdapter {
    @Override
    public void read(ReadableTable table, RowSink sink) throws IOException {
      super.read(
          table,
          new RowSink() {
            @Override
            public void accept(RawRecord record) {
              try {
                sink.accept(record);
              } catch (RuntimeException e) {
                try {
                  sink.reject(
                      new Rejection(
                          record.rowNumber(), RejectReason.INVALID_FIELD, e.toString(), ""));
                } catch (RuntimeException ignored) {
                  // Swallowed on purpose: this is the behaviour under test.
                }
              }
            }

            @Override
            public void reject(Rejection rejection) {
              sink.reject(rejection);
            }
          });
    }
  }
}
