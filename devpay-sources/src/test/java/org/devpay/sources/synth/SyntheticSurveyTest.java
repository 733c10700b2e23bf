package org.devpay.sources.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.SourceTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A synthetic survey is written in a real published schema that devpay's own reader recognises and
 * reads, reproducibly, with its junk rows rejected for the reasons the reader gives real ones.
 */
class SyntheticSurveyTest {
  @TempDir Path directory;

  @ParameterizedTest
  @EnumSource(SynthFormat.class)
  void theRealReaderRecognisesAndReadsEveryRow(SynthFormat format) throws IOException {
    SyntheticSurvey.Written written = SyntheticSurvey.write(directory, format, 5_000, 7);

    Detection detection =
        new FormatDetector(AdapterRegistry.standard())
            .detect(SourceTables.tablesIn(written.file()).get(0));
    Collected collected = new Collected();
    detection.adapter().orElseThrow().read(detection.readable().orElseThrow(), collected);

    assertThat(detection.adapter().orElseThrow().formatId())
        .isEqualTo(format == SynthFormat.SO_2024 ? "so-survey/2024" : "dou-ua/specializations");
    assertThat(collected.accepted.size() + collected.rejected.size()).isEqualTo(5_000);
    Map<RejectReason, Integer> reasons = new TreeMap<>();
    collected.rejected.forEach(r -> reasons.merge(r.reason(), 1, Integer::sum));
    // Half of the junk (no answer, text, zero, negative) is rejected; the rest is accepted as
    // published and left to the outlier screen.
    assertThat(reasons.keySet())
        .containsOnly(
            RejectReason.MISSING_AMOUNT,
            RejectReason.UNPARSEABLE_AMOUNT,
            RejectReason.NON_POSITIVE_AMOUNT);
    assertThat((double) collected.rejected.size())
        .isBetween(written.junkRows() * 0.5, written.junkRows() * 0.75);
    assertThat(written.junkRows()).isBetween(50L, 150L); // 2% of 5,000, give or take
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
    Path a = SyntheticSurvey.write(directory.resolve("a"), SynthFormat.DOU, 2_000, 1).file();
    Path b = SyntheticSurvey.write(directory.resolve("b"), SynthFormat.DOU, 2_000, 1).file();
    Path c = SyntheticSurvey.write(directory.resolve("c"), SynthFormat.DOU, 2_000, 2).file();

    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
  }

  @Test
  void refusesANonPositiveSizeAndAnExistingSurveyLeavingNothingBehind() throws IOException {
    assertThatThrownBy(() -> SyntheticSurvey.write(directory, SynthFormat.SO_2024, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThat(directory).isEmptyDirectory();

    SyntheticSurvey.write(directory, SynthFormat.SO_2024, 10, 1);
    byte[] first = Files.readAllBytes(directory.resolve(SynthFormat.SO_2024.fileName()));
    assertThatThrownBy(() -> SyntheticSurvey.write(directory, SynthFormat.SO_2024, 20, 2))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exists already");
    assertThat(Files.readAllBytes(directory.resolve(SynthFormat.SO_2024.fileName())))
        .isEqualTo(first);
    try (var files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly(SynthFormat.SO_2024.fileName());
    }
  }

  @Test
  void thePlantedBackEndPremiumIsARatioOfMedians() {
    PlantedEffects effects = SyntheticSurvey.effects(SynthFormat.SO_2024);

    assertThat(effects.backendRatioOver("frontend"))
        .isCloseTo(Math.exp(0.12), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(effects.backendRatioOver("backend")).isEqualTo(1.0);
  }
}
