package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devpay fetch} with a mirror (the shared data directory), which needs no network; the HTTP
 * path (good, corrupted, truncated and resumed, missing files) is tested in devpay-sources'
 * FetcherTest against a local server.
 */
class FetchCommandTest {
  @TempDir Path work;

  @Test
  void copiesVerifiedFilesFromAMirrorAndSkipsWhatItLacks() {
    Path into = work.resolve("data");

    CommandRunner result =
        CommandRunner.run(
            "fetch",
            "so-survey-2017",
            "it-salary-survey-eu",
            "--mirror",
            RealData.dir().toString(),
            "--into",
            into.toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(into.resolve("so-survey-2017/survey_results_public.csv.zip")).exists();
    assertThat(into.resolve("so-survey-2017/survey_results_public.csv")).exists();
    assertThat(into.resolve("it-salary-survey-eu/IT Salary Survey EU  2020.csv")).exists();
    assertThat(result.out())
        .contains("so-survey-2017 (Stack Overflow Developer Survey 2017, Stack Exchange Inc.")
        .contains("copied from mirror")
        .contains("sha256 verified")
        .contains("stack-overflow-developer-survey-2017.zip: not in the mirror")
        .contains("Next: ./devpay ingest " + into);
  }

  @Test
  void theFetchedFilesIngest() {
    Path into = work.resolve("data");
    CommandRunner.run(
        "fetch",
        "it-salary-survey-eu",
        "--mirror",
        RealData.dir().toString(),
        "--into",
        into.toString());

    CommandRunner ingest =
        CommandRunner.run("ingest", "--db", work.resolve("s.duckdb").toString(), into.toString());

    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("4 ingested");
  }

  @Test
  void anUnknownDatasetIsMissingDataAndNothingIsFetched() {
    CommandRunner result =
        CommandRunner.run("fetch", "so-survey-1999", "--into", work.resolve("d").toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("unknown dataset 'so-survey-1999'");
    assertThat(Files.exists(work.resolve("d"))).isFalse();
  }

  @Test
  void aMirrorWithNoneOfTheFilesIsMissingData() {
    CommandRunner result =
        CommandRunner.run(
            "fetch", "dou-ua", "--mirror", work.toString(), "--into", work.resolve("d").toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).contains("nothing of dou-ua was obtained from the mirror");
  }

  @Test
  void theMirrorComesFromTheOptionElseTheEnvironment() {
    assertThat(FetchCommand.mirror(Optional.of(Path.of("a")), Map.of("DEVPAY_MIRROR", "b")))
        .contains(Path.of("a"));
    assertThat(FetchCommand.mirror(Optional.empty(), Map.of("DEVPAY_MIRROR", " b ")))
        .contains(Path.of("b"));
    assertThat(FetchCommand.mirror(Optional.empty(), Map.of("DEVPAY_MIRROR", " "))).isEmpty();
    assertThat(FetchCommand.mirror(Optional.empty(), Map.of())).isEmpty();
  }
}
