package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.ingest.StorePayData;
import org.devpay.report.AnswerDocument;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The read-only API over real HTTP on loopback, serving the DOU and EU surveys: every figure
 * checked against an independent computation (pandas golden values, DuckDB SQL over the same
 * store), and every failure checked to be a problem+json with a 4xx status.
 */
class ApiTest {
  /** Fewer resamples than the default keep the suite quick; no asserted figure depends on them. */
  static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200));

  @TempDir static Path directory;

  private static Path store;
  private static DevpayServer server;
  private static HttpProbe http;
  private static final ConcurrentLinkedQueue<String> ACCESS_LOG = new ConcurrentLinkedQueue<>();

  @BeforeAll
  static void serveTheRealSubset() throws IOException {
    store = RealStores.subsetCopy(directory.resolve("api.duckdb"));
    server =
        DevpayServer.start(
            ServerSettings.defaults(store, 0)
                .withAnswers(SETTINGS)
                .withRequestsPerSecond(0)
                .withAccessLog(ACCESS_LOG::add));
    http = new HttpProbe(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthNamesTheDataVersionAndCountsEditionsAndRecords() throws Exception {
    HttpResponse<String> response = http.get("/api/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode health = HttpProbe.parse(response.body());
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("editions").asInt()).isEqualTo(5);
    assertThat(health.get("stale").asBoolean()).isFalse();
    try (DevpayStore opened = DevpayStore.openReadOnly(store)) {
      assertThat(health.get("data_version").asText()).isEqualTo(new StorePayData(opened).version());
      assertThat(health.get("records").asLong())
          .isEqualTo(opened.tableRowCounts().get("pay_record"));
    }
  }

  @Test
  void asPublishedQuartilesOfEveryServedEditionEqualPandasOnTheRawFiles() throws Exception {
    JsonNode answer = http.json("/api/answer");
    JsonNode golden;
    try (InputStream in =
        Files.newInputStream(
            Path.of("..", "devpay-cli", "src", "test", "resources", "golden")
                .resolve("as_published_quartiles.json"))) {
      golden = HttpProbe.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Map<String, JsonNode> served = new HashMap<>();
    answer.get("editions").forEach(e -> served.put(key(e), e));
    assertThat(served.keySet())
        .containsExactlyInAnyOrder(
            "dou-ua 2025-06",
            "it-salary-survey-eu 2017",
            "it-salary-survey-eu 2018",
            "it-salary-survey-eu 2019",
            "it-salary-survey-eu 2020");
    int compared = 0;
    for (JsonNode expected : golden.get("editions")) {
      JsonNode edition = served.get(key(expected));
      if (edition == null) {
        continue;
      }
      Map<String, JsonNode> roles = new HashMap<>();
      edition.at("/as_published/roles").forEach(r -> roles.put(r.get("role").asText(), r));
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("roles").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> role = it.next();
        JsonNode cell = roles.get(role.getKey());
        if (cell.get("suppressed").asBoolean()) {
          // Withheld: no figure and no count (the golden count is under k).
          assertThat(role.getValue().get("n").asInt()).isLessThan(10);
          assertThat(cell.get("n").isNull()).isTrue();
          assertThat(cell.get("median").isNull()).isTrue();
          assertThat(cell.get("median_ci_lower").isNull()).isTrue();
          continue;
        }
        assertThat(cell.get("n").asInt()).isEqualTo(role.getValue().get("n").asInt());
        for (String figure : List.of("p25", "median", "p75")) {
          double want = role.getValue().get(figure).asDouble();
          assertThat(cell.get(figure).asDouble())
              .as("%s %s %s", key(expected), role.getKey(), figure)
              .isCloseTo(want, within(Math.abs(want) * 1e-9));
          compared++;
        }
        assertThat(cell.get("median_ci_lower").asDouble())
            .isLessThanOrEqualTo(cell.get("median").asDouble());
        assertThat(cell.get("median_ci_upper").asDouble())
            .isGreaterThanOrEqualTo(cell.get("median").asDouble());
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void theAnswerIsTheCliDocumentPlusTheDataVersionAndFilter() throws Exception {
    ObjectNode served = (ObjectNode) http.json("/api/answer");
    List<EditionReport> reports;
    String version;
    try (DevpayStore opened = DevpayStore.openReadOnly(store)) {
      StorePayData data = new StorePayData(opened);
      reports = new RolePayAnswer(SETTINGS).answerAll(data);
      version = data.version();
    }
    ObjectNode direct = AnswerDocument.render(reports, SETTINGS);

    assertThat(served.remove("data_version").asText()).isEqualTo(version);
    assertThat(served.remove("filter").size()).isZero();
    // Compared as parsed JSON: numbers parse to the same node types on both sides.
    assertThat(served).isEqualTo(HttpProbe.parse(AnswerDocument.write(direct)));
  }

  /**
   * The default population in SQL (PopulationFilter.PROFESSIONAL_FULL_TIME): employment full time
   * or unknown, and not marked as not a developer by profession.
   */
  private static final String DEFAULT_POPULATION =
      " AND employment IN ('FULL_TIME', 'UNKNOWN')"
          + " AND coalesce(attributes['developer_by_profession'], 'yes') <> 'no'";

  @Test
  void aFilterIsAppliedBeforeTheFiguresAndMatchesDuckDbOverTheSameRows() throws Exception {
    JsonNode answer = http.json("/api/answer?dataset=dou-ua&seniority=SENIOR");
    assertThat(answer.get("filter").get("seniority").asText()).isEqualTo("senior");
    assertThat(answer.get("editions")).hasSize(1);
    JsonNode roles = answer.at("/editions/0/as_published/roles");
    Map<String, double[]> sql =
        sql(
            "SELECT role, count(*), quantile_cont(annual_local, 0.25),"
                + " quantile_cont(annual_local, 0.5), quantile_cont(annual_local, 0.75)"
                + " FROM pay_record WHERE dataset_id = 'dou-ua' AND seniority = 'senior'"
                + DEFAULT_POPULATION
                + " GROUP BY role");
    assertThat(roles).hasSize(sql.size());
    int published = 0;
    for (JsonNode cell : roles) {
      double[] expected = sql.get(cell.get("role").asText());
      assertThat(cell.get("n").asInt()).isEqualTo((int) expected[0]);
      if (expected[0] < 10) {
        assertThat(cell.get("suppressed").asBoolean()).isTrue();
        assertThat(cell.get("median").isNull()).isTrue();
        continue;
      }
      assertThat(cell.get("p25").asDouble()).isCloseTo(expected[1], within(1e-6));
      assertThat(cell.get("median").asDouble()).isCloseTo(expected[2], within(1e-6));
      assertThat(cell.get("p75").asDouble()).isCloseTo(expected[3], within(1e-6));
      published++;
    }
    assertThat(published).isGreaterThan(5);
    JsonNode unfiltered = http.json("/api/answer?dataset=dou-ua");
    assertThat(unfiltered.at("/editions/0/as_published/rows").asInt())
        .isGreaterThan(answer.at("/editions/0/as_published/rows").asInt());
  }

  @Test
  void experienceCurvesMatchDuckDbScreeningAndBandingTheSameRows() throws Exception {
    JsonNode curves = http.json("/api/experience-curves?dataset=dou-ua");
    assertThat(curves.get("editions")).hasSize(1);
    Map<String, double[]> sql =
        sql(
            "WITH e AS (SELECT * FROM pay_record WHERE dataset_id = 'dou-ua'"
                + DEFAULT_POPULATION
                + "),"
                + " f AS (SELECT quantile_cont(ln(annual_local), 0.25) AS q1,"
                + " quantile_cont(ln(annual_local), 0.75) AS q3 FROM e),"
                + " kept AS (SELECT e.* FROM e, f WHERE ln(annual_local) >= q1 - 3 * (q3 - q1)"
                + " AND ln(annual_local) <= q3 + 3 * (q3 - q1))"
                + " SELECT role || ' ' || CASE WHEN years_experience < 2 THEN '0-1'"
                + " WHEN years_experience < 5 THEN '2-4' WHEN years_experience < 10 THEN '5-9'"
                + " WHEN years_experience < 15 THEN '10-14' ELSE '15+' END,"
                + " count(*), quantile_cont(annual_local, 0.5) FROM kept"
                + " WHERE years_experience IS NOT NULL GROUP BY ALL");
    int points = 0;
    for (JsonNode role : curves.at("/editions/0/roles")) {
      for (JsonNode point : role.get("points")) {
        double[] expected =
            sql.getOrDefault(
                role.get("role").asText() + " " + point.get("band").asText(), new double[] {0, 0});
        assertThat(point.get("n").asInt()).isEqualTo((int) expected[0]);
        if (point.get("suppressed").asBoolean()) {
          assertThat(expected[0]).isLessThan(10);
          assertThat(point.get("median").isNull()).isTrue();
        } else {
          assertThat(point.get("median").asDouble()).isCloseTo(expected[1], within(1e-6));
          points++;
        }
      }
    }
    assertThat(points).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aFilterLeavingFewerThanKRowsPublishesNoFigureOfThatCell() throws Exception {
    JsonNode answer = http.json("/api/answer?dataset=it-salary-survey-eu&edition=2017");
    JsonNode smallest = null;
    for (JsonNode cell : answer.at("/editions/0/as_published/roles")) {
      if (cell.get("suppressed").asBoolean()) {
        smallest = cell;
      }
    }
    // EU 2017 has 3 data engineers and 5 data scientists (as_published_quartiles.json).
    assertThat(smallest).as("EU 2017 has a role with fewer than 10 rows").isNotNull();
    assertThat(smallest.get("n").isNull()).as("a withheld cell states no count").isTrue();
    for (String figure : List.of("p25", "median", "p75", "median_usd", "median_ci_lower")) {
      assertThat(smallest.get(figure).isNull()).as(figure).isTrue();
    }
  }

  @Test
  void datasetsOfferOnlyFilterValuesHeldByAtLeastKRecords() throws Exception {
    JsonNode datasets = http.json("/api/datasets");
    assertThat(datasets.get("privacy_floor_k").asInt()).isEqualTo(10);
    assertThat(datasets.get("editions")).hasSize(5);
    Map<String, Long> countries =
        sqlCounts(
            "SELECT country, count(*) FROM pay_record WHERE dataset_id = 'it-salary-survey-eu'"
                + " AND edition = '2020' AND country IS NOT NULL GROUP BY country");
    JsonNode eu2020 = null;
    for (JsonNode edition : datasets.get("editions")) {
      for (JsonNode counts : edition.get("filters")) {
        counts
            .fields()
            .forEachRemaining(
                e -> assertThat(e.getValue().asInt()).as(e.getKey()).isGreaterThanOrEqualTo(10));
      }
      if (key(edition).equals("it-salary-survey-eu 2020")) {
        eu2020 = edition;
      }
    }
    assertThat(eu2020).isNotNull();
    Map<String, Long> offered = new HashMap<>();
    eu2020
        .at("/filters/country")
        .fields()
        .forEachRemaining(e -> offered.put(e.getKey(), e.getValue().asLong()));
    Map<String, Long> atLeastK = new HashMap<>();
    countries.forEach(
        (country, n) -> {
          if (n >= 10) {
            atLeastK.put(country, n);
          }
        });
    assertThat(offered).isEqualTo(atLeastK);
    assertThat(countries.values()).anyMatch(n -> n < 10);
  }

  @Test
  void oneEditionHasItsOwnResourceAndUnknownOnesAreProblems() throws Exception {
    JsonNode edition = http.json("/api/editions/it-salary-survey-eu/2019?seniority=senior");
    assertThat(edition.get("editions")).hasSize(1);
    assertThat(key(edition.get("editions").get(0))).isEqualTo("it-salary-survey-eu 2019");

    assertProblem(http.get("/api/editions/no-such-dataset/2019"), 404, "no-such-dataset");
    assertProblem(http.get("/api/editions/dou-ua/2019"), 404, "has no edition '2019'");
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "/api/answer?role=backend|unknown query parameter 'role'",
        "/api/answer?seniority=guru|unknown seniority 'guru'",
        "/api/answer?country=XX|unknown country 'XX'",
        "/api/answer?dataset=a&dataset=b|given 2 times",
        "/api/answer?skill=|'skill' is empty",
        "/api/answer?dataset=dou-ua%27%3B%20DROP%20TABLE%20pay_record|unknown dataset",
        "/api/experience-curves?edition=1999|unknown edition '1999'"
      })
  void badParametersAreProblemsWithAClearMessageNotErrors(String path, String message)
      throws Exception {
    assertProblem(http.get(path), 400, message);
  }

  @Test
  void aValueLongerThanAnyAcceptedIsRefusedBeforeAnyLookup() throws Exception {
    assertProblem(http.get("/api/answer?metro=" + "x".repeat(500)), 400, "longer than 200");
  }

  @Test
  void unknownRoutesAndMethodsAreProblemsToo() throws Exception {
    assertProblem(http.get("/api/nothing-here"), 404, "/api/nothing-here");
    HttpResponse<String> post = http.post("/api/answer", new byte[0]);
    assertThat(post.statusCode()).isIn(404, 405);
    assertThat(post.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(Problems.CONTENT_TYPE));
    assertThat(
            http.post("/api/ingest?name=a.csv", "x".getBytes(StandardCharsets.UTF_8)).statusCode())
        .as("a read-only server has no ingest endpoint")
        .isIn(404, 405);
  }

  @Test
  void aRevalidationWithTheCurrentEtagIsNotModifiedAndFiltersHaveTheirOwnEtag() throws Exception {
    HttpResponse<String> first = http.get("/api/answer?country=de");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(etag).startsWith("W/\"");

    HttpResponse<String> again = http.get("/api/answer?country=DE", "If-None-Match", etag);
    assertThat(again.statusCode()).as("the same question, canonicalised").isEqualTo(304);
    assertThat(again.body()).isEmpty();

    String other =
        http.get("/api/answer?country=DE&seniority=senior")
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    assertThat(other).isNotEqualTo(etag);
    assertThat(http.get("/api/answer?country=DE", "If-None-Match", other).statusCode())
        .isEqualTo(200);
  }

  @Test
  void largeResponsesAreGzippedWhenTheClientAcceptsIt() throws Exception {
    HttpResponse<byte[]> plain = http.getBytes("/api/answer");
    HttpResponse<byte[]> gzipped = http.getBytes("/api/answer", "Accept-Encoding", "gzip");

    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
  }

  @Test
  void theDashboardAndItsLibrariesAreServedFromThisServer() throws Exception {
    HttpResponse<String> page = http.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    List<String> assets = new ArrayList<>();
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
    while (matcher.find()) {
      assets.add(matcher.group(1));
    }
    String docs = http.get("/api/docs/").body();
    matcher = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(docs);
    while (matcher.find()) {
      assets.add(matcher.group(1));
    }
    assertThat(assets)
        .contains(
            "/webjars/echarts/5.3.1/dist/echarts.min.js",
            "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js");
    for (String asset : assets) {
      assertThat(http.getBytes(asset).statusCode()).as(asset).isEqualTo(200);
    }
  }

  @Test
  void theOpenApiDocumentListsEveryEndpointWithItsParameters() throws Exception {
    JsonNode openApi = http.json("/api/openapi.json");
    assertThat(openApi.get("openapi").asText()).startsWith("3.1");
    List<String> paths = new ArrayList<>();
    openApi.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .containsExactlyInAnyOrder(
            "/api/health",
            "/api/datasets",
            "/api/answer",
            "/api/editions/{dataset}/{edition}",
            "/api/experience-curves",
            "/api/estimate",
            "/api/standing",
            "/api/compare",
            "/api/factors/{factor}",
            "/api/claims",
            "/article",
            "/api/article.md",
            "/api/openapi.json");
    List<String> parameters = new ArrayList<>();
    openApi
        .at("/paths/~1api~1answer/get/parameters")
        .forEach(p -> parameters.add(p.get("name").asText()));
    assertThat(parameters)
        .containsExactly(
            "dataset", "edition", "country", "metro", "seniority", "industry", "skill");
    assertThat(
            openApi.at("/paths/~1api~1answer/get/responses/400/content").has(Problems.CONTENT_TYPE))
        .isTrue();
    assertThat(openApi.at("/paths/~1article/get/responses/200/content").has("text/html")).isTrue();
    assertThat(
            openApi.at("/paths/~1api~1article.md/get/responses/200/content").has("text/markdown"))
        .isTrue();
    assertThat(openApi.at("/components/schemas/ArticleHtml/type").asText()).isEqualTo("string");
  }

  @Test
  void everyRequestIsOneStructuredAccessLogLine() throws Exception {
    http.get("/api/health?probe=1");
    String line = ACCESS_LOG.stream().filter(l -> l.contains("probe=1")).findFirst().orElseThrow();
    JsonNode entry = HttpProbe.parse(line);
    assertThat(entry.get("method").asText()).isEqualTo("GET");
    assertThat(entry.get("path").asText()).isEqualTo("/api/health");
    assertThat(entry.get("status").asInt()).isEqualTo(400);
    assertThat(entry.get("client").asText()).isEqualTo("127.0.0.1");
    assertThat(entry.has("duration_ms")).isTrue();
    assertThat(entry.has("time")).isTrue();
  }

  @Test
  void theServerHoldsNoLockOnTheStoreBetweenRefreshes() throws Exception {
    http.json("/api/health");
    // A writer (such as ./devpay ingest in another process) can open the file while it serves.
    try (DevpayStore writer = DevpayStore.open(store)) {
      assertThat(writer.tableRowCounts().get("pay_record")).isPositive();
    }
  }

  static void assertProblem(HttpResponse<String> response, int status, String detail)
      throws IOException {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(Problems.CONTENT_TYPE));
    JsonNode problem = HttpProbe.parse(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("type").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).contains(detail);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static String key(JsonNode edition) {
    return edition.get("dataset").asText() + " " + edition.get("edition").asText();
  }

  /** Rows of (key, numbers...) from a read-only DuckDB connection to the served store. */
  private static Map<String, double[]> sql(String query) throws SQLException {
    Map<String, double[]> out = new HashMap<>();
    try (Connection connection = readOnly();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(query)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        double[] values = new double[columns - 1];
        for (int i = 2; i <= columns; i++) {
          values[i - 2] = rs.getDouble(i);
        }
        out.put(rs.getString(1), values);
      }
    }
    return out;
  }

  private static Map<String, Long> sqlCounts(String query) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    sql(query).forEach((k, v) -> out.put(k, (long) v[0]));
    return out;
  }

  private static Connection readOnly() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), properties);
  }
}
