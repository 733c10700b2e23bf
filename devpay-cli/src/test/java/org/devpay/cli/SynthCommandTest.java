package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.devpay.sources.synth.PlantedEffects;
import org.devpay.sources.synth.SynthFormat;
import org.devpay.sources.synth.SyntheticSurvey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A synthetic survey goes through the real reader, ingest and answer, and the answer recovers the
 * planted back-end premiums within its intervals: the correctness half of a scale run.
 */
class SynthCommandTest {
  @TempDir Path directory;

  @ParameterizedTest
  @EnumSource(SynthFormat.class)
  void theAnswerRecoversThePlantedPremiumsWithinItsIntervals(SynthFormat format)
      throws IOException {
    Path out = directory.resolve("synth");
    Path db = directory.resolve("synth.duckdb");

    CommandRunner synth =
        CommandRunner.run(
            "synth", "--rows", "40000", "--format", format.id(), "--out", out.toString());
    CommandRunner answer =
        CommandRunner.run(
            "answer", "--data", out.toString(), "--db", db.toString(), "--format", "json");

    assertThat(synth.exitCode()).as(synth.err()).isZero();
    assertThat(synth.out()).contains("planted: back-end / front-end = 1.1275");
    assertThat(answer.exitCode()).as(answer.err()).isZero();
    PlantedEffects planted = SyntheticSurvey.effects(format);
    JsonNode edition = new ObjectMapper().readTree(answer.out()).get("editions").get(0);
    int checked = 0;
    for (JsonNode ratio : edition.get("screened").get("ratios")) {
      double truth = planted.backendRatioOver(ratio.get("denominator").asText());
      assertThat(truth)
          .as("planted %s, answered %s", truth, ratio)
          .isBetween(ratio.get("ci_lower").asDouble(), ratio.get("ci_upper").asDouble());
      checked++;
    }
    assertThat(checked).isEqualTo(2); // over front-end and over full-stack
  }

  @Test
  void aSizeOfZeroOrAnUnknownFormatIsBadInputAndWritesNothing() {
    Path out = directory.resolve("nothing");

    CommandRunner zero =
        CommandRunner.run("synth", "--rows", "0", "--format", "dou", "--out", out.toString());
    CommandRunner unknown =
        CommandRunner.run("synth", "--rows", "10", "--format", "xlsx", "--out", out.toString());

    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--rows must be a positive number");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown --format 'xlsx'");
    assertThat(Files.exists(out)).isFalse();
  }
}
