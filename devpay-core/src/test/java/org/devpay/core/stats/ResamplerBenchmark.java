package org.devpay.core.stats;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures what one bootstrap draw costs in {@link Bootstrap.Resampler}, one thread, for samples of
 * the sizes given: a rounded log-normal sample (ties, as survey pay has), resampled until some 40
 * million draws (at least 200 resamples), three rounds, the last two printed. With {@code
 * --weighted} first, one row in five carries a whole frequency weight from 2 to 30. Not a test (no
 * assertion on time, which depends on the machine): run its main method with core's classes and
 * test classes, {@code java -cp devpay-core/target/classes:devpay-core/target/test-classes
 * org.devpay.core.stats.ResamplerBenchmark [--weighted] 5000 17000 270000 1000000}.
 */
public final class ResamplerBenchmark {
  private ResamplerBenchmark() {}

  public static void main(String[] args) {
    boolean weighted = args.length > 0 && args[0].equals("--weighted");
    for (int a = weighted ? 1 : 0; a < args.length; a++) {
      int n = Integer.parseInt(args[a]);
      SplittableRandom values = new SplittableRandom(1);
      // Weights from a stream of their own, so the values are the same with and without them.
      SplittableRandom frequencies = new SplittableRandom(2);
      double[] pay = new double[n];
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        pay[i] = Math.round(Math.exp(11 + values.nextGaussian() * 0.6) / 1000) * 1000;
        weights[i] = frequencies.nextInt(5) == 0 ? 2 + frequencies.nextInt(29) : 1;
      }
      Sample sample = weighted ? Sample.weighted(pay, weights) : Sample.of(pay);
      int resamples = Math.max(200, 40_000_000 / n);
      for (int round = 0; round < 3; round++) {
        Bootstrap.Resampler resampler = new Bootstrap.Resampler(sample);
        RewindableRandom random = new RewindableRandom(42);
        double sum = 0;
        long start = System.nanoTime();
        for (int r = 0; r < resamples; r++) {
          sum += resampler.resampledMedian(random);
        }
        double nanos = (System.nanoTime() - start) / ((double) resamples * n);
        if (round > 0) {
          // The sum of the replicates shows that two builds drew the same resamples.
          System.out.printf(
              Locale.ROOT,
              "n = %,d%s: %.2f ns a draw (replicates sum to %.6e)%n",
              n,
              weighted ? " weighted" : "",
              nanos,
              sum);
        }
      }
    }
  }
}
