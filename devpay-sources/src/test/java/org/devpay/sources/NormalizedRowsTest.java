package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.eu.ItSalarySurveyEuAdapter;
import org.devpay.sources.levels.LevelsFyiAdapter;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;

/**
 * The adapter -> normalizer stream on a real table, without any store: the December 2017 IT Salary
 * Survey EU (327 data rows per its SOURCE.md; 1 rejected by the adapter for a missing amount per
 * {@code eu/expected_counts.py}). Every other expectation is the same adapter and normalizer run
 * directly, row by row.
 */
class NormalizedRowsTest {
  private static final Normalizer NORMALIZER = StandardNormalizer.fromResources();

  private static ReadableTable table() throws IOException {
    return ReadableTable.detect(
        SourceTables.tablesIn(RealData.file("it-salary-survey-eu/salary-report_2017.csv")).get(0));
  }

  private static NormalizedRows rows() throws IOException {
    return NormalizedRows.of(table(), ItSalarySurveyEuAdapter.edition2017(), NORMALIZER);
  }

  @Test
  void everyRowReadBecomesOneNormalizedRowInTheAdaptersOrder() throws IOException {
    List<NormalizedRow> rows = rows().toList();

    assertThat(rows).hasSize(327);
    assertThat(rows.stream().mapToLong(NormalizedRow::rowNumber))
        .containsExactlyElementsOf(
            java.util.stream.LongStream.rangeClosed(1, 327).boxed().toList());
    assertThat(rows)
        .filteredOn(
            row ->
                row instanceof NormalizedRow.Rejected rejected
                    && rejected.stage() == NormalizedRow.Stage.ADAPTER)
        .singleElement()
        .satisfies(
            row ->
                assertThat(((NormalizedRow.Rejected) row).rejection().reason())
                    .isEqualTo(RejectReason.MISSING_AMOUNT));
  }

  @Test
  void recordsAndRejectionsAreWhatTheNormalizerGivesEachRawRow() throws IOException {
    List<Object> direct = new ArrayList<>();
    ItSalarySurveyEuAdapter.edition2017()
        .read(
            table(),
            new RowSink() {
              @Override
              public void accept(RawRecord record) {
                NormalizationResult result = NORMALIZER.normalize(record);
                direct.add(
                    result instanceof NormalizationResult.Accepted accepted
                        ? accepted.record()
                        : ((NormalizationResult.Rejected) result).rejection().reason());
              }

              @Override
              public void reject(Rejection rejection) {
                direct.add("adapter:" + rejection.reason());
              }
            });

    List<Object> streamed = new ArrayList<>();
    rows()
        .forEach(
            (NormalizedRow row) -> {
              if (row instanceof NormalizedRow.Accepted accepted) {
                streamed.add(accepted.record());
                assertThat(accepted.rawFields()).isNotEmpty();
                assertThat(accepted.rowSha256()).isEqualTo(RowDigest.of(accepted.rawFields()));
              } else {
                NormalizedRow.Rejected rejected = (NormalizedRow.Rejected) row;
                streamed.add(
                    rejected.stage() == NormalizedRow.Stage.ADAPTER
                        ? "adapter:" + rejected.rejection().reason()
                        : rejected.rejection().reason());
              }
            });

    assertThat(streamed).isEqualTo(direct);
  }

  @Test
  void batchesHoldTheSameRowsInOrder() throws IOException {
    List<NormalizedRow> all = rows().toList();
    List<Integer> sizes = new ArrayList<>();
    List<NormalizedRow> batched = new ArrayList<>();

    rows()
        .forEachBatch(
            100,
            (List<NormalizedRow> batch) -> {
              sizes.add(batch.size());
              batched.addAll(batch);
            });

    assertThat(sizes).containsExactly(100, 100, 100, 27);
    assertThat(batched).isEqualTo(all);
  }

  @Test
  void aFailingHandlerStopsTheAdapterAndItsFailureIsThrown() throws IOException {
    AtomicInteger handled = new AtomicInteger();
    Exception failure = new Exception("the consumer's database is full");

    assertThatThrownBy(
            () ->
                rows()
                    .forEach(
                        (NormalizedRow row) -> {
                          if (handled.incrementAndGet() == 10) {
                            throw failure;
                          }
                        }))
        .isSameAs(failure);
    assertThat(handled).hasValue(10);
  }

  @Test
  void aRecordOfAnotherDatasetThanTheTablesIsAnError() throws IOException {
    SourceAdapter eu = ItSalarySurveyEuAdapter.edition2017();
    SourceAdapter claimsAnotherDataset = claimingAnotherDataset(eu);

    assertThatThrownBy(() -> NormalizedRows.of(table(), claimsAnotherDataset, NORMALIZER).toList())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("but the table belongs to another-dataset");
  }

  // The pipelined stream (reader thread, normalizing workers, handler on the caller's thread)
  // against the plain one, on the real levels.fyi table: 62,642 rows, so about 122 batches.

  private static final String LEVELS = "levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv";

  private static ReadableTable levels() throws IOException {
    return ReadableTable.detect(SourceTables.tablesIn(RealData.file(LEVELS)).get(0));
  }

  @Test
  void aPipelinedStreamHandsOverTheSameRowsInTheSameOrderOnTheCallersThread() throws IOException {
    List<NormalizedRow> plain =
        NormalizedRows.of(levels(), new LevelsFyiAdapter(), NORMALIZER).toList();
    assertThat(plain.size()).isGreaterThan(3 * NormalizedRows.PIPELINE_BATCH_ROWS);

    for (int workers : new int[] {1, 3}) {
      Thread caller = Thread.currentThread();
      List<NormalizedRow> pipelined = new ArrayList<>();
      NormalizedRows.of(levels(), new LevelsFyiAdapter(), NORMALIZER)
          .pipelined(workers)
          .forEach(
              (NormalizedRow row) -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                pipelined.add(row);
              });
      assertThat(pipelined).as("%d workers", workers).isEqualTo(plain);
    }
    // The EU table, with an adapter rejection, in one short batch.
    assertThat(rows().pipelined(2).toList()).isEqualTo(rows().toList());
  }

  @Test
  void aPipelinedHandlerFailureStopsTheStreamAtThatRow() throws IOException {
    AtomicInteger handled = new AtomicInteger();
    Exception failure = new Exception("the consumer's database is full");
    int failingRow = NormalizedRows.PIPELINE_BATCH_ROWS + 10;

    assertThatThrownBy(
            () ->
                NormalizedRows.of(levels(), new LevelsFyiAdapter(), NORMALIZER)
                    .pipelined(2)
                    .forEach(
                        (NormalizedRow row) -> {
                          if (handled.incrementAndGet() == failingRow) {
                            throw failure;
                          }
                        }))
        .isSameAs(failure);
    assertThat(handled).hasValue(failingRow);
  }

  @Test
  void aPipelinedNormalizerFailureIsThrownAfterTheRowsBeforeIt() throws IOException {
    long failingRow = 2 * NormalizedRows.PIPELINE_BATCH_ROWS + 7;
    IllegalStateException failure = new IllegalStateException("the rate table is corrupt");
    Normalizer failsOnce =
        raw -> {
          if (raw.rowNumber() == failingRow) {
            throw failure;
          }
          return NORMALIZER.normalize(raw);
        };
    List<Long> handled = new ArrayList<>();

    assertThatThrownBy(
            () ->
                NormalizedRows.of(levels(), new LevelsFyiAdapter(), failsOnce)
                    .pipelined(2)
                    .forEach((NormalizedRow row) -> handled.add(row.rowNumber())))
        .isSameAs(failure);
    assertThat(handled)
        .containsExactlyElementsOf(
            java.util.stream.LongStream.range(1, failingRow).boxed().toList());
  }

  @Test
  void aPipelinedAdapterFailureIsThrownAfterTheRowsItDelivered() throws IOException {
    SourceAdapter levels = new LevelsFyiAdapter();
    int delivered = NormalizedRows.PIPELINE_BATCH_ROWS + 3;
    SourceAdapter breaksOff =
        new SourceAdapter() {
          @Override
          public String datasetId() {
            return levels.datasetId();
          }

          @Override
          public String formatId() {
            return levels.formatId();
          }

          @Override
          public HeaderMatch match(TableHeader header) {
            return levels.match(header);
          }

          @Override
          public void read(ReadableTable table, RowSink sink) throws IOException {
            AtomicInteger rows = new AtomicInteger();
            try {
              levels.read(
                  table,
                  new RowSink() {
                    @Override
                    public void accept(RawRecord record) {
                      accept(record, null);
                    }

                    @Override
                    public void accept(RawRecord record, List<String> rawFields) {
                      if (rows.incrementAndGet() > delivered) {
                        throw new IllegalStateException("stop");
                      }
                      if (rawFields == null) {
                        sink.accept(record);
                      } else {
                        sink.accept(record, rawFields);
                      }
                    }

                    @Override
                    public void reject(Rejection rejection) {
                      if (rows.incrementAndGet() > delivered) {
                        throw new IllegalStateException("stop");
                      }
                      sink.reject(rejection);
                    }
                  });
            } catch (IllegalStateException e) {
              throw new IOException("the disk went away after " + delivered + " rows");
            }
          }
        };
    List<NormalizedRow> handled = new ArrayList<>();

    assertThatThrownBy(
            () ->
                NormalizedRows.of(levels(), breaksOff, NORMALIZER)
                    .pipelined(2)
                    .forEach((NormalizedRow row) -> handled.add(row)))
        .isInstanceOf(IOException.class)
        .hasMessage("the disk went away after " + delivered + " rows");
    assertThat(handled)
        .isEqualTo(NormalizedRows.of(levels(), levels, NORMALIZER).toList().subList(0, delivered));
  }

  @Test
  void aPipelinedRecordOfAnotherDatasetIsAnError() throws IOException {
    SourceAdapter levels = new LevelsFyiAdapter();
    SourceAdapter claimsAnotherDataset = claimingAnotherDataset(levels);

    assertThatThrownBy(
            () ->
                NormalizedRows.of(levels(), claimsAnotherDataset, NORMALIZER).pipelined(2).toList())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("but the table belongs to another-dataset");
  }

  /** An adapter that reads as {@code real} does but names another dataset than its format's. */
  private static SourceAdapter claimingAnotherDataset(SourceAdapter real) {
    return new SourceAdapter() {
      @Override
      public String datasetId() {
        return "another-dataset";
      }

      @Override
      public String formatId() {
        return real.formatId();
      }

      @Override
      public HeaderMatch match(TableHeader header) {
        return real.match(header);
      }

      @Override
      public void read(ReadableTable table, RowSink sink) throws IOException {
        real.read(table, sink);
      }
    };
  }
}
