package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class LinearModelTest {
  /** Log pay on experience, a three-level role and a five-level country, with noise. */
  private record Data(double[] y, double[] years, String[] role, String[] country) {}

  private static Data data(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] roles = {"back-end", "front-end", "full-stack"};
    String[] countries = {"DE", "FR", "GB", "PL", "US"};
    double[] y = new double[n];
    double[] years = new double[n];
    String[] role = new String[n];
    String[] country = new String[n];
    for (int i = 0; i < n; i++) {
      years[i] = random.nextInt(30) + random.nextDouble();
      role[i] = roles[random.nextInt(3)];
      // US twice as frequent as any other country: it becomes the reference level.
      int c = random.nextInt(6);
      country[i] = countries[Math.min(c, 4)];
      y[i] =
          11
              + 0.03 * years[i]
              + (role[i].equals("back-end") ? 0.15 : 0)
              + (country[i].equals("US") ? 0.5 : 0)
              + random.nextGaussian() * (0.2 + 0.01 * years[i]);
    }
    return new Data(y, years, role, country);
  }

  private static LinearModel model(Data d) {
    return LinearModel.of("log pay", d.y())
        .withCovariate("years", d.years())
        .withFactor("role", d.role(), "front-end")
        .withFactor("country", d.country());
  }

  @Test
  void coefficientsAndClassicalErrorsEqualCommonsMathQrOnTheDenseDesign() {
    Data d = data(2_000, 1);
    LinearFit fit = model(d).fit();
    List<String> names = fit.coefficients().stream().map(Coefficient::name).toList();
    double[][] x = new double[d.y().length][names.size() - 1];
    for (int i = 0; i < x.length; i++) {
      for (int j = 1; j < names.size(); j++) {
        String name = names.get(j);
        x[i][j - 1] =
            switch (name) {
              case "years" -> d.years()[i];
              default -> {
                String[] parts = name.split("=");
                String level = parts[0].equals("role") ? d.role()[i] : d.country()[i];
                yield level.equals(parts[1]) ? 1 : 0;
              }
            };
      }
    }
    // Independent reference: commons-math's Householder QR on the materialised design.
    OLSMultipleLinearRegression reference = new OLSMultipleLinearRegression();
    reference.newSampleData(d.y(), x);
    double[] beta = reference.estimateRegressionParameters();
    double[] errors = reference.estimateRegressionParametersStandardErrors();
    for (int j = 0; j < names.size(); j++) {
      Coefficient c = fit.coefficient(names.get(j));
      assertThat(c.estimate()).as(names.get(j)).isCloseTo(beta[j], within(1e-10));
      assertThat(c.classicalStandardError()).isCloseTo(errors[j], within(1e-12));
    }
    assertThat(fit.rSquared()).isCloseTo(reference.calculateRSquared(), within(1e-12));
  }

  @Test
  void referenceLevelsAreStatedOrMostFrequentAndRecorded() {
    LinearFit fit = model(data(1_000, 2)).fit();
    assertThat(fit.factors().get(0).reference()).isEqualTo("front-end");
    assertThat(fit.factors().get(0).referenceLevel()).isEqualTo(ReferenceLevel.STATED);
    assertThat(fit.factors().get(1).reference()).isEqualTo("US");
    assertThat(fit.factors().get(1).referenceLevel()).isEqualTo(ReferenceLevel.MOST_FREQUENT);
    assertThat(fit.factors().get(1).levels()).containsExactly("DE", "FR", "GB", "PL");
    assertThat(fit.parameters()).isEqualTo(1 + 1 + 2 + 4);
    assertThatThrownBy(() -> fit.coefficient("country=US"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference level");
  }

  @Test
  void frequencyWeightsEqualRepeatingRows() {
    Data d = data(400, 3);
    SplittableRandom random = new SplittableRandom(4);
    double[] weights = new double[400];
    List<Integer> expanded = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      weights[i] = 1 + random.nextInt(3);
      for (int k = 0; k < weights[i]; k++) {
        expanded.add(i);
      }
    }
    LinearFit weighted = model(d).withFrequencyWeights(weights).fit();
    int[] rows = expanded.stream().mapToInt(Integer::intValue).toArray();
    Data repeated =
        new Data(
            pick(d.y(), rows),
            pick(d.years(), rows),
            pick(d.role(), rows),
            pick(d.country(), rows));
    LinearFit plain = model(repeated).fit();
    assertThat(weighted.observations()).isEqualTo(plain.observations());
    assertThat(weighted.rows()).isEqualTo(400);
    for (Coefficient c : plain.coefficients()) {
      Coefficient w = weighted.coefficient(c.name());
      assertThat(w.estimate()).isCloseTo(c.estimate(), within(1e-10));
      assertThat(w.standardError()).isCloseTo(c.standardError(), within(1e-10));
      assertThat(w.pValue()).isCloseTo(c.pValue(), within(1e-9));
    }
  }

  @Test
  void aCollinearColumnIsRejectedByNameOrDroppedAndRecorded() {
    Data d = data(500, 5);
    // "region" says exactly what "country" says: its dummies repeat the country dummies.
    String[] region = new String[d.country().length];
    for (int i = 0; i < region.length; i++) {
      region[i] = "r-" + d.country()[i];
    }
    LinearModel aliased = model(d).withFactor("region", region);
    assertThatThrownBy(aliased::fit)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collinear")
        .hasMessageContaining("region=r-DE");
    LinearFit fit = aliased.withCollinearColumnsDropped().fit();
    assertThat(fit.droppedColumns())
        .containsExactly("region=r-DE", "region=r-FR", "region=r-GB", "region=r-PL");
    assertThat(fit.factors().get(2).droppedLevels()).hasSize(4);
    assertThat(fit.collinearity()).isEqualTo(CollinearityPolicy.DROP);
    LinearFit without = model(d).fit();
    assertThat(fit.coefficient("role=back-end").estimate())
        .isCloseTo(without.coefficient("role=back-end").estimate(), within(1e-10));
  }

  @Test
  void aConstantCovariateIsCollinearWithTheIntercept() {
    Data d = data(100, 6);
    double[] constant = new double[100];
    java.util.Arrays.fill(constant, 2021);
    assertThatThrownBy(() -> model(d).withCovariate("year", constant).fit())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year");
  }

  @Test
  void resultDoesNotDependOnTheNumberOfThreads() throws Exception {
    Data d = data(200_000, 7);
    LinearFit parallel = model(d).fit();
    ForkJoinPool single = new ForkJoinPool(1);
    try {
      LinearFit sequential = single.submit(() -> model(d).fit()).get();
      assertThat(sequential).isEqualTo(parallel);
    } finally {
      single.shutdown();
    }
  }

  @Test
  void aLargeCalendarYearCovariateStaysAccurateThanksToCentring() {
    Data d = data(5_000, 8);
    double[] year = new double[5_000];
    double[] shifted = new double[5_000];
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < year.length; i++) {
      shifted[i] = random.nextInt(5);
      year[i] = 2017 + shifted[i];
    }
    LinearFit raw = model(d).withCovariate("year", year).fit();
    LinearFit small = model(d).withCovariate("year", shifted).fit();
    // Only the intercept may change (by 2017 · β_year); every other figure is identical.
    assertThat(raw.coefficient("year").estimate())
        .isCloseTo(small.coefficient("year").estimate(), within(1e-12));
    assertThat(raw.coefficient("year").standardError())
        .isCloseTo(small.coefficient("year").standardError(), within(1e-12));
    assertThat(raw.coefficient(Design.INTERCEPT).estimate())
        .isCloseTo(
            small.coefficient(Design.INTERCEPT).estimate()
                - 2017 * small.coefficient("year").estimate(),
            within(1e-9));
  }

  @Test
  void rejectsBadInputClearly() {
    Data d = data(50, 10);
    assertThatThrownBy(() -> LinearModel.of("y", new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinearModel.of("y", d.y()).withCovariate("x", new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rows");
    assertThatThrownBy(() -> LinearModel.of("y", d.y()).withFactor("role", d.role(), "devops"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("devops");
    assertThatThrownBy(() -> LinearModel.of("y", d.y()).withFrequencyWeights(new double[50]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                LinearModel.of("y", new double[] {1, 2})
                    .withCovariate("x", new double[] {0, 1})
                    .fit())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceed");
  }

  private static double[] pick(double[] values, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return out;
  }

  private static String[] pick(String[] values, int[] rows) {
    String[] out = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return out;
  }
}
