package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real survey file read as a user reads a file devpay does not know: the IT Salary Survey EU 2019
 * CSV of ../shared/data goes through {@code devpay inspect}, its proposed mapping ingests it
 * unedited, and the reviewed mapping (src/test/resources/mapping/it-salary-survey-eu-2019.yaml, the
 * proposal with a few role labels given families) gives "as published" quartiles per role that
 * equal pandas on the raw file: golden/mapped_quartiles_eu_2019.json, made by
 * golden/mapped_quartiles.py from the same mapping and file. The mapped dataset then behaves like
 * any other: compare, factors, claims, estimate and datasets read it.
 */
class MappedRealFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;

  private static Path file;
  private static Path mapping;
  private static String store;

  @BeforeAll
  static void ingestThroughTheReviewedMapping() throws IOException {
    file = RealData.file("it-salary-survey-eu/IT Salary Survey EU 2019.csv");
    mapping = work.resolve("eu-2019.yaml");
    try (InputStream in =
        MappedRealFileTest.class.getResourceAsStream("/mapping/it-salary-survey-eu-2019.yaml")) {
      Files.write(mapping, in.readAllBytes());
    }
    store = work.resolve("mapped.duckdb").toString();
    CommandRunner ingest =
        CommandRunner.run(
            "ingest", file.toString(), "--mapping", mapping.toString(), "--db", store);
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out())
        .contains("mapping/eu-it-salaries/2019")
        .containsPattern(
            "ingested +.*IT Salary Survey EU 2019\\.csv +mapping/eu-it-salaries/2019 +991 +990 +1");
  }

  @Test
  void inspectProposesAMappingThatIngestsTheFileUnedited() throws IOException {
    Path proposal = work.resolve("proposal.yaml");
    CommandRunner inspect =
        CommandRunner.run("inspect", file.toString(), "--out", proposal.toString());

    assertThat(inspect.exitCode()).as(inspect.err()).isZero();
    assertThat(inspect.out())
        .contains("# Read as: UTF-8, comma-separated")
        .contains("# Data rows: 991")
        .containsPattern("#   9  Yearly brutto salary \\(without bonus and… +number +0\\.1%")
        .contains("devpay already reads this table as it-salary-survey-eu/2019");
    String text = Files.readString(proposal, StandardCharsets.UTF_8);
    assertThat(text)
        .contains("pay: \"Yearly brutto salary (without bonus and stocks)\"")
        .contains("role: \"Position (without seniority)\"")
        .contains("currency: EUR")
        .contains("period: year")
        .contains("basis: gross")
        .contains("\"Backend Developer\": backend")
        .contains("# \"Software Architect\": other");

    CommandRunner ingest =
        CommandRunner.run(
            "ingest",
            file.toString(),
            "--mapping",
            proposal.toString(),
            "--db",
            work.resolve("unedited.duckdb").toString());
    assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
    assertThat(ingest.out()).containsPattern("ingested .* 991 +990 +1 +missing_amount 1");
  }

  @Test
  void asPublishedQuartilesPerRoleEqualPandasOnTheRawFile() throws IOException {
    CommandRunner answer = CommandRunner.run("answer", "--db", store, "--format", "json");
    assertThat(answer.exitCode()).as(answer.err()).isZero();
    JsonNode edition = null;
    for (JsonNode e : JSON.readTree(answer.out()).get("editions")) {
      if (e.get("dataset").asText().equals("eu-it-salaries")) {
        edition = e;
      }
    }
    assertThat(edition).isNotNull();
    JsonNode golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/mapped_quartiles_eu_2019.json")) {
      golden = JSON.readTree(in);
    }
    assertThat(edition.get("edition").asText()).isEqualTo(golden.get("edition").asText());
    assertThat(edition.at("/population/rows_with_pay").asInt())
        .isEqualTo(golden.get("rows_with_pay").asInt());
    Map<String, JsonNode> cells = new HashMap<>();
    edition.at("/as_published/roles").forEach(c -> cells.put(c.get("role").asText(), c));
    int compared = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = golden.get("roles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> role = it.next();
      JsonNode cell = cells.get(role.getKey());
      assertThat(cell).as(role.getKey()).isNotNull();
      int n = role.getValue().get("n").asInt();
      if (n < 10) {
        // Withheld below k, and a withheld cell states no count either.
        assertThat(cell.get("suppressed").asBoolean()).as("%s below k", role.getKey()).isTrue();
        assertThat(cell.get("n").isNull()).as("%s states no count", role.getKey()).isTrue();
        continue;
      }
      assertThat(cell.get("n").asInt()).as("%s n", role.getKey()).isEqualTo(n);
      for (String figure : new String[] {"p25", "median", "p75"}) {
        double want = role.getValue().get(figure).asDouble();
        assertThat(cell.get(figure).asDouble())
            .as("%s %s", role.getKey(), figure)
            .isCloseTo(want, within(want * 1e-9));
        compared++;
      }
    }
    // 11 roles with n >= 10 (security and unknown are below k), 3 figures each.
    assertThat(compared).isEqualTo(33);
    assertThat(edition.get("title").asText())
        .isEqualTo("IT Salary Survey EU (December 2019), read through a mapping file");
    assertThat(edition.get("licence").asText())
        .isEqualTo(
            "Not stated by the publisher; public survey data; attribution: Cite the survey"
                + " authors and the Kaggle dataset 'IT Salary Survey for EU region (2018-2020)'");
    assertThat(edition.get("pay").asText())
        .isEqualTo("gross base pay in EUR per year as published");
  }

  @Test
  void theMappedDatasetIsComparedFactoredClaimedAndEstimatedLikeAnyOther() {
    CommandRunner compare =
        CommandRunner.run(
            "compare",
            "--role",
            "backend",
            "--vs",
            "frontend",
            "--dataset",
            "eu-it-salaries",
            "--db",
            store,
            "--format",
            "csv");
    assertThat(compare.exitCode()).as(compare.err()).isZero();
    assertThat(compare.out()).contains("eu-it-salaries");

    CommandRunner factors =
        CommandRunner.run("factors", "experience", "--dataset", "eu-it-salaries", "--db", store);
    assertThat(factors.exitCode()).as(factors.err()).isZero();
    assertThat(factors.out()).contains("eu-it-salaries");

    CommandRunner claims =
        CommandRunner.run(
            "claims", "--dataset", "eu-it-salaries", "--db", store, "--format", "json");
    assertThat(claims.exitCode()).as(claims.err()).isZero();
    assertThat(claims.out()).contains("eu-it-salaries");

    CommandRunner estimate =
        CommandRunner.run(
            "estimate",
            "--role",
            "backend",
            "--years",
            "5",
            "--dataset",
            "eu-it-salaries",
            "--db",
            store);
    assertThat(estimate.exitCode()).as(estimate.err()).isZero();
    assertThat(estimate.out()).contains("eu-it-salaries");
  }

  @Test
  void datasetsListsItAsUserProvidedWithTheLicenceItsMappingStates() throws IOException {
    CommandRunner datasets = CommandRunner.run("datasets", "--db", store, "--format", "json");
    assertThat(datasets.exitCode()).as(datasets.err()).isZero();
    JsonNode entry = null;
    for (JsonNode d : JSON.readTree(datasets.out()).get("datasets")) {
      if (d.get("id").asText().equals("eu-it-salaries")) {
        entry = d;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.get("source").asText()).isEqualTo("user-provided");
    assertThat(entry.get("licence").asText())
        .isEqualTo("Not stated by the publisher; public survey data");
    assertThat(entry.get("attribution").asText())
        .isEqualTo(
            "Cite the survey authors and the Kaggle dataset 'IT Salary Survey for EU region"
                + " (2018-2020)'");
    assertThat(entry.get("records").asInt()).isEqualTo(990);
    assertThat(entry.at("/editions_mapped/0/pay_field").asText())
        .isEqualTo("Yearly brutto salary (without bonus and stocks)");

    CommandRunner csv = CommandRunner.run("datasets", "--db", store, "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out())
        .startsWith(
            "id,source,title,publisher,licence,attribution,address,read_by,records,editions\n")
        .contains("eu-it-salaries,user-provided,");
  }
}
