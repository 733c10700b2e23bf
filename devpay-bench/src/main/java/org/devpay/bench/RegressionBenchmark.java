package org.devpay.bench;

import java.util.concurrent.TimeUnit;
import org.devpay.core.stats.LinearFit;
import org.devpay.core.stats.LinearModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OLS with HC1 errors on 1,000,000 synthetic rows and 201 coefficients (intercept, 2 covariates,
 * 149 + 49 fixed-effect dummies; {@link SyntheticPay#regression}). The timed operation is {@link
 * LinearModel#fit()}: coding both factors from their labels, four streaming passes and the solve.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RegressionBenchmark {
  @Param({"1000000"})
  public int rows;

  private LinearModel model;

  @Setup
  public void setUp() {
    SyntheticPay.Regression data = SyntheticPay.regression(rows, 20250119L);
    model =
        LinearModel.of("log pay", data.logPay())
            .withCovariate("years", data.years())
            .withCovariate("score", data.score())
            .withFactor("city", data.city())
            .withFactor("company", data.company());
  }

  @Benchmark
  public LinearFit fitWithHc1() {
    return model.fit();
  }
}
