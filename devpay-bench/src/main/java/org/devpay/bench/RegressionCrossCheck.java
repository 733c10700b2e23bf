package org.devpay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.devpay.core.stats.Coefficient;
import org.devpay.core.stats.LinearFit;
import org.devpay.core.stats.LinearModel;

/**
 * Fits the 1M-row benchmark regression once and writes every coefficient with its HC1 and classical
 * errors as CSV, so {@code scripts/ols_statsmodels.py} can compare statsmodels on the same
 * synthetic data at full scale (recorded in docs/benchmarks.md). Run: {@code java -cp
 * devpay-bench/target/benchmarks.jar org.devpay.bench.RegressionCrossCheck [rows] [out.csv]}.
 */
public final class RegressionCrossCheck {
  private RegressionCrossCheck() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path out = Path.of(args.length > 1 ? args[1] : "/tmp/devpay-ols-java.csv");
    SyntheticPay.Regression data = SyntheticPay.regression(rows, 20250119L);
    long start = System.nanoTime();
    LinearFit fit =
        LinearModel.of("log pay", data.logPay())
            .withCovariate("years", data.years())
            .withCovariate("score", data.score())
            .withFactor("city", data.city())
            .withFactor("company", data.company())
            .fit();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "rows %d, k %d, R2 %.15g, one fit %d ms (cold JVM)%n",
        rows, fit.parameters(), fit.rSquared(), millis);
    StringBuilder csv = new StringBuilder("name,estimate,hc1,classical\n");
    for (Coefficient c : fit.coefficients()) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%.17g,%.17g,%.17g%n",
              c.name(),
              c.estimate(),
              c.standardError(),
              c.classicalStandardError()));
    }
    Files.writeString(out, csv.toString());
    System.out.println("wrote " + out);
  }
}
