package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OaxacaBlinderTest {
  private static final int N = 3_000;

  /** Group A has more experience (explained) and a higher intercept (unexplained). */
  private static LinearModel model(boolean[] inA, String[] city) {
    SplittableRandom random = new SplittableRandom(3);
    double[] y = new double[N];
    double[] years = new double[N];
    String[] cities = {"Berlin", "Munich", "Hamburg"};
    for (int i = 0; i < N; i++) {
      inA[i] = random.nextInt(3) > 0;
      years[i] = random.nextInt(10) + (inA[i] ? 3 : 0);
      city[i] = cities[random.nextInt(3)];
      y[i] = 11 + 0.04 * years[i] + (inA[i] ? 0.1 : 0) + 0.2 * random.nextGaussian();
    }
    return LinearModel.of("log pay", y).withCovariate("years", years).withFactor("city", city);
  }

  @Test
  void explainedAndUnexplainedAddUpToTheGapAndRecoverTheSimulatedParts() {
    boolean[] inA = new boolean[N];
    String[] city = new String[N];
    TwoFoldDecomposition result =
        OaxacaBlinder.of(model(inA, city), inA)
            .withGroupNames("back-end", "front-end")
            .withResamples(200)
            .withSeed(1)
            .twoFold();
    assertThat(result.explained().estimate() + result.unexplained().estimate())
        .isCloseTo(result.gap(), within(1e-12));
    // 3 more years at 0.04 = 0.12 explained; 0.1 unexplained (sampling error ~0.01).
    assertThat(result.explained().estimate()).isCloseTo(0.12, within(0.03));
    assertThat(result.unexplained().estimate()).isCloseTo(0.10, within(0.03));
    double byTerm =
        result.explainedByTerm().stream().mapToDouble(TermContribution::explained).sum();
    assertThat(byTerm).isCloseTo(result.explained().estimate(), within(1e-12));
    assertThat(result.explainedStandardError()).isBetween(0.001, 0.05);
    assertThat(result.explained().method()).isEqualTo(IntervalMethod.BOOTSTRAP_PERCENTILE);
    assertThat(result.firstRows() + result.secondRows()).isEqualTo(N);
  }

  @Test
  void sameSeedReproducesTheErrors() {
    boolean[] inA = new boolean[N];
    String[] city = new String[N];
    OaxacaBlinder decomposition =
        OaxacaBlinder.of(model(inA, city), inA).withResamples(100).withSeed(7);
    assertThat(decomposition.twoFold()).isEqualTo(decomposition.twoFold());
  }

  @Test
  void aLevelPresentInOneGroupOnlyIsRejectedByName() {
    boolean[] inA = new boolean[N];
    String[] city = new String[N];
    LinearModel model = model(inA, city);
    String[] withRare = city.clone();
    int index = 0;
    while (inA[index]) {
      index++;
    }
    withRare[index] = "Leipzig";
    boolean[] groups = inA.clone();
    LinearModel rare = LinearModel.of("log pay", new double[N]).withFactor("city", withRare);
    assertThat(model.rows()).isEqualTo(N);
    assertThatThrownBy(() -> OaxacaBlinder.of(rare, groups).withResamples(100).twoFold())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("city=Leipzig");
  }

  @Test
  void rejectsAnEmptyGroup() {
    boolean[] inA = new boolean[N];
    String[] city = new String[N];
    LinearModel model = model(inA, city);
    assertThatThrownBy(() -> OaxacaBlinder.of(model, new boolean[N]).withResamples(100).twoFold())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both groups");
  }
}
