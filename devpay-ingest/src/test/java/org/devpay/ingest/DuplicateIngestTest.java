package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RejectReason;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.store.DevpayStore;
import org.devpay.store.RowCounts;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is counted twice, on a real file (IT Salary Survey EU 2019, 991 rows, 990 with pay): a
 * copy with other line ends, without its final newline or with a byte-order mark is the same table;
 * a file whose every row appears twice, or that repeats rows already stored, has the repeats
 * rejected as duplicate_row (rows read = accepted + rejected still); a small gzip that expands to
 * hundreds of megabytes of one row is refused before anything is stored.
 */
class DuplicateIngestTest {
  private static final String EU_2019 = "it-salary-survey-eu/IT Salary Survey EU 2019.csv";

  /** Rows of EU 2019 with pay (the adapter rejects 1 of 991 for a missing amount). */
  private static final long EU_2019_ACCEPTED = 990;

  @TempDir Path dir;

  private byte[] original;

  @BeforeEach
  void readTheRealFile() throws IOException {
    original = Files.readAllBytes(RealData.file(EU_2019));
  }

  @Test
  void copiesWithOtherLineEndsFinalNewlineOrBomAreAlreadyIngested() throws IOException {
    String text = new String(original, StandardCharsets.UTF_8).replace("\r\n", "\n");
    Map<String, byte[]> copies =
        Map.of(
            "crlf.csv", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
            "trailing-newline.csv", (text + "\n").getBytes(StandardCharsets.UTF_8),
            "two-trailing-newlines.csv", (text + "\n\n").getBytes(StandardCharsets.UTF_8),
            "bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, original),
            "crlf-bom-trailing.csv",
                concat(
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    (text.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8)));
    Path store = dir.resolve("store.duckdb");
    try (DevpayStore opened = DevpayStore.open(store)) {
      IngestRun first = ingest(opened, Files.write(dir.resolve("original.csv"), original));
      assertThat(first.reports().get(0).outcome()).isEqualTo(IngestOutcome.INGESTED);
      for (Map.Entry<String, byte[]> copy : copies.entrySet()) {
        Path file = Files.write(dir.resolve(copy.getKey()), copy.getValue());
        IngestRun again = ingest(opened, file);
        assertThat(again.reports().get(0).outcome())
            .as(copy.getKey())
            .isEqualTo(IngestOutcome.ALREADY_INGESTED);
        Path gzipped = gzip(dir.resolve(copy.getKey() + ".gz"), copy.getValue());
        assertThat(ingest(opened, gzipped).reports().get(0).outcome())
            .as(copy.getKey() + ".gz")
            .isEqualTo(IngestOutcome.ALREADY_INGESTED);
      }
      assertThat(opened.records("it-salary-survey-eu", "2019")).hasSize((int) EU_2019_ACCEPTED);
    }
  }

  @Test
  void aFileWhoseEveryRowAppearsTwiceHasTheRepeatsRejectedAsDuplicates() throws IOException {
    List<String> lines = lines(original);
    List<String> doubled = new ArrayList<>(lines);
    doubled.addAll(lines.subList(1, lines.size()));
    Path file = Files.writeString(dir.resolve("doubled.csv"), String.join("\n", doubled) + "\n");
    try (DevpayStore opened = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestReport report = ingest(opened, file).reports().get(0);

      assertThat(report.outcome()).isEqualTo(IngestOutcome.INGESTED);
      RowCounts rows = report.rows();
      assertThat(rows.read()).isEqualTo(2 * 991);
      assertThat(rows.accepted()).isEqualTo(EU_2019_ACCEPTED);
      assertThat(rows.rejectedByReason())
          .containsEntry(RejectReason.DUPLICATE_ROW, EU_2019_ACCEPTED)
          .containsEntry(RejectReason.MISSING_AMOUNT, 2L);
      assertThat(rows.read()).isEqualTo(rows.accepted() + rows.rejected());
      assertThat(opened.records("it-salary-survey-eu", "2019")).hasSize((int) EU_2019_ACCEPTED);
      assertThat(opened.rejections(report.contentSha256().orElseThrow()))
          .filteredOn(r -> r.reason() == RejectReason.DUPLICATE_ROW)
          .first()
          .satisfies(r -> assertThat(r.detail()).contains("same content"))
          .satisfies(r -> assertThat(r.raw()).isNotEmpty());
    }
  }

  @Test
  void rowsAlreadyStoredForTheEditionAreDuplicatesInAnotherFile() throws IOException {
    List<String> lines = lines(original);
    // Another file (other bytes): the header, then the last 100 rows, then the first 10 again.
    List<String> other = new ArrayList<>();
    other.add(lines.get(0));
    other.addAll(lines.subList(lines.size() - 100, lines.size()));
    other.addAll(lines.subList(1, 11));
    Path file = Files.writeString(dir.resolve("excerpt.csv"), String.join("\n", other) + "\n");
    try (DevpayStore opened = DevpayStore.open(dir.resolve("store.duckdb"))) {
      ingest(opened, Files.write(dir.resolve("original.csv"), original));

      IngestReport report = ingest(opened, file).reports().get(0);

      assertThat(report.outcome()).isEqualTo(IngestOutcome.INGESTED);
      assertThat(report.rows().read()).isEqualTo(110);
      assertThat(report.rows().accepted()).isZero();
      assertThat(report.rows().rejected()).isEqualTo(110);
      assertThat(opened.records("it-salary-survey-eu", "2019")).hasSize((int) EU_2019_ACCEPTED);
    }
  }

  @Test
  void aGzipThatExpandsToHundredsOfMegabytesOfOneRowIsRefused() throws IOException {
    List<String> lines = lines(original);
    byte[] row = (lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
    Path bomb = dir.resolve("bomb.csv.gz");
    long written = 0;
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      out.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[row.length * 4096];
      for (int i = 0; i < 4096; i++) {
        System.arraycopy(row, 0, block, i * row.length, row.length);
      }
      while (written < 201L * 1000 * 1000) {
        out.write(block);
        written += block.length;
      }
    }
    long compressed = Files.size(bomb);
    assertThat(compressed).as("a small file").isLessThan(2L * 1024 * 1024);
    Path store = dir.resolve("store.duckdb");
    try (DevpayStore opened = DevpayStore.open(store)) {
      IngestReport report = ingest(opened, bomb).reports().get(0);

      assertThat(report.outcome()).isEqualTo(IngestOutcome.FAILED);
      assertThat(report.failureCategory()).contains(ErrorCategory.BAD_INPUT_FILE);
      assertThat(report.detail()).contains("decompression bomb").contains("100 times");
      assertThat(opened.tableRowCounts()).containsEntry("pay_record", 0L);
      assertThat(opened.tableRowCounts()).containsEntry("source_file", 0L);
    }
  }

  @Test
  void theLimitsAreConfigurable() throws IOException {
    Path gzipped = gzip(dir.resolve("eu2019.csv.gz"), original);
    try (DevpayStore opened = DevpayStore.open(dir.resolve("store.duckdb"))) {
      Ingestor strict =
          ingestor(opened).withDecompressionLimits(new DecompressionLimits(100_000, 100));
      IngestReport refused =
          strict.ingestAll(List.of(gzipped), IngestListener.NONE).reports().get(0);
      assertThat(refused.outcome()).isEqualTo(IngestOutcome.FAILED);
      assertThat(refused.detail()).contains("more than 100000 bytes");

      IngestReport accepted =
          ingestor(opened).ingestAll(List.of(gzipped), IngestListener.NONE).reports().get(0);
      assertThat(accepted.outcome()).isEqualTo(IngestOutcome.INGESTED);
      assertThat(accepted.rows().accepted()).isEqualTo(EU_2019_ACCEPTED);
    }
  }

  @Test
  void aStoreOfSchemaOneIsMigratedAndItsRespondentsStillCountAsStored() throws Exception {
    Path store = dir.resolve("v1.duckdb");
    try (DevpayStore opened = DevpayStore.open(store)) {
      ingest(opened, Files.write(dir.resolve("original.csv"), original));
    }
    // Turn it into what schema 1 wrote: neither identity nor row digests.
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE source_file DROP COLUMN identity_sha256");
      statement.execute("ALTER TABLE pay_record DROP COLUMN row_sha256");
      statement.execute("DELETE FROM schema_version");
      statement.execute("INSERT INTO schema_version VALUES (1, current_timestamp)");
    }
    String text = new String(original, StandardCharsets.UTF_8);
    Path crlf =
        Files.write(
            dir.resolve("crlf.csv"), text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    try (DevpayStore opened = DevpayStore.open(store)) {
      IngestReport report = ingest(opened, crlf).reports().get(0);
      // Version 1 kept no identity, so the copy is read; its respondents are all known.
      assertThat(report.outcome()).isEqualTo(IngestOutcome.INGESTED);
      assertThat(report.rows().accepted()).isZero();
      assertThat(report.rows().rejectedByReason())
          .containsEntry(RejectReason.DUPLICATE_ROW, EU_2019_ACCEPTED);
      assertThat(opened.records("it-salary-survey-eu", "2019")).hasSize((int) EU_2019_ACCEPTED);
    }
  }

  private static Ingestor ingestor(DevpayStore store) {
    return new Ingestor(
        store, new FormatDetector(AdapterRegistry.standard()), StandardNormalizer.fromResources());
  }

  private static IngestRun ingest(DevpayStore store, Path file) {
    return ingestor(store).ingestAll(List.of(file), IngestListener.NONE);
  }

  private static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    return new ArrayList<>(Arrays.asList(text.split("\n")));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Path gzip(Path file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }
}
