package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.SourceCitation;
import org.devpay.ingest.StorePayData;
import org.devpay.store.DevpayStore;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path work;

  @Test
  void ingestingTheSameFilesTwiceChangesNothing() throws IOException {
    Path eu = RealData.file("it-salary-survey-eu");
    Path so2017 = RealData.file("so-survey-2017-partial");
    String db = work.resolve("twice.duckdb").toString();

    CommandRunner first = CommandRunner.run("ingest", "--db", db, eu.toString(), so2017.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("truncated_row 1").contains("5 ingested");
    Map<String, Long> before;
    String versionBefore;
    try (DevpayStore store = DevpayStore.open(Path.of(db))) {
      before = store.tableRowCounts();
      versionBefore = new StorePayData(store).version();
      assertThat(new StorePayData(store).editions())
          .extracting(EditionKey::toString)
          .containsExactly(
              "it-salary-survey-eu 2017",
              "it-salary-survey-eu 2018",
              "it-salary-survey-eu 2019",
              "it-salary-survey-eu 2020",
              "so-survey-2017 2017");
      SourceCitation citation =
          new StorePayData(store).citation(new EditionKey("so-survey-2017", "2017"));
      assertThat(citation.licence()).contains("ODbL");
      assertThat(citation.files()).hasSize(1);
      assertThat(citation.files().get(0).rowsRead()).isEqualTo(19_102);
    }

    CommandRunner second =
        CommandRunner.run("ingest", "--db", db, eu.toString(), so2017.toString());
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("0 ingested").contains("6 already ingested");
    try (DevpayStore store = DevpayStore.open(Path.of(db))) {
      assertThat(store.tableRowCounts()).isEqualTo(before);
      assertThat(new StorePayData(store).version()).isEqualTo(versionBefore);
    }
    CommandRunner third =
        CommandRunner.run(
            "ingest", "--db", db, RealData.file("dou-ua-salaries/2025_june_raw.csv").toString());
    assertThat(third.exitCode()).isZero();
    try (DevpayStore store = DevpayStore.open(Path.of(db))) {
      assertThat(new StorePayData(store).version()).isNotEqualTo(versionBefore);
    }
  }

  /**
   * Acceptance: both Stack Overflow folders ingest; the truncated last row of the 2017 copy is a
   * counted rejection (SOURCE.md: row 19,102 has 32 of 154 fields). 2016: 56,030 rows, 41,742
   * accepted; 2017: 19,102 rows, 5,007 accepted (StackOverflow201xRealFileTest's scripts).
   */
  @Test
  void ingestsBothStackOverflowFilesCountingTheTruncatedRow() {
    String db = work.resolve("so.duckdb").toString();

    CommandRunner result =
        CommandRunner.run(
            "ingest",
            "--db",
            db,
            RealData.file("so-survey-2017-partial").toString(),
            RealData.file("so-survey-2016").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern(
            "ingested +\\S*survey_results_public.csv +so-survey/2017 +19,102 +5,007 +14,095 +.*truncated_row 1")
        .containsPattern(
            "ingested +\\S*so_survey_2016_from_stacksurveyr.csv.gz +so-survey/2016-stacksurveyr +56,030 +41,742 +14,288");
    try (DevpayStore store = DevpayStore.open(Path.of(db))) {
      assertThat(new StorePayData(store).editions())
          .extracting(EditionKey::toString)
          .containsExactly("so-survey-2016 2016", "so-survey-2017 2017");
    }
  }

  @Test
  void malformedFileIsReportedWithItsReasonAndDoesNotStopTheOthers() throws IOException {
    Path input = Files.createDirectories(work.resolve("input"));
    Files.write(input.resolve("broken.zip"), "PK\u0003\u0004 this is not really a zip".getBytes());
    Files.write(input.resolve("cut.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    Files.createSymbolicLink(
        input.resolve("eu2019.csv"),
        RealData.file("it-salary-survey-eu/IT Salary Survey EU 2019.csv"));
    String db = work.resolve("mixed.duckdb").toString();

    CommandRunner result = CommandRunner.run("ingest", "--db", db, input.toString());

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.out()).contains("failed").contains("broken.zip").contains("cut.csv.gz");
    assertThat(result.out())
        .containsPattern(
            "ingested\\s+\\S*eu2019.csv\\s+it-salary-survey-eu/2019\\s+991\\s+990\\s+1");
    try (DevpayStore store = DevpayStore.open(Path.of(db))) {
      assertThat(store.records("it-salary-survey-eu", "2019")).hasSize(990);
    }
  }

  @Test
  void missingPathIsMissingDataAndCreatesNoStore() {
    CommandRunner result =
        CommandRunner.run(
            "ingest", "--db", work.resolve("x.duckdb").toString(), work.resolve("nope").toString());
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("nope");
    assertThat(work.resolve("x.duckdb")).doesNotExist();
  }
}
