package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest endpoint, which exists only with a token: it refuses requests without the token and
 * bodies over the limit, ingests a real file into a store that did not exist, and the new data
 * version shows in health, ETags and answers without a restart.
 */
class IngestApiTest {
  private static final String TOKEN = "test-token-0123456789abcdef";

  @TempDir Path directory;

  private DevpayServer server;
  private HttpProbe http;
  private Path store;

  @BeforeEach
  void startWithoutAnyStore() {
    store = directory.resolve("new.duckdb");
    server =
        DevpayServer.start(
            ServerSettings.defaults(store, 0)
                .withAnswers(ApiTest.SETTINGS)
                .withRequestsPerSecond(0)
                .withMaxUploadBytes(1024 * 1024)
                .withIngest(new IngestAccess(TOKEN, RealStores::ingestor))
                .withAccessLog(line -> {}));
    http = new HttpProbe(server.baseUri());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void beforeAnyIngestHealthSaysNoDataAndAnswersSayHowToIngest() throws Exception {
    JsonNode health = http.json("/api/health");
    assertThat(health.get("status").asText()).isEqualTo("no-data");
    assertThat(health.get("records").asLong()).isZero();
    ApiTest.assertProblem(http.get("/api/answer"), 404, "no data has been ingested yet");
    assertThat(http.json("/api/datasets").get("editions")).isEmpty();
    assertThat(store).doesNotExist();
  }

  @Test
  void ingestNeedsTheServersToken() throws Exception {
    byte[] file =
        Files.readAllBytes(RealData.file("it-salary-survey-eu/IT Salary Survey EU 2019.csv"));
    String path = "/api/ingest?name=" + "IT%20Salary%20Survey%20EU%202019.csv";

    HttpResponse<String> none = http.post(path, file);
    ApiTest.assertProblem(none, 401, "Authorization: Bearer TOKEN");
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    ApiTest.assertProblem(
        http.post(path, file, "Authorization", "Bearer " + TOKEN + "x"), 401, "token");
    ApiTest.assertProblem(http.post(path, file, "Authorization", TOKEN), 401, "token");
    assertThat(store).doesNotExist();
  }

  @Test
  void aRealFileIsIngestedAndTheNewVersionIsServedAtOnce() throws Exception {
    Path real = RealData.file("it-salary-survey-eu/IT Salary Survey EU 2019.csv");
    String before = http.json("/api/health").get("data_version").asText();
    String datasetsEtag = http.get("/api/datasets").headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> response =
        http.post(
            "/api/ingest?name=" + "IT%20Salary%20Survey%20EU%202019.csv",
            Files.readAllBytes(real), "Authorization", "Bearer " + TOKEN);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = HttpProbe.parse(response.body());
    JsonNode table = report.get("tables").get(0);
    assertThat(table.get("outcome").asText()).isEqualTo("ingested");
    assertThat(table.get("format").asText()).isEqualTo("it-salary-survey-eu/2019");
    assertThat(table.get("rows_read").asLong())
        .isEqualTo(table.get("rows_accepted").asLong() + table.get("rows_rejected").asLong());
    String after = report.get("data_version").asText();
    assertThat(after).isNotEqualTo(before);

    JsonNode health = http.json("/api/health");
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("data_version").asText()).isEqualTo(after);
    assertThat(health.get("records").asLong()).isEqualTo(table.get("rows_accepted").asLong());
    HttpResponse<String> revalidated = http.get("/api/datasets", "If-None-Match", datasetsEtag);
    assertThat(revalidated.statusCode()).as("the old ETag is stale").isEqualTo(200);
    assertThat(HttpProbe.parse(revalidated.body()).get("editions")).hasSize(1);
    JsonNode answer = http.json("/api/answer");
    assertThat(answer.at("/editions/0/edition").asText()).isEqualTo("2019");
    // pandas on the raw file: EU 2019 back-end n = 253, median 70,000 EUR
    // (devpay-cli/src/test/resources/golden/as_published_quartiles.json).
    JsonNode backend = answer.at("/editions/0/as_published/roles/0");
    assertThat(backend.get("role").asText()).isEqualTo("backend");
    assertThat(backend.get("n").asInt()).isEqualTo(253);
    assertThat(backend.get("median").asDouble()).isEqualTo(70000.0);

    HttpResponse<String> again =
        http.post(
            "/api/ingest?name=copy.csv",
            Files.readAllBytes(real),
            "Authorization",
            "Bearer " + TOKEN);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(HttpProbe.parse(again.body()).at("/tables/0/outcome").asText())
        .isEqualTo("already_ingested");
    assertThat(HttpProbe.parse(again.body()).get("data_version").asText()).isEqualTo(after);
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsStored() throws Exception {
    byte[] large = new byte[2 * 1024 * 1024];
    ApiTest.assertProblem(
        http.post("/api/ingest?name=big.csv", large, "Authorization", "Bearer " + TOKEN),
        413,
        "exceeds the limit of 1048576 bytes");
    assertThat(store).doesNotExist();
  }

  @Test
  void aFileOfNoKnownFormatIsUnprocessableAndAPathAsNameIsRefused() throws Exception {
    byte[] text = "just,some\ntext,here\n".getBytes(StandardCharsets.UTF_8);
    ApiTest.assertProblem(
        http.post("/api/ingest?name=notes.csv", text, "Authorization", "Bearer " + TOKEN),
        422,
        "nothing in the file could be ingested");
    ApiTest.assertProblem(
        http.post(
            "/api/ingest?name=..%2F..%2Fetc%2Fpasswd", text, "Authorization", "Bearer " + TOKEN),
        400,
        "plain file name");
  }

  @Test
  void theOpenApiDocumentListsIngestOnlyWhenItIsEnabled() throws Exception {
    JsonNode openApi = http.json("/api/openapi.json");
    assertThat(openApi.at("/paths/~1api~1ingest/post/security")).isNotEmpty();
  }

  @Test
  void noResponseNamesADirectoryOfTheServerMachine() throws Exception {
    byte[] real =
        Files.readAllBytes(RealData.file("it-salary-survey-eu/IT Salary Survey EU 2019.csv"));
    String auth = "Bearer " + TOKEN;
    List<HttpResponse<String>> responses = new ArrayList<>();
    responses.add(http.post("/api/ingest?name=eu2019.csv", real, "Authorization", auth));
    responses.add(http.post("/api/ingest?name=eu2019.csv", real, "Authorization", auth));
    responses.add(
        http.post(
            "/api/ingest?name=cut.csv.gz",
            new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0},
            "Authorization",
            auth));
    responses.add(
        http.post(
            "/api/ingest?name=notes.csv",
            "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
            "Authorization",
            auth));
    responses.add(http.get("/api/health"));
    responses.add(http.get("/api/answer"));
    responses.add(http.get("/api/editions/it-salary-survey-eu/2019"));
    responses.add(http.get("/api/datasets"));

    JsonNode health = HttpProbe.parse(responses.get(4).body());
    assertThat(health.get("store").asText()).isEqualTo("new.duckdb");
    JsonNode sources = HttpProbe.parse(responses.get(5).body()).at("/editions/0/sources/0");
    assertThat(sources.get("file").asText()).isEqualTo("eu2019.csv");
    assertThat(sources.get("sha256").asText()).hasSize(64);
    JsonNode tables = HttpProbe.parse(responses.get(0).body()).get("tables");
    assertThat(tables.get(0).get("file").asText()).isEqualTo("eu2019.csv");
    List<String> serverDirectories =
        List.of(
            directory.toAbsolutePath().toString(),
            Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString(),
            Path.of(System.getProperty("user.dir")).toAbsolutePath().toString(),
            Path.of(System.getProperty("user.home")).toAbsolutePath().toString());
    for (HttpResponse<String> response : responses) {
      for (String serverDirectory : serverDirectories) {
        assertThat(response.body())
            .as(response.uri() + " -> " + response.statusCode())
            .doesNotContain(serverDirectory + "/")
            .doesNotContain("devpay-upload-");
      }
    }
  }
}
