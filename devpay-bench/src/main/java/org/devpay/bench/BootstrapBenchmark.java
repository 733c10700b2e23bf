package org.devpay.bench;

import java.util.concurrent.TimeUnit;
import org.devpay.core.stats.Bootstrap;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.IntervalMethod;
import org.devpay.core.stats.Sample;
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
 * A ratio of medians with a 95% interval from 10,000 resamples, two groups of 50,000 rows each
 * (100,000 rows), each resampled on its own: percentile and BCa (same replicates, plus the O(n log
 * n) jackknife).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class BootstrapBenchmark {
  @Param({"BOOTSTRAP_PERCENTILE", "BOOTSTRAP_BCA"})
  public IntervalMethod method;

  @Param({"50000"})
  public int rowsPerGroup;

  private Sample backEnd;
  private Sample frontEnd;
  private Bootstrap bootstrap;

  @Setup
  public void setUp() {
    backEnd = Sample.of(SyntheticPay.pay(rowsPerGroup, 1, 1.15));
    frontEnd = Sample.of(SyntheticPay.pay(rowsPerGroup, 2, 1.0));
    bootstrap =
        Bootstrap.withDefaults()
            .withResamples(10_000)
            .withSeed(20250119L)
            .withIntervalMethod(method);
  }

  @Benchmark
  public Estimate ratioOfMedians() {
    return bootstrap.ratioOfMedians(backEnd, frontEnd);
  }
}
