package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance check of the main answer: for every dataset edition in ../shared/data, the "as
 * published" n, P25, median and P75 of every role equal what pandas computes straight from the raw
 * file for the same rows, under the same stated filter (rows with pay; developers by profession
 * where asked; employment full time or unknown), and so do the rows that filter removes. For the
 * binned Stack Overflow years (2011, 2012, 2014, 2015, 2016) "as published" means the bin midpoints
 * (published, or by the midpoint rule for 2011-2014), and the interval-aware quartiles also equal
 * an independent grouped-data computation. The golden values and the script that produced them sit
 * side by side in src/test/resources/golden/ (as_published_quartiles.py, run with Debian's
 * python3-pandas 1.5.3).
 */
class AsPublishedQuartilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path workDirectory;

  private static JsonNode answer;

  @BeforeAll
  static void answerFromTheRealData() throws IOException {
    Path data = RealData.dir();
    CommandRunner result =
        CommandRunner.run(
            "answer",
            "--data",
            data.toString(),
            "--db",
            workDirectory.resolve("golden.duckdb").toString(),
            "--format",
            "json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    answer = JSON.readTree(result.out());
  }

  private static JsonNode golden() throws IOException {
    try (InputStream in =
        AsPublishedQuartilesTest.class.getResourceAsStream("/golden/as_published_quartiles.json")) {
      return JSON.readTree(in);
    }
  }

  @Test
  void everyEditionAndRoleMatchesPandasOnTheRawFile() throws IOException {
    Map<String, JsonNode> javaEditions = new HashMap<>();
    for (JsonNode edition : answer.get("editions")) {
      javaEditions.put(
          edition.get("dataset").asText() + " " + edition.get("edition").asText(), edition);
    }
    JsonNode goldenEditions = golden().get("editions");
    // Glassdoor, levels.fyi, EU 2017-2020, Stack Overflow 2011, 2012, 2014-2017 and the eight DOU
    // waves (2015-12 to 2025-06).
    assertThat(goldenEditions).hasSize(20);
    assertThat(javaEditions).hasSize(goldenEditions.size());
    int comparedCells = 0;
    for (JsonNode expected : goldenEditions) {
      String key = expected.get("dataset").asText() + " " + expected.get("edition").asText();
      JsonNode actual = javaEditions.get(key);
      assertThat(actual).as("edition %s", key).isNotNull();
      JsonNode published = actual.get("as_published");
      assertThat(published.get("rows").asInt())
          .as("%s rows", key)
          .isEqualTo(expected.get("rows").asInt());
      JsonNode population = actual.get("population");
      for (String count :
          new String[] {
            "rows_with_pay", "removed_not_developer_by_profession", "removed_not_full_time"
          }) {
        assertThat(population.get(count).asInt())
            .as("%s %s", key, count)
            .isEqualTo(expected.at("/population/" + count).asInt());
      }
      assertThat(population.get("rows").asInt()).isEqualTo(expected.get("rows").asInt());
      Map<String, JsonNode> roles = new HashMap<>();
      published.get("roles").forEach(r -> roles.put(r.get("role").asText(), r));
      assertThat(roles.keySet())
          .as("%s roles", key)
          .containsExactlyInAnyOrderElementsOf(iterable(expected.get("roles").fieldNames()));
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("roles").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> role = it.next();
        JsonNode cell = roles.get(role.getKey());
        String label = key + " " + role.getKey();
        int n = role.getValue().get("n").asInt();
        if (n < 10) {
          assertThat(cell.get("suppressed").asBoolean())
              .as("%s suppressed below k", label)
              .isTrue();
          assertThat(cell.get("n").isNull()).as("%s states no count", label).isTrue();
          assertThat(cell.get("median").isNull()).isTrue();
          continue;
        }
        assertThat(cell.get("n").asInt()).as("%s n", label).isEqualTo(n);
        for (String figure : new String[] {"p25", "median", "p75"}) {
          double want = role.getValue().get(figure).asDouble();
          assertThat(cell.get(figure).asDouble())
              .as("%s %s", label, figure)
              .isCloseTo(want, within(Math.abs(want) * 1e-9));
          comparedCells++;
        }
        assertThat(cell.get("row_filter").asText())
            .as("%s row filter", label)
            .contains(role.getKey());
      }
    }
    assertThat(comparedCells).isGreaterThan(200);
  }

  /**
   * Acceptance: the 2017 back-end, front-end and full-stack medians equal pandas on the raw file
   * for the same filter. Golden (as_published_quartiles.py): n 386 / 178 / 1,012, medians 49,242.42
   * / 44,043.01 / 53,015.15 USD; tolerance 1e-9 relative.
   */
  @Test
  void stackOverflow2017WebRoleMediansEqualPandasForTheSameFilter() {
    JsonNode edition = edition("so-survey-2017", "2017");
    Map<String, double[]> expected =
        Map.of(
            "backend", new double[] {386, 49_242.4242424242},
            "frontend", new double[] {178, 44_043.01075268815},
            "fullstack", new double[] {1_012, 53_015.151515151505});
    assertThat(edition.at("/population/removed_not_full_time").asInt()).isEqualTo(155);
    for (JsonNode cell : edition.at("/as_published/roles")) {
      double[] want = expected.get(cell.get("role").asText());
      if (want != null) {
        assertThat(cell.get("n").asInt()).isEqualTo((int) want[0]);
        assertThat(cell.get("median").asDouble()).isCloseTo(want[1], within(want[1] * 1e-9));
      }
    }
  }

  @Test
  void binnedStackOverflowYearsIntervalAwareQuartilesEqualTheIndependentGroupedComputation()
      throws IOException {
    int editions = 0;
    int compared = 0;
    for (JsonNode golden : golden().get("editions")) {
      if (!golden.has("interval_aware")) {
        continue;
      }
      editions++;
      String dataset = golden.get("dataset").asText();
      JsonNode expected = golden.get("interval_aware");
      JsonNode actual = edition(dataset, golden.get("edition").asText()).get("interval_aware");
      assertThat(actual.get("method").asText()).contains("grouped-data interpolation");
      assertThat(actual.get("roles")).as(dataset).hasSize(expected.size());
      for (JsonNode cell : actual.get("roles")) {
        JsonNode want = expected.get(cell.get("role").asText());
        assertThat(want).as("%s %s", dataset, cell.get("role").asText()).isNotNull();
        assertThat(cell.get("n").asInt()).isEqualTo(want.get("n").asInt());
        if (cell.get("suppressed").asBoolean()) {
          continue;
        }
        for (String figure : new String[] {"p25", "median", "p75"}) {
          double value = want.get(figure).asDouble();
          assertThat(cell.get(figure).asDouble())
              .as("%s %s %s", dataset, cell.get("role").asText(), figure)
              .isCloseTo(value, within(value * 1e-9));
          assertThat(cell.path(figure + "_is_lower_bound").asBoolean())
              .isEqualTo(want.get(figure + "_is_lower_bound").asBoolean());
          compared++;
        }
      }
    }
    assertThat(editions).isEqualTo(5);
    assertThat(compared).isGreaterThan(80);
  }

  private static JsonNode edition(String dataset, String edition) {
    for (JsonNode node : answer.get("editions")) {
      if (node.get("dataset").asText().equals(dataset)
          && node.get("edition").asText().equals(edition)) {
        return node;
      }
    }
    throw new AssertionError("no edition " + dataset + " " + edition);
  }

  @Test
  void answerStatesSettingsSourcesAndOneVerdictPerEdition() {
    assertThat(answer.at("/settings/quantile_method").asText()).contains("type 7");
    assertThat(answer.at("/settings/privacy_floor_k").asInt()).isEqualTo(10);
    assertThat(answer.at("/settings/population/id").asText()).isEqualTo("professional");
    for (JsonNode edition : answer.get("editions")) {
      assertThat(edition.get("verdict").asText())
          .startsWith("In " + edition.get("dataset").asText());
      assertThat(edition.get("sources")).isNotEmpty();
      assertThat(edition.get("sources").get(0).get("sha256").asText()).hasSize(64);
      assertThat(edition.get("licence").asText()).isNotBlank();
      assertThat(edition.at("/as_published/ratios")).hasSize(2);
      assertThat(edition.at("/screened/ratios")).hasSize(2);
    }
  }

  @Test
  void skippedFilesAreListedNotFailed() {
    JsonNode ingest = answer.get("ingest");
    long failed = 0;
    long skipped = 0;
    for (JsonNode report : ingest) {
      failed += report.get("outcome").asText().equals("failed") ? 1 : 0;
      skipped += report.get("outcome").asText().equals("skipped") ? 1 : 0;
    }
    assertThat(failed).isZero();
    assertThat(skipped).isGreaterThan(10);
  }

  private static Iterable<String> iterable(Iterator<String> iterator) {
    return () -> iterator;
  }
}
