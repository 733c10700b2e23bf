package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's path with surveys of other countries devpay was not built on: {@code devpay inspect}
 * on a Norwegian XLSX and a Finnish TSV made here, its proposed mapping ingested unedited (and with
 * the role map filled in), then {@code devpay answer}. The "as published" figures equal DuckDB SQL
 * over a CSV twin of the values the test typed (quantile_cont is type 7, as devpay's), with the
 * documented rules stated in the SQL: annual = pay x 12 for a monthly period; the default
 * population leaves out employment statuses devpay's rules know and that are not full time
 * ("Frilans" is self-employed, "Osa-aikainen" part time) and statuses they do not know
 * ("Määräaikainen" is read as other, never as full time).
 */
class UserFilesEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void aNorwegianWorkbookIsInspectedMappedIngestedAndAnswered() throws Exception {
    Path xlsx = work.resolve("kode24-lønn-2024.xlsx");
    Path twin = work.resolve("twin.csv");
    UserSurveys.norwegianWorkbook(xlsx, twin, 400, 24);
    Path proposal = work.resolve("kode24.yaml");

    CommandRunner inspect =
        CommandRunner.run(
            "inspect", xlsx.toString(), "--sheet", "Form1", "--out", proposal.toString());

    assertThat(inspect.exitCode()).as(inspect.err()).isZero();
    assertThat(inspect.out())
        .contains("# Read as: XLSX sheet 'Form1'")
        .contains("# Sheets: Om undersøkelsen, Form1")
        .contains("# Data rows: 400")
        .containsPattern("#   3  Årslønn \\(brutto, uten bonus\\) +number +")
        .containsPattern("#   1  Tidsmerke +date +0\\.0%");
    String text = Files.readString(proposal, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("dataset: \"kode24-lonn\"")
        .contains("edition: \"2024\"")
        .contains("currency: NOK")
        .contains("period: year")
        .contains("basis: gross")
        .contains("scope: base")
        .contains("sheet: \"Form1\"")
        .contains("pay: \"Årslønn (brutto, uten bonus)\"")
        .contains("role: \"Hva jobber du mest med?\"")
        .contains("employment: \"Arbeidssituasjon\"")
        .contains("country: \"NO\"")
        .contains("\"Backend\": backend")
        .contains("# \"Mobilutvikling\": other")
        .contains("skills: \";\"");

    // Unedited: the proposal ingests the workbook.
    String unedited = work.resolve("unedited.duckdb").toString();
    CommandRunner ingest =
        CommandRunner.run(
            "ingest", xlsx.toString(), "--mapping", proposal.toString(), "--db", unedited);
    assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
    // 400 rows: 13 blank pay (every 29th) and 12 in words (every 31st, none of them a 29th).
    assertThat(ingest.out())
        .containsPattern(
            "ingested +.*\\[Form1\\] +mapping/kode24-lonn/2024 +400 +375 +25 +missing_amount 13;"
                + " unparseable_amount 12");

    // With the role map filled in: "Mobilutvikling" is mobile development.
    String filled = text.replace("# \"Mobilutvikling\": other", "\"Mobilutvikling\": mobile");
    Path filledMapping = work.resolve("kode24-filled.yaml");
    Files.writeString(filledMapping, filled, StandardCharsets.UTF_8);
    String store = work.resolve("filled.duckdb").toString();
    assertThat(
            CommandRunner.run(
                    "ingest", xlsx.toString(), "--mapping", filledMapping.toString(), "--db", store)
                .exitCode())
        .isZero();

    JsonNode edition = edition(store, "kode24-lonn");
    assertThat(edition.get("pay").asText())
        .isEqualTo("gross base pay in NOK per year as published");
    assertThat(edition.get("currency").asText()).isEqualTo("NOK");
    assertThat(edition.get("published_period").asText()).isEqualTo("year");
    Map<String, double[]> expected =
        duckdb(
            twin,
            1,
            "CASE role WHEN 'Backend' THEN 'backend' WHEN 'Frontend' THEN 'frontend'"
                + " WHEN 'Fullstack' THEN 'fullstack' WHEN 'Mobilutvikling' THEN 'mobile'"
                + " ELSE 'other' END",
            "employment = 'Fast ansatt'");
    assertAsPublished(edition, expected);
    assertThat(expected).containsKeys("backend", "frontend", "fullstack", "mobile", "other");
  }

  @Test
  void aFinnishTsvIsInspectedMappedIngestedAndAnswered() throws Exception {
    Path tsv = work.resolve("palkkakysely-2023.tsv");
    Path twin = work.resolve("twin.csv");
    UserSurveys.finnishTsv(tsv, twin, 500, 23);
    Path proposal = work.resolve("fi.yaml");

    CommandRunner inspect =
        CommandRunner.run("inspect", tsv.toString(), "--out", proposal.toString());

    assertThat(inspect.exitCode()).as(inspect.err()).isZero();
    assertThat(inspect.out())
        .contains("# Read as: UTF-8, tab-separated")
        .contains("# Data rows: 500")
        .containsPattern("#   3  Kuukausipalkka \\(€\\) +number +4\\.2%");
    String text = Files.readString(proposal, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("currency: EUR")
        .contains("period: month")
        .contains("pay: \"Kuukausipalkka (€)\"")
        .contains("role: \"Tehtävänimike\"")
        .contains("employment: \"Työsuhde\"")
        .contains("country: \"FI\"")
        .contains("\"Backend-kehittäjä\": backend")
        .contains("\"Testaaja\": qa")
        .contains("# \"Arkkitehti\": other");

    String store = work.resolve("fi.duckdb").toString();
    CommandRunner ingest =
        CommandRunner.run(
            "ingest", tsv.toString(), "--mapping", proposal.toString(), "--db", store);
    assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
    // The status devpay's rules do not know is counted and shown, not taken as full time.
    assertThat(ingest.out()).containsPattern("palkkakysely 2023  employment: .* 'Määräaikainen' ");

    JsonNode edition = edition(store, "palkkakysely");
    assertThat(edition.get("pay").asText())
        .isEqualTo("gross base pay in EUR per month as published; annual = pay × 12");
    assertThat(edition.get("published_period").asText()).isEqualTo("month");
    Map<String, double[]> expected =
        duckdb(
            twin,
            12,
            "CASE role WHEN 'Backend-kehittäjä' THEN 'backend'"
                + " WHEN 'Frontend-kehittäjä' THEN 'frontend'"
                + " WHEN 'Full stack -kehittäjä' THEN 'fullstack' WHEN 'Testaaja' THEN 'qa'"
                + " ELSE 'other' END",
            "employment = 'Vakituinen kokoaikainen'");
    assertAsPublished(edition, expected);
    assertThat(edition.at("/population/removed_not_full_time").asInt())
        .isEqualTo(count(twin, "pay IS NOT NULL AND employment <> 'Vakituinen kokoaikainen'"));
  }

  private static JsonNode edition(String store, String dataset) throws IOException {
    CommandRunner answer = CommandRunner.run("answer", "--db", store, "--format", "json");
    assertThat(answer.exitCode()).as(answer.err()).isZero();
    for (JsonNode edition : JSON.readTree(answer.out()).get("editions")) {
      if (edition.get("dataset").asText().equals(dataset)) {
        return edition;
      }
    }
    throw new AssertionError("no edition of " + dataset + " in " + answer.out());
  }

  /**
   * n, P25, median and P75 of annual pay (pay x factor) per role family, by DuckDB SQL over the
   * twin, for the rows with pay that pass the population filter.
   */
  private static Map<String, double[]> duckdb(
      Path twin, int factor, String family, String population) throws SQLException {
    Map<String, double[]> cells = new HashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT "
                    + family
                    + " AS family, count(*), quantile_cont(pay * "
                    + factor
                    + ", 0.25), quantile_cont(pay * "
                    + factor
                    + ", 0.5), quantile_cont(pay * "
                    + factor
                    + ", 0.75) FROM read_csv('"
                    + twin
                    + "', header = true, columns = {'role': 'VARCHAR', 'employment': 'VARCHAR',"
                    + " 'pay': 'DOUBLE'}) WHERE pay IS NOT NULL AND "
                    + population
                    + " GROUP BY ALL")) {
      while (rs.next()) {
        cells.put(
            rs.getString(1),
            new double[] {rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)});
      }
    }
    return cells;
  }

  private static int count(Path twin, String condition) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT count(*) FROM read_csv('"
                    + twin
                    + "', header = true, columns = {'role': 'VARCHAR', 'employment': 'VARCHAR',"
                    + " 'pay': 'DOUBLE'}) WHERE "
                    + condition)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void assertAsPublished(JsonNode edition, Map<String, double[]> expected) {
    Map<String, JsonNode> cells = new HashMap<>();
    edition.at("/as_published/roles").forEach(c -> cells.put(c.get("role").asText(), c));
    assertThat(cells.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (role, want) -> {
          JsonNode cell = cells.get(role);
          assertThat(cell.get("n").asLong()).as("%s n", role).isEqualTo((long) want[0]);
          if (want[0] < 10) {
            assertThat(cell.get("suppressed").asBoolean()).isTrue();
            return;
          }
          String[] figures = {"p25", "median", "p75"};
          for (int i = 0; i < figures.length; i++) {
            assertThat(cell.get(figures[i]).asDouble())
                .as("%s %s", role, figures[i])
                .isCloseTo(want[i + 1], within(want[i + 1] * 1e-9));
          }
        });
  }
}
