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
    SourceAdapter claimsAnotherDataset =
        new SourceAdapter() {
          @Override
          public String datasetId() {
            return "another-dataset";
          }

          @Override
          public String formatId() {
            return eu.formatId();
          }

          @Override
          public HeaderMatch match(TableHeader header) {
            return eu.match(header);
          }

          @Override
          public void read(ReadableTable table, RowSink sink) throws IOException {
            eu.read(table, sink);
          }
        };

    assertThatThrownBy(() -> NormalizedRows.of(table(), claimsAnotherDataset, NORMALIZER).toList())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("but the table belongs to another-dataset");
  }
}
