package org.devpay.bench;

import java.util.concurrent.TimeUnit;
import org.devpay.core.stats.HodgesLehmann;
import org.devpay.core.stats.MannWhitney;
import org.devpay.core.stats.MannWhitneyResult;
import org.devpay.core.stats.ShiftEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rank statistics at the size of levels.fyi back-end vs full-stack: 17,115 × 11,382 (194.8 million
 * pairwise differences, never materialised).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HodgesLehmannBenchmark {
  private double[] backEnd;
  private double[] fullStack;

  @Setup
  public void setUp() {
    backEnd = logOf(SyntheticPay.pay(17_115, 3, 1.14));
    fullStack = logOf(SyntheticPay.pay(11_382, 4, 1.0));
  }

  @Benchmark
  public ShiftEstimate hodgesLehmannShift() {
    return HodgesLehmann.withDefaults().shift(backEnd, fullStack);
  }

  @Benchmark
  public MannWhitneyResult mannWhitney() {
    return MannWhitney.test(backEnd, fullStack);
  }

  private static double[] logOf(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.log(values[i]);
    }
    return out;
  }
}
