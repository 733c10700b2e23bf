package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devpay compare} and {@code devpay factors} on the real data: suppressed cells say so,
 * every format works, and the factor cells equal DuckDB SQL over the same store (the screen's
 * fences and the medians computed by DuckDB's quantile_cont, which is type 7).
 */
class CompareAndFactorsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * levels.fyi's screened rows as a CTE named {@code screened}: Tukey fences at 3 IQR on ln(annual
   * pay) over the edition, quartiles by DuckDB's quantile_cont (type 7), as OutlierScreen does.
   */
  private static final String SCREENED_LEVELS_FYI =
      """
        WITH fences AS (
          SELECT quantile_cont(ln(annual_local), 0.25) AS q1,
                 quantile_cont(ln(annual_local), 0.75) AS q3
          FROM pay_record WHERE dataset_id = 'levels-fyi'),
        screened AS (
          SELECT p.* FROM pay_record p, fences f
          WHERE p.dataset_id = 'levels-fyi'
            AND ln(p.annual_local) BETWEEN f.q1 - 3 * (f.q3 - f.q1) AND f.q3 + 3 * (f.q3 - f.q1))
      """;

  @TempDir static Path directory;

  private static Path store;

  @BeforeAll
  static void realStore() {
    store = IngestedRealData.copyTo(directory.resolve("compare.duckdb"));
  }

  private static CommandRunner run(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = store.toString();
    all[args.length + 2] = "--resamples";
    all[args.length + 3] = "200";
    return CommandRunner.run(all);
  }

  @Test
  void anEditionWithFewerThanKFullStackRespondentsIsSuppressedAndSaysSo() throws IOException {
    CommandRunner table =
        run("compare", "--role", "backend", "--vs", "fullstack", "--no-decomposition");
    assertThat(table.exitCode()).as(table.err()).isZero();
    // IT Salary Survey EU 2020 has 7 full-stack rows (as_published_quartiles.json), so the
    // edition is suppressed whatever its back-end count, and states neither count.
    assertThat(table.out()).containsPattern("it-salary-survey-eu 2020 +gross base EUR +suppressed");

    CommandRunner json =
        run(
            "compare",
            "--role",
            "backend",
            "--vs",
            "fullstack",
            "--no-decomposition",
            "--format",
            "json",
            "--dataset",
            "it-salary-survey-eu",
            "--edition",
            "2020");
    JsonNode edition = JSON.readTree(json.out()).at("/comparisons/0/editions/0");
    assertThat(edition.get("suppressed").asBoolean()).isTrue();
    assertThat(edition.get("note").asText()).contains("withheld: fewer than k respondents");
    assertThat(edition.get("baseline_n").isNull()).isTrue();
    assertThat(edition.get("adjusted").isNull()).isTrue();
    assertThat(edition.at("/ratio_of_medians/estimate").isNull()).isTrue();
    assertThat(JSON.readTree(json.out()).at("/comparisons/0/pooled/adjusted/note").asText())
        .isEqualTo("no edition has k or more rows in both groups");
  }

  @Test
  void theDecompositionSplitsTheGapIntoExplainedAndUnexplained() throws IOException {
    CommandRunner json =
        run(
            "compare",
            "--role",
            "backend",
            "--vs",
            "frontend",
            "--dataset",
            "dou-ua",
            "--format",
            "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode edition = JSON.readTree(json.out()).at("/comparisons/0/editions/0");
    JsonNode split = edition.get("decomposition");
    assertThat(split.isObject()).as(edition.path("decomposition_note").asText()).isTrue();
    assertThat(split.get("explained_log").asDouble() + split.get("unexplained_log").asDouble())
        .isCloseTo(split.get("gap_log").asDouble(), within(1e-9));
    // The gap is the unadjusted coefficient: both are differences in mean log pay.
    assertThat(split.get("gap_log").asDouble())
        .isCloseTo(edition.at("/unadjusted/log_premium").asDouble(), within(1e-9));
  }

  @Test
  void aBreakdownBySeniorityComparesWithinEachLevelAndCsvHasOneHeader() {
    CommandRunner csv =
        run(
            "compare",
            "--role",
            "backend",
            "--vs",
            "frontend",
            "--by",
            "seniority",
            "--no-decomposition",
            "--format",
            "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out().lines().filter(l -> l.startsWith("group,")).count()).isEqualTo(1);
    assertThat(csv.out()).contains("seniority=senior,").contains("seniority=junior,");
  }

  @Test
  void unknownRolesAndBreakdownsAreRefusedAsBadInput() {
    assertThat(run("compare", "--role", "wizard").exitCode()).isEqualTo(2);
    assertThat(run("compare", "--role", "backend", "--by", "skills").exitCode()).isEqualTo(2);
    assertThat(run("factors", "astrology").exitCode()).isEqualTo(2);
  }

  @Test
  void metroCellsEqualDuckDbOverTheScreenedStore() throws IOException, SQLException {
    CommandRunner json =
        run("factors", "location", "--dataset", "levels-fyi", "--top", "5", "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode report = JSON.readTree(json.out());
    Map<String, double[]> expected = new HashMap<>();
    String sql =
        SCREENED_LEVELS_FYI
            + """
        , developers AS (
          SELECT *, count(*) OVER (PARTITION BY metro, role) AS role_rows
          FROM screened
          WHERE role IN ('backend', 'frontend', 'fullstack', 'mobile', 'embedded', 'devops',
                         'data-engineering', 'data-science') AND metro IS NOT NULL)
        -- A cell of several roles keeps the roles held by k = 10 or more of its rows (docs/privacy.md).
        SELECT metro, count(*) AS n, quantile_cont(annual_local, 0.5) AS median
        FROM developers
        WHERE role_rows >= 10
        GROUP BY metro
        """;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        expected.put(rows.getString(1), new double[] {rows.getLong(2), rows.getDouble(3)});
      }
    }
    int compared = 0;
    for (JsonNode cell : report.get("cells")) {
      double[] want = expected.get(cell.get("level").asText());
      assertThat(want).as(cell.get("level").asText()).isNotNull();
      assertThat(cell.get("n").asLong()).isEqualTo((long) want[0]);
      assertThat(cell.get("median").asDouble()).isCloseTo(want[1], within(1e-6));
      compared++;
    }
    assertThat(compared).isEqualTo(5);
    assertThat(report.get("levels").get(0).get("level").asText())
        .isEqualTo("San Francisco Bay Area");
  }

  @Test
  void demandReportsRoleSharesAndSaysJobPostingsAreNotInTheData() throws IOException, SQLException {
    CommandRunner json = run("factors", "demand", "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode report = JSON.readTree(json.out());
    assertThat(report.get("demand_note").asText())
        .contains("job-posting demand is not in these data");
    JsonNode levels = null;
    for (JsonNode source : report.get("sources")) {
      if (source.get("source").asText().equals("levels-fyi")) {
        levels = source;
      }
    }
    assertThat(levels).isNotNull();
    assertThat(levels.get("real").asBoolean()).isTrue();
    JsonNode backend = levels.get("roles").get(0);
    assertThat(backend.get("role").asText()).isEqualTo("backend");
    // 2017 has 185 levels.fyi rows, none tagged back-end (SOURCE.md: 185 rows in 2017).
    assertThat(backend.at("/years/0/year").asInt()).isEqualTo(2017);
    assertThat(backend.at("/years/0/suppressed").asBoolean()).isTrue();

    // Each year's back-end n, share and median, from DuckDB over the screened store.
    String sql =
        SCREENED_LEVELS_FYI
            + """
        SELECT survey_year, count(*) FILTER (WHERE role = 'backend') AS n, count(*) AS everyone,
               quantile_cont(annual_local, 0.5) FILTER (WHERE role = 'backend') AS median
        FROM screened GROUP BY survey_year ORDER BY survey_year
        """;
    int compared = 0;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        JsonNode year = backend.get("years").get(compared++);
        assertThat(year.get("year").asInt()).isEqualTo(rows.getInt(1));
        assertThat(year.get("n").asLong()).isEqualTo(rows.getLong(2));
        assertThat(year.get("respondents").asLong()).isEqualTo(rows.getLong(3));
        if (rows.getLong(2) >= 10) {
          assertThat(year.get("share").asDouble())
              .isCloseTo((double) rows.getLong(2) / rows.getLong(3), within(1e-12));
          assertThat(year.get("median").asDouble()).isCloseTo(rows.getDouble(4), within(1e-6));
        }
      }
    }
    assertThat(compared).isEqualTo(5);
  }
}
