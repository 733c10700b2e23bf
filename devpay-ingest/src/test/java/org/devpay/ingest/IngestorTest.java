package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.Detection;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run over paths reports every file, in path order, and one bad file never stops it. */
class IngestorTest {
  @TempDir Path dir;

  @Test
  void aCorruptZipATruncatedGzipAndAGarbageFileAreReportedWithoutStoppingTheGoodOnes()
      throws IOException {
    Path in = dir.resolve("in");
    TinyCsv.write(in.resolve("a-good.csv"), TinyCsv.rows(12));
    Files.write(
        in.resolve("b-corrupt.zip"), "PK\u0003\u0004 broken".getBytes(StandardCharsets.UTF_8));
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[0] = 0;
    Files.write(in.resolve("c-garbage.bin"), garbage);
    Path gzip = TinyCsv.gzip(in.resolve("d-truncated.csv.gz"), TinyCsv.rows(2_000));
    byte[] gzipBytes = Files.readAllBytes(gzip);
    Files.write(gzip, Arrays.copyOf(gzipBytes, gzipBytes.length / 2));
    Files.writeString(in.resolve("e-notes.txt"), "just some notes, not a table\n");
    TinyCsv.zip(in.resolve("f-good.zip"), TinyCsv.rows(3, "z"), "z/second.csv", "z/first.csv");
    Files.writeString(in.resolve(".hidden.csv"), "ignored");

    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      List<IngestReport> finished = new ArrayList<>();
      List<Integer> announced = new ArrayList<>();
      IngestListener listener =
          new IngestListener() {
            @Override
            public void runStarted(int entries) {
              announced.add(entries);
            }

            @Override
            public void tableFinished(IngestReport report) {
              finished.add(report);
            }
          };

      IngestRun run =
          new Ingestor(store, TinyCsv.detector(), new RateTableNormalizer())
              .ingestAll(List.of(in), listener);

      assertThat(run.reports())
          .extracting(IngestReport::displayName)
          .containsExactly(
              in.resolve("a-good.csv").toString(),
              in.resolve("b-corrupt.zip").toString(),
              in.resolve("c-garbage.bin").toString(),
              in.resolve("d-truncated.csv.gz").toString(),
              in.resolve("e-notes.txt").toString(),
              in.resolve("f-good.zip") + "!z/first.csv",
              in.resolve("f-good.zip") + "!z/second.csv");
      assertThat(run.reports())
          .extracting(IngestReport::outcome)
          .containsExactly(
              IngestOutcome.INGESTED,
              IngestOutcome.FAILED,
              IngestOutcome.SKIPPED,
              IngestOutcome.FAILED,
              IngestOutcome.SKIPPED,
              IngestOutcome.INGESTED,
              IngestOutcome.ALREADY_INGESTED);
      assertThat(run.reports().get(1).detail()).startsWith("cannot be opened: not a readable ZIP");
      assertThat(run.reports().get(1).failureCategory()).contains(ErrorCategory.BAD_INPUT_FILE);
      assertThat(run.reports().get(2).detail()).contains("binary content");
      assertThat(run.reports().get(3).detail()).startsWith("cannot be read: EOFException");
      assertThat(run.reports().get(3).failureCategory()).contains(ErrorCategory.BAD_INPUT_FILE);
      assertThat(run.reports().get(4).detail())
          .isEqualTo("not a table of pay: no column names pay and no known format is near");
      assertThat(run.reports().get(4).skipped()).contains(Detection.Kind.NOT_DATA);
      assertThat(run.reports().get(2).skipped()).contains(Detection.Kind.NOT_DATA);
      assertThat(run.rowsAccepted()).isEqualTo(15);
      assertThat(run.firstFailure()).contains(ErrorCategory.BAD_INPUT_FILE);
      assertThat(store.tableRowCounts()).containsEntry("pay_record", 15L);

      assertThat(finished).containsExactlyElementsOf(run.reports());
      assertThat(announced).containsExactly(7);
    }
  }

  @Test
  void reportsComeInPathOrderWhateverTheOrderOfThePathsGiven() throws IOException {
    Path b = TinyCsv.write(dir.resolve("b.csv"), TinyCsv.rows(2));
    Path a = TinyCsv.write(dir.resolve("a.csv"), TinyCsv.rows(3));
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestRun run =
          new Ingestor(store, TinyCsv.detector(), new RateTableNormalizer())
              .ingestAll(List.of(b, a), IngestListener.NONE);

      assertThat(run.reports()).extracting(IngestReport::file).containsExactly(a, b);
    }
  }

  @Test
  void anEmptyArchiveIsSkippedAsHoldingNoTable() throws IOException {
    Path empty = TinyCsv.zip(dir.resolve("empty.zip"), List.of());
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestRun run =
          new Ingestor(store, TinyCsv.detector(), new RateTableNormalizer())
              .ingestAll(List.of(empty), IngestListener.NONE);

      assertThat(run.reports())
          .singleElement()
          .satisfies(
              report -> {
                assertThat(report.outcome()).isEqualTo(IngestOutcome.SKIPPED);
                assertThat(report.detail()).isEqualTo("holds no table");
                assertThat(report.failureCategory()).isEqualTo(Optional.empty());
              });
    }
  }

  @Test
  void aMissingPathIsMissingData() {
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      Ingestor ingestor = new Ingestor(store, TinyCsv.detector(), new RateTableNormalizer());

      assertThatThrownBy(
              () -> ingestor.ingestAll(List.of(dir.resolve("absent")), IngestListener.NONE))
          .isInstanceOfSatisfying(
              DevpayException.class,
              e -> assertThat(e.category()).isEqualTo(ErrorCategory.MISSING_DATA));
    }
  }
}
