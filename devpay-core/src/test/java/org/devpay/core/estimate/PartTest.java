package org.devpay.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartTest {
  private static final long SEED = EstimatorSettings.DEFAULT_SEED;

  /** From estimator_check.py (Python integers, exact): u("dou-ua|2025-06|1", 20250119). */
  private static final double UNIT_DOU_1 = 0.33079672717750497;

  /** From estimator_check.py: u("levels-fyi|2017-2021|row-7", 20250119). */
  private static final double UNIT_LEVELS_7 = 0.7478640475215736;

  @Test
  void theHashMatchesThePythonReimplementation() {
    // devpay-cli/src/test/resources/golden/estimator_check.py, "split_units" in its JSON output.
    assertThat(Part.unit("dou-ua|2025-06|1", SEED)).isEqualTo(UNIT_DOU_1);
    assertThat(Part.unit("levels-fyi|2017-2021|row-7", SEED)).isEqualTo(UNIT_LEVELS_7);
  }

  @Test
  void partsTakeTheirSharesOfManyKeys() {
    Map<Part, Integer> counts = new EnumMap<>(Part.class);
    for (int i = 0; i < 100_000; i++) {
      counts.merge(Part.of("d", "e", "key" + i, SEED, 0.2, 0.2), 1, Integer::sum);
    }
    // Binomial(100,000, p): standard deviation under 160 rows; 1,000 rows is over 6 of them.
    assertThat(counts.get(Part.TRAIN)).isCloseTo(60_000, within(1_000));
    assertThat(counts.get(Part.CALIBRATION)).isCloseTo(20_000, within(1_000));
    assertThat(counts.get(Part.TEST)).isCloseTo(20_000, within(1_000));
  }

  @Test
  void anotherSeedMovesKeysToOtherParts() {
    int moved = 0;
    for (int i = 0; i < 1_000; i++) {
      String key = "key" + i;
      if (Part.of("d", "e", key, SEED, 0.2, 0.2) != Part.of("d", "e", key, 7, 0.2, 0.2)) {
        moved++;
      }
    }
    // Independent splits disagree on 1 - (0.6² + 0.2² + 0.2²) = 56% of keys.
    assertThat(moved).isBetween(480, 640);
  }
}
