package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * NormalEquations' partial sums over k partitions, merged in a shuffled order, give the fit
 * LinearModel gives on the same rows in memory (itself checked against commons-math's QR in
 * LinearModelTest and statsmodels in StatsGoldenTest): the same columns, the same dropped collinear
 * column, coefficients and HC1 and classical standard errors to 1e-9.
 */
class NormalEquationsTest {
  private static final String[] ROLES = {"back-end", "front-end", "full-stack", "mobile"};
  private static final String[] COUNTRIES = {"DE", "FR", "GB", "PL", "US"};

  /** Rows like a comparison's: log pay, a focal indicator, a calendar year, factors, weights. */
  private record Data(
      double[] y,
      double[] focal,
      double[] year,
      String[] role,
      String[] country,
      String[] alias,
      double[] weights) {}

  private static Data data(int n, long seed, boolean weighted) {
    SplittableRandom random = new SplittableRandom(seed);
    Data d =
        new Data(
            new double[n],
            new double[n],
            new double[n],
            new String[n],
            new String[n],
            new String[n],
            new double[n]);
    for (int i = 0; i < n; i++) {
      d.focal[i] = random.nextInt(3) == 0 ? 1 : 0;
      d.year[i] = 2015 + random.nextInt(10);
      d.role[i] = ROLES[random.nextInt(ROLES.length)];
      d.country[i] = COUNTRIES[Math.min(random.nextInt(7), 4)];
      // The same partition of rows as role under other names: its dummies are all collinear.
      d.alias[i] = "team-" + d.role[i];
      d.weights[i] = weighted ? 1 + random.nextInt(3) : 1;
      d.y[i] =
          10.5
              + 0.12 * d.focal[i]
              + 0.02 * (d.year[i] - 2015)
              + (d.country[i].equals("US") ? 0.6 : 0)
              + (d.role[i].equals("mobile") ? -0.05 : 0)
              + random.nextGaussian() * 0.3;
    }
    return d;
  }

  private static LinearFit inMemory(Data d, boolean weighted) {
    LinearModel model =
        LinearModel.of("ln(annual pay)", d.y).withCollinearColumnsDropped().withConfidence(0.9);
    if (weighted) {
      model = model.withFrequencyWeights(d.weights);
    }
    return model
        .withCovariate("(focal group)", d.focal)
        .withCovariate("year", d.year)
        .withFactor("role", d.role)
        .withFactor("country", d.country)
        .withFactor("alias", d.alias)
        .fit();
  }

  /** The passes over the rows split into {@code parts} partitions, each merged in random order. */
  private static LinearFit partitioned(Data d, boolean weighted, int parts, long seed) {
    int n = d.y.length;
    List<Map<String, Double>> levelWeights = new ArrayList<>();
    for (String[] factor : List.of(d.role, d.country, d.alias)) {
      Map<String, Double> weights = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        weights.merge(factor[i], d.weights[i], Double::sum);
      }
      levelWeights.add(weights);
    }
    NormalEquations.Layout layout =
        NormalEquations.Layout.of(
            "ln(annual pay)",
            List.of("(focal group)", "year"),
            List.of("role", "country", "alias"),
            levelWeights,
            weighted,
            0.9);
    SplittableRandom random = new SplittableRandom(seed);
    int[] partOf = new int[n];
    for (int i = 0; i < n; i++) {
      partOf[i] = random.nextInt(parts);
    }
    double[][] xs = new double[n][];
    int[][] codes = new int[n][];
    for (int i = 0; i < n; i++) {
      xs[i] = new double[] {d.focal[i], d.year[i]};
      codes[i] =
          new int[] {
            layout.level(0, d.role[i]), layout.level(1, d.country[i]), layout.level(2, d.alias[i])
          };
    }
    double[][] moments = new double[parts][];
    for (int q = 0; q < parts; q++) {
      moments[q] = NormalEquations.newMoments(layout);
    }
    for (int i = 0; i < n; i++) {
      NormalEquations.moments(layout, moments[partOf[i]], d.y[i], d.weights[i], xs[i], codes[i]);
    }
    NormalEquations.Means means = NormalEquations.means(layout, mergeShuffled(moments, random));
    double[][] normal = new double[parts][];
    for (int q = 0; q < parts; q++) {
      normal[q] = NormalEquations.newNormal(layout);
    }
    for (int i = 0; i < n; i++) {
      NormalEquations.normal(
          layout, means, normal[partOf[i]], d.y[i], d.weights[i], xs[i], codes[i]);
    }
    NormalEquations.Factored factored =
        NormalEquations.factor(layout, means, mergeShuffled(normal, random));
    double[][] gradient = new double[parts][];
    for (int q = 0; q < parts; q++) {
      gradient[q] = NormalEquations.newGradient(layout);
    }
    for (int i = 0; i < n; i++) {
      NormalEquations.gradient(
          layout, factored, gradient[partOf[i]], d.y[i], d.weights[i], xs[i], codes[i]);
    }
    NormalEquations.Factored refined =
        NormalEquations.refine(factored, mergeShuffled(gradient, random));
    double[][] residuals = new double[parts][];
    for (int q = 0; q < parts; q++) {
      residuals[q] = NormalEquations.newResiduals(layout);
    }
    for (int i = 0; i < n; i++) {
      NormalEquations.residuals(
          layout, refined, residuals[partOf[i]], d.y[i], d.weights[i], xs[i], codes[i]);
    }
    return NormalEquations.fit(layout, refined, mergeShuffled(residuals, random));
  }

  private static double[] mergeShuffled(double[][] partials, SplittableRandom random) {
    List<double[]> left = new ArrayList<>(List.of(partials));
    while (left.size() > 1) {
      double[] a = left.remove(random.nextInt(left.size()));
      double[] b = left.remove(random.nextInt(left.size()));
      left.add(NormalEquations.merge(a, b));
    }
    return left.get(0);
  }

  private static void assertSameFit(LinearFit expected, LinearFit actual) {
    assertThat(actual.coefficients().stream().map(Coefficient::name).toList())
        .isEqualTo(expected.coefficients().stream().map(Coefficient::name).toList());
    assertThat(actual.droppedColumns()).isEqualTo(expected.droppedColumns());
    assertThat(actual.factors()).isEqualTo(expected.factors());
    assertThat(actual.rows()).isEqualTo(expected.rows());
    assertThat(actual.observations()).isEqualTo(expected.observations());
    assertThat(actual.parameters()).isEqualTo(expected.parameters());
    assertThat(actual.weighted()).isEqualTo(expected.weighted());
    assertThat(actual.rSquared()).isCloseTo(expected.rSquared(), within(1e-9));
    for (int j = 0; j < expected.coefficients().size(); j++) {
      Coefficient e = expected.coefficients().get(j);
      Coefficient a = actual.coefficients().get(j);
      assertThat(a.estimate()).as(e.name()).isCloseTo(e.estimate(), within(1e-9));
      assertThat(a.standardError()).as(e.name()).isCloseTo(e.standardError(), within(1e-9));
      assertThat(a.classicalStandardError())
          .as(e.name())
          .isCloseTo(e.classicalStandardError(), within(1e-9));
      assertThat(a.lower()).as(e.name()).isCloseTo(e.lower(), within(1e-9));
      assertThat(a.upper()).as(e.name()).isCloseTo(e.upper(), within(1e-9));
      assertThat(a.pValue()).as(e.name()).isCloseTo(e.pValue(), within(1e-9));
    }
  }

  @Test
  void partialSumsOverPartitionsMergedGiveLinearModelsFitWeightedAndNot() {
    for (boolean weighted : new boolean[] {true, false}) {
      Data d = data(5_000, 11, weighted);
      LinearFit expected = inMemory(d, weighted);
      // The alias factor's dummies repeat role's: LinearModel drops them, and so must the merge.
      assertThat(expected.droppedColumns()).isNotEmpty().allMatch(c -> c.startsWith("alias="));
      for (int parts : new int[] {1, 3, 16}) {
        assertSameFit(expected, partitioned(d, weighted, parts, 100 + parts));
      }
    }
  }

  @Test
  void theLayoutsReferenceIsTheMostFrequentLevelByWeightTiesToTheFirstInSortOrder() {
    NormalEquations.Layout layout =
        NormalEquations.Layout.of(
            "y",
            List.of(),
            List.of("f"),
            List.of(Map.of("b", 3.0, "a", 3.0, "c", 1.0)),
            true,
            0.95);
    assertThat(layout.columnNames()).containsExactly("(Intercept)", "f=b", "f=c");
    assertThat(layout.level(0, "c")).isEqualTo(2);
    assertThatThrownBy(() -> layout.level(0, "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a level of f");
  }

  @Test
  void partialsOfDifferentLayoutsDoNotMergeAndBadRowsAreRefused() {
    NormalEquations.Layout layout =
        NormalEquations.Layout.of(
            "y", List.of("x"), List.of("f"), List.of(Map.of("a", 1.0, "b", 2.0)), false, 0.95);
    assertThatThrownBy(
            () -> NormalEquations.merge(NormalEquations.newMoments(layout), new double[2]))
        .isInstanceOf(IllegalArgumentException.class);
    double[] moments = NormalEquations.newMoments(layout);
    assertThatThrownBy(
            () -> NormalEquations.moments(layout, moments, 1, 0, new double[] {1}, new int[] {0}))
        .hasMessageContaining("frequency weights");
    assertThatThrownBy(
            () -> NormalEquations.moments(layout, moments, 1, 1, new double[0], new int[] {0}))
        .hasMessageContaining("covariates");
  }
}
