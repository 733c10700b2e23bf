package org.devpay.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.catalog.Dataset;
import org.devpay.sources.catalog.DatasetFile;
import org.devpay.sources.fetch.FileFetch.Checksum;
import org.devpay.sources.fetch.FileFetch.Outcome;
import org.devpay.sources.fetch.LocalFileServer.Fault;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Fetcher} against a local HTTP server on 127.0.0.1 serving ../shared/data. Checksums and
 * sizes are those of the files' SOURCE.md (so-survey-2017-partial: 3,476,627 bytes, sha256
 * b23b3ac0...; it-salary-survey-eu 2019: 140,789 bytes, sha256 c048ef2f...).
 */
class FetcherTest {
  private static final String ZIP = "so-survey-2017-partial/survey_results_public.csv.zip";
  private static final String ZIP_SHA =
      "b23b3ac084e9895697d602f93864424ce4d018b4dea15338a81efbe9ff75736e";
  private static final long ZIP_BYTES = 3_476_627;
  private static final String EU = "it-salary-survey-eu/IT Salary Survey EU 2019.csv";
  private static final String EU_SHA =
      "c048ef2f4177999d979fe01ec5904bbfb7ccb701fa41259b1c54317866733c88";

  @TempDir Path target;

  private LocalFileServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = new LocalFileServer(RealData.dir());
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** A dataset of one file served by the local server from ../shared/data. */
  private Dataset dataset(String relative, Optional<String> sha, OptionalLong bytes) {
    String name = Path.of(relative).getFileName().toString();
    return datasetOf(
        "test-dataset",
        Optional.empty(),
        new DatasetFile(name, Optional.of(server.uri(relative)), sha, bytes, ""));
  }

  private static Dataset datasetOf(String id, Optional<String> localFolder, DatasetFile... files) {
    return new Dataset(id, "t", "p", "l", "a", "", localFolder, "", List.of(files));
  }

  private static DatasetFile file(String name, Optional<URI> url) {
    return new DatasetFile(name, url, Optional.empty(), OptionalLong.empty(), "");
  }

  private FileFetch fetch(Dataset dataset, int attempts) {
    return Fetcher.overHttp(Fetcher.defaultClient(), target, FetchListener.NONE, attempts)
        .fetch(dataset)
        .get(0);
  }

  private Path saved(String relative) {
    return target.resolve("test-dataset").resolve(Path.of(relative).getFileName().toString());
  }

  @Test
  void downloadsAndVerifiesAGoodFile() throws IOException {
    FileFetch result = fetch(dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES)), 3);

    assertThat(result.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(result.checksum()).isEqualTo(Checksum.VERIFIED);
    assertThat(result.path()).contains(saved(ZIP));
    assertThat(Files.mismatch(saved(ZIP), RealData.file(ZIP))).isEqualTo(-1);
    assertThat(Files.exists(saved(ZIP).resolveSibling(saved(ZIP).getFileName() + ".part")))
        .isFalse();
    assertThat(server.ranges()).containsExactly("");
  }

  @Test
  void encodesSpacesInFileNames() {
    FileFetch result = fetch(dataset(EU, Optional.of(EU_SHA), OptionalLong.empty()), 3);

    assertThat(result.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(result.checksum()).isEqualTo(Checksum.VERIFIED);
  }

  @Test
  void refusesACorruptedDownloadAndKeepsNoneOfItsBytes() {
    server.fault(Fault.CORRUPT);

    FileFetch result = fetch(dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES)), 3);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.checksum()).isEqualTo(Checksum.MISMATCH);
    assertThat(result.failure()).contains(ErrorCategory.BAD_INPUT_FILE);
    assertThat(result.message()).contains("refused").contains(ZIP_SHA);
    assertThat(result.sha256()).isPresent().get().isNotEqualTo(ZIP_SHA);
    assertThat(saved(ZIP)).doesNotExist();
    assertThat(saved(ZIP).resolveSibling(saved(ZIP).getFileName() + ".part")).doesNotExist();
  }

  @Test
  void resumesATruncatedDownloadWithARangeRequest() throws IOException {
    server.fault(Fault.CUT_ONCE);

    FileFetch result = fetch(dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES)), 3);

    assertThat(result.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(result.checksum()).isEqualTo(Checksum.VERIFIED);
    assertThat(Files.mismatch(saved(ZIP), RealData.file(ZIP))).isEqualTo(-1);
    // The first request got half the file; the second asked only for the rest.
    assertThat(server.ranges()).hasSize(2);
    assertThat(server.ranges().get(0)).isEmpty();
    assertThat(server.ranges().get(1)).matches("bytes=[1-9][0-9]*-");
    long resumedAt = Long.parseLong(server.ranges().get(1).replaceAll("\\D", ""));
    assertThat(resumedAt).isGreaterThan(0).isLessThanOrEqualTo(ZIP_BYTES / 2);
  }

  @Test
  void aTruncatedDownloadIsKeptAsAPartFileAndResumedByTheNextRun() throws IOException {
    server.fault(Fault.CUT_ONCE);
    Dataset dataset = dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES));

    FileFetch first = fetch(dataset, 1);

    Path part = saved(ZIP).resolveSibling(saved(ZIP).getFileName() + ".part");
    assertThat(first.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(first.failure()).contains(ErrorCategory.ENVIRONMENT);
    assertThat(first.message()).contains("run fetch again to resume");
    assertThat(part).exists();
    long held = Files.size(part);
    assertThat(held).isLessThan(ZIP_BYTES);

    FileFetch second = fetch(dataset, 1);

    assertThat(second.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(second.checksum()).isEqualTo(Checksum.VERIFIED);
    assertThat(server.ranges()).last().isEqualTo("bytes=" + held + "-");
    assertThat(Files.mismatch(saved(ZIP), RealData.file(ZIP))).isEqualTo(-1);
  }

  @Test
  void restartsFromTheFirstByteWhenTheServerIgnoresTheRange() throws IOException {
    server.fault(Fault.CUT_ONCE);
    Dataset dataset = dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES));
    fetch(dataset, 1);
    server.fault(Fault.IGNORE_RANGE);

    FileFetch result = fetch(dataset, 1);

    assertThat(result.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(Files.mismatch(saved(ZIP), RealData.file(ZIP))).isEqualTo(-1);
  }

  @Test
  void aMissingFileIsANotFoundFailureAndWritesNothing() throws IOException {
    Dataset dataset =
        datasetOf(
            "test-dataset",
            Optional.empty(),
            file("gone.csv", Optional.of(server.uri("no-such-folder/gone.csv"))));

    FileFetch result = fetch(dataset, 3);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.failure()).contains(ErrorCategory.MISSING_DATA);
    assertThat(result.message()).contains("404");
    assertThat(server.requests()).isEqualTo(1);
    try (var files = Files.list(target.resolve("test-dataset"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void keepsAFileWithoutARecordedChecksumAndReportsTheOneItComputed() {
    FileFetch result = fetch(dataset(EU, Optional.empty(), OptionalLong.empty()), 3);

    assertThat(result.outcome()).isEqualTo(Outcome.DOWNLOADED);
    assertThat(result.checksum()).isEqualTo(Checksum.NOT_RECORDED);
    assertThat(result.sha256()).contains(EU_SHA);
    assertThat(result.message()).contains(EU_SHA);
  }

  @Test
  void aFileAlreadyPresentIsVerifiedAndNotDownloadedAgain() {
    Dataset dataset = dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES));
    fetch(dataset, 3);

    FileFetch again = fetch(dataset, 3);

    assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_PRESENT);
    assertThat(again.checksum()).isEqualTo(Checksum.VERIFIED);
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void aDifferentFileAlreadyAtTheTargetIsReportedAndLeftAlone() throws IOException {
    Files.createDirectories(target.resolve("test-dataset"));
    Files.writeString(saved(ZIP), "not the survey");

    FileFetch result = fetch(dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES)), 3);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.checksum()).isEqualTo(Checksum.MISMATCH);
    assertThat(Files.readString(saved(ZIP))).isEqualTo("not the survey");
    assertThat(server.requests()).isZero();
  }

  @Test
  void reportsProgressUpToTheWholeFile() {
    long[] last = {0};
    long[] total = {-1};
    FetchListener listener =
        new FetchListener() {
          @Override
          public void started(DatasetFile file, OptionalLong totalBytes, long startingAt) {
            total[0] = totalBytes.orElse(-1);
          }

          @Override
          public void progressed(DatasetFile file, long bytesHeld) {
            last[0] = bytesHeld;
          }
        };

    Fetcher.overHttp(Fetcher.defaultClient(), target, listener, 3)
        .fetch(dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES)));

    assertThat(total[0]).isEqualTo(ZIP_BYTES);
    assertThat(last[0]).isEqualTo(ZIP_BYTES);
  }

  @Test
  void aMirrorSuppliesVerifiedFilesFromTheSharedDataLayoutWithoutTheNetwork() throws IOException {
    Dataset dataset =
        datasetOf(
            "so-survey-2017",
            Optional.of("so-survey-2017-partial"),
            new DatasetFile(
                "survey_results_public.csv.zip",
                Optional.of(URI.create("https://example.invalid/x.zip")),
                Optional.of(ZIP_SHA),
                OptionalLong.of(ZIP_BYTES),
                ""),
            file(
                "not-in-the-mirror.zip", Optional.of(URI.create("https://example.invalid/y.zip"))));

    List<FileFetch> results =
        Fetcher.fromMirror(RealData.dir(), target, FetchListener.NONE).fetch(dataset);

    assertThat(results.get(0).outcome()).isEqualTo(Outcome.COPIED_FROM_MIRROR);
    assertThat(results.get(0).checksum()).isEqualTo(Checksum.VERIFIED);
    assertThat(results.get(1).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(results.get(1).message()).contains("not in the mirror");
    assertThat(server.requests()).isZero();
  }

  @Test
  void aMirrorCopyWithAnotherChecksumIsRefused(@TempDir Path mirror) throws IOException {
    Path copy =
        Files.createDirectories(mirror.resolve("test-dataset"))
            .resolve("survey_results_public.csv.zip");
    byte[] bytes = Files.readAllBytes(RealData.file(ZIP));
    bytes[1000] ^= 1;
    Files.write(copy, bytes);

    FileFetch result =
        Fetcher.fromMirror(mirror, target, FetchListener.NONE)
            .fetch(dataset(ZIP, Optional.of(ZIP_SHA), OptionalLong.of(ZIP_BYTES)))
            .get(0);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.checksum()).isEqualTo(Checksum.MISMATCH);
    assertThat(saved(ZIP)).doesNotExist();
  }

  @Test
  void aLocalCopyWithoutAnAddressIsSkippedWhenDownloading() {
    Dataset dataset =
        datasetOf("test-dataset", Optional.empty(), file("local.csv.gz", Optional.empty()));

    FileFetch result = fetch(dataset, 3);

    assertThat(result.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(result.message()).contains("--mirror");
  }
}
