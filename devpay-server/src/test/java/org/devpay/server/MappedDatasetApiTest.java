package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.ingest.IngestListener;
import org.devpay.ingest.IngestOutcome;
import org.devpay.ingest.Ingestor;
import org.devpay.sources.mapping.MappedTable;
import org.devpay.sources.mapping.MappingFile;
import org.devpay.store.DevpayStore;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset a user brought with a mapping file is served like any other: listed by /api/datasets
 * with the title, licence and attribution its mapping states and marked user-provided, answered,
 * compared and filtered by the API that the dashboard reads. The real IT Salary Survey EU 2019 CSV
 * is read here through a mapping, as a file devpay does not know.
 */
class MappedDatasetApiTest {
  private static final String MAPPING =
      """
      dataset: eu-it-salaries
      edition: "2019"
      year: 2019
      currency: EUR
      period: year
      basis: gross
      scope: base
      title: IT Salary Survey EU 2019, mapped
      licence: Not stated by the publisher
      attribution: Cite the survey authors
      columns:
        pay: Yearly brutto salary (without bonus and stocks)
        role: Position (without seniority)
        years_experience: Years of experience
        city: City
        seniority: Seniority level
      """;

  @TempDir static Path directory;

  private static DevpayServer server;
  private static HttpProbe http;

  @BeforeAll
  static void serveAMappedDataset() {
    Path store = directory.resolve("mapped.duckdb");
    try (DevpayStore opened = DevpayStore.open(store)) {
      var report =
          Ingestor.ingest(
              opened,
              MappedTable.open(
                  RealData.file("it-salary-survey-eu/IT Salary Survey EU 2019.csv"),
                  MappingFile.parse("eu.yaml", MAPPING)),
              StandardNormalizer.fromResources(),
              IngestListener.NONE);
      assertThat(report.outcome()).isEqualTo(IngestOutcome.INGESTED);
    }
    server =
        DevpayServer.start(
            ServerSettings.defaults(store, 0)
                .withAnswers(ApiTest.SETTINGS)
                .withRequestsPerSecond(0)
                .withAccessLog(line -> {}));
    http = new HttpProbe(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void datasetsListItWithWhatItsMappingStates() throws IOException, InterruptedException {
    HttpResponse<String> response = http.get("/api/datasets");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode edition = HttpProbe.parse(response.body()).get("editions").get(0);
    assertThat(edition.get("dataset").asText()).isEqualTo("eu-it-salaries");
    assertThat(edition.get("edition").asText()).isEqualTo("2019");
    assertThat(edition.get("title").asText()).isEqualTo("IT Salary Survey EU 2019, mapped");
    assertThat(edition.get("publisher").asText())
        .isEqualTo("not stated (user-provided, read by a mapping file)");
    assertThat(edition.get("licence").asText())
        .isEqualTo("Not stated by the publisher; attribution: Cite the survey authors");
    assertThat(edition.get("pay").asText())
        .isEqualTo("gross base pay in EUR per year as published");
    assertThat(edition.get("records").asInt()).isEqualTo(990);
  }

  @Test
  void itIsAnsweredComparedAndFiltered() throws IOException, InterruptedException {
    HttpResponse<String> answer = http.get("/api/editions/eu-it-salaries/2019");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).contains("\"backend\"");

    HttpResponse<String> compare =
        http.get("/api/compare?role=backend&vs=frontend&dataset=eu-it-salaries");
    assertThat(compare.statusCode()).as(compare.body()).isEqualTo(200);
    assertThat(compare.body()).contains("eu-it-salaries");

    HttpResponse<String> berlin = http.get("/api/answer?dataset=eu-it-salaries&metro=Berlin");
    assertThat(berlin.statusCode()).as(berlin.body()).isEqualTo(200);
  }
}
