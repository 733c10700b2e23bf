package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adjusted back-end premium over front-end, and its HC1 standard error, equal what pandas and
 * statsmodels compute from the raw files with the same taxonomy rules, screen, bands and rare-level
 * merging: src/test/resources/golden/adjusted_premiums.py wrote adjusted_premiums.json (Debian's
 * python3-pandas 1.5.3, python3-statsmodels 0.13.5). Both sides solve the same least-squares
 * problem, so they agree to rounding: the tolerance is 1e-9 on log premiums and errors.
 */
class AdjustedPremiumGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path directory;

  private static Path store;
  private static JsonNode golden;

  @BeforeAll
  static void storeAndGolden() throws IOException {
    store = IngestedRealData.copyTo(directory.resolve("golden.duckdb"));
    try (InputStream in =
        AdjustedPremiumGoldenTest.class.getResourceAsStream("/golden/adjusted_premiums.json")) {
      golden = JSON.readTree(in);
    }
  }

  @ParameterizedTest
  @CsvSource({"dou-ua, 0", "levels-fyi, 1"})
  void adjustedAndUnadjustedPremiumsEqualStatsmodelsOnTheRawFile(String dataset, int index)
      throws IOException {
    JsonNode expected = golden.get("editions").get(index);
    assertThat(expected.get("dataset").asText()).isEqualTo(dataset);
    List<String> controls = new ArrayList<>();
    expected.get("controls_requested").forEach(c -> controls.add(c.asText()));
    CommandRunner run =
        CommandRunner.run(
            "compare",
            "--role",
            "backend",
            "--vs",
            "frontend",
            "--dataset",
            dataset,
            "--controls",
            String.join(",", controls),
            "--no-decomposition",
            "--resamples",
            "200",
            "--format",
            "json",
            "--db",
            store.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode edition = JSON.readTree(run.out()).at("/comparisons/0/editions/0");

    assertThat(edition.get("screened_rows").asInt())
        .isEqualTo(expected.get("screened_rows").asInt());
    assertThat(edition.get("focal_n").asInt()).isEqualTo(expected.get("focal_n").asInt());
    assertThat(edition.get("baseline_n").asInt()).isEqualTo(expected.get("baseline_n").asInt());
    List<String> used = new ArrayList<>();
    edition
        .get("controls")
        .forEach(
            c -> {
              if (c.get("used").asBoolean()) {
                used.add(c.get("control").asText());
              }
            });
    List<String> expectedUsed = new ArrayList<>();
    expected.get("controls_used").forEach(c -> expectedUsed.add(c.asText()));
    assertThat(used).containsExactlyElementsOf(expectedUsed);
    for (String model : new String[] {"unadjusted", "adjusted"}) {
      JsonNode actual = edition.get(model);
      JsonNode want = expected.get(model);
      assertThat(actual.get("log_premium").asDouble())
          .as("%s %s log premium", dataset, model)
          .isCloseTo(want.get("log_premium").asDouble(), within(1e-9));
      assertThat(actual.get("standard_error").asDouble())
          .as("%s %s HC1 standard error", dataset, model)
          .isCloseTo(want.get("standard_error").asDouble(), within(1e-9));
      assertThat(actual.get("log_ci_lower").asDouble())
          .isCloseTo(want.get("ci_lower").asDouble(), within(1e-8));
      assertThat(actual.get("log_ci_upper").asDouble())
          .isCloseTo(want.get("ci_upper").asDouble(), within(1e-8));
      assertThat(actual.get("parameters").asInt()).isEqualTo(want.get("parameters").asInt());
    }
  }
}
