package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rows' levels laid out row after row ({@link Design#levelStart}, {@link Design#levelColumns})
 * are the codes' non-reference levels in factor order, and least squares over them gives the same
 * doubles, bit for bit, as over the codes themselves (the design built without the layout): the
 * passes add the same values to the same sums in the same order.
 */
class DesignLayoutTest {
  @Test
  void theLayoutHoldsEachRowsNonReferenceLevelsInFactorOrder() {
    Random random = new Random(41);
    Design design = design(random, 5_000, Design.MAX_LEVEL_ENTRIES);
    assertThat(design.levelStart).isNotNull();
    for (int r = 0; r < design.rows; r++) {
      List<Integer> expected = new ArrayList<>();
      for (int f = 0; f < design.codes.length; f++) {
        int column = design.columnOfLevel[f][design.codes[f][r]];
        if (column >= 0) {
          expected.add(column);
        }
      }
      List<Integer> laid = new ArrayList<>();
      for (int x = design.levelStart[r]; x < design.levelStart[r + 1]; x++) {
        laid.add(design.levelColumns[x]);
      }
      assertThat(laid).as("row " + r).isEqualTo(expected);
    }
    assertThat(design.levelStart[design.rows]).isEqualTo(design.levelColumns.length);
  }

  @Test
  void leastSquaresOverTheLayoutEqualsLeastSquaresOverTheCodesBitForBit() {
    for (int seed = 0; seed < 4; seed++) {
      // Rows across several of the passes' blocks of 32,768, some weights zero.
      int rows = seed == 0 ? 300 : 40_000 + seed * 9_000;
      Design laid = design(new Random(seed), rows, Design.MAX_LEVEL_ENTRIES);
      Design coded = design(new Random(seed), rows, 0);
      assertThat(laid.levelStart).isNotNull();
      assertThat(coded.levelStart).isNull();
      Random random = new Random(100 + seed);
      double[] weights = new double[rows];
      int[] clusters = new int[rows];
      for (int r = 0; r < rows; r++) {
        weights[r] = random.nextInt(5) == 0 ? 0 : 0.5 + random.nextInt(4);
        clusters[r] = random.nextInt(30);
      }
      assertSame(LeastSquares.fit(laid, weights, true), LeastSquares.fit(coded, weights, true));
      assertSame(LeastSquares.fit(laid, weights, false), LeastSquares.fit(coded, weights, false));
      assertSame(
          LeastSquares.fit(laid, weights, true, clusters),
          LeastSquares.fit(coded, weights, true, clusters));
    }
  }

  private static void assertSame(LeastSquares.Solution a, LeastSquares.Solution b) {
    assertThat(a.kept()).isEqualTo(b.kept());
    assertThat(a.beta()).isEqualTo(b.beta());
    assertThat(a.classicalCovariance()).isDeepEqualTo(b.classicalCovariance());
    assertThat(a.robustCovariance()).isDeepEqualTo(b.robustCovariance());
    assertThat(Double.doubleToRawLongBits(a.residualSumOfSquares()))
        .isEqualTo(Double.doubleToRawLongBits(b.residualSumOfSquares()));
    assertThat(a.totalSumOfSquares()).isEqualTo(b.totalSumOfSquares());
    assertThat(a.totalWeight()).isEqualTo(b.totalWeight());
    assertThat(a.columnMeans()).isEqualTo(b.columnMeans());
    assertThat(a.responseMean()).isEqualTo(b.responseMean());
    assertThat(a.parameters()).isEqualTo(b.parameters());
    assertThat(a.clusters()).isEqualTo(b.clusters());
  }

  /**
   * A design of two covariates and seven factors (levels from 2 to 40, references anywhere, one
   * factor with a level no row holds and two collinear columns), a response that depends on them.
   */
  private static Design design(Random random, int rows, long maxLevelEntries) {
    int[] levels = {2, 2, 3, 5, 12, 40, 2};
    List<String> factorNames = FactorNames.factors(levels);
    List<List<String>> factorLevels = FactorNames.levels(levels);
    int[][] codes = new int[levels.length][rows];
    int[] references = new int[levels.length];
    for (int f = 0; f < levels.length; f++) {
      references[f] = random.nextInt(levels[f]);
    }
    double[][] numeric = new double[2][rows];
    double[] response = new double[rows];
    for (int r = 0; r < rows; r++) {
      for (int f = 0; f < levels.length; f++) {
        // Factor 4 never takes its last level (an empty column); factor 6 repeats factor 0.
        int bound = f == 4 ? levels[f] - 1 : levels[f];
        codes[f][r] = f == 6 ? codes[0][r] : random.nextInt(bound);
      }
      numeric[0][r] = 2000 + random.nextInt(25);
      numeric[1][r] = random.nextGaussian() * 3;
      response[r] =
          10
              + 0.01 * numeric[0][r]
              + 0.2 * numeric[1][r]
              + 0.3 * codes[3][r]
              - 0.05 * codes[5][r]
              + random.nextGaussian();
    }
    return new Design(
        response,
        List.of("year", "x"),
        numeric,
        factorNames,
        factorLevels,
        codes,
        references,
        maxLevelEntries);
  }
}
