package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cluster-robust (CR1) errors of {@link LinearModel#withClusters} against statsmodels 0.13.5 on the
 * real Glassdoor India 2022 file: {@code golden/cluster.json}, written by {@code
 * golden/cluster_golden.py} (beside it) with {@code OLS(...).fit(cov_type="cluster", groups=Company
 * Name, use_t=True)} on the rows repeated by their salary reports. Same rows and model here, with
 * frequency weights. Tolerance: relative 1e-8.
 */
class ClusterRobustGoldenTest {
  private static JsonNode expected;
  private static double[] logPay;
  private static double[] backend;
  private static double[] weights;
  private static String[] location;
  private static String[] company;

  @BeforeAll
  static void load() throws IOException {
    Path file = RealData.file("glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv");
    try (InputStream in =
        ClusterRobustGoldenTest.class.getResourceAsStream("golden/cluster.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    List<NamedCsvRecord> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .ofNamedCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      csv.stream()
          .filter(r -> r.getField("Employment Status").equals("Full Time"))
          .filter(r -> r.getField("Job Roles").matches("Backend|Frontend"))
          .filter(r -> Double.parseDouble(r.getField("Salary")) > 0)
          .forEach(rows::add);
    }
    int n = rows.size();
    logPay = new double[n];
    backend = new double[n];
    weights = new double[n];
    location = new String[n];
    company = new String[n];
    for (int i = 0; i < n; i++) {
      NamedCsvRecord r = rows.get(i);
      logPay[i] = Math.log(Double.parseDouble(r.getField("Salary")));
      backend[i] = r.getField("Job Roles").equals("Backend") ? 1 : 0;
      weights[i] = Double.parseDouble(r.getField("Salaries Reported"));
      location[i] = r.getField("Location");
      company[i] = r.getField("Company Name");
    }
  }

  private static LinearModel model() {
    return LinearModel.of("ln salary", logPay)
        .withCovariate("backend", backend)
        .withFactor("location", location)
        .withFrequencyWeights(weights);
  }

  @Test
  void clusteredByCompanyMatchesStatsmodelsClusterCovariance() {
    LinearFit fit = model().withClusters("company", company).fit();
    Coefficient b = fit.coefficient("backend");

    assertThat(fit.rows()).isEqualTo(expected.get("rows").asLong());
    assertThat(fit.observations()).isEqualTo(expected.get("observations").asDouble());
    assertThat(fit.parameters()).isEqualTo(expected.get("parameters").asInt());
    assertThat(fit.clusters()).isEqualTo(expected.get("clusters").asInt());
    assertThat(fit.clusterName()).isEqualTo("company");
    assertThat(fit.covarianceMethod()).isEqualTo(CovarianceMethod.CLUSTER_CR1);
    assertThat(fit.inferenceDegreesOfFreedom()).isEqualTo(expected.get("clusters").asInt() - 1);
    close(b.estimate(), "estimate");
    close(b.standardError(), "se");
    close(b.lower(), "lower");
    close(b.upper(), "upper");
    close(b.pValue(), "p");
  }

  @Test
  void withoutClustersTheSameModelKeepsHc1() {
    LinearFit fit = model().fit();
    assertThat(fit.covarianceMethod()).isEqualTo(CovarianceMethod.HC1);
    assertThat(fit.clusters()).isZero();
    close(fit.coefficient("backend").standardError(), "hc1_se");
    // Cells of one company are not independent reports: clustering widens the error here.
    assertThat(expected.get("se").asDouble()).isGreaterThan(expected.get("hc1_se").asDouble());
  }

  @Test
  void clustersNeedTwoGroupsAndOneLabelPerRow() {
    String[] one = new String[logPay.length];
    java.util.Arrays.fill(one, "same");
    assertThatThrownBy(() -> model().withClusters("company", one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two or more clusters");
    assertThatThrownBy(() -> model().withClusters("company", new String[] {"a", "b"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void close(double actual, String field) {
    double value = expected.get(field).asDouble();
    assertThat(actual).as(field).isCloseTo(value, within(Math.max(1e-300, 1e-8 * Math.abs(value))));
  }
}
