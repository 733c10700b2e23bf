package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The windowed resampler gives, replicate for replicate, what counting every draw with {@code
 * java.util.SplittableRandom} gives (the bootstrap as it was before the window): recomputed here
 * independently, for sizes around the window's threshold, with ties, and with a band so narrow that
 * most resamples are redrawn in full.
 */
class BootstrapWindowTest {
  private static double[] pay(int n, long seed, int distinct) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      // Few distinct values make ties, as rounded survey pay does.
      x[i] = 20_000 + 1_000 * random.nextInt(distinct);
    }
    return x;
  }

  @Test
  void replicatesEqualFullyCountedOnesBelowAroundAndAboveTheThreshold() {
    int threshold = Bootstrap.Resampler.WINDOW_FROM;
    for (int n :
        new int[] {
          1,
          2,
          3,
          100,
          1_001,
          threshold - 2,
          threshold - 1,
          threshold,
          threshold + 1,
          10_001,
          // A power of two: the band's draws are the raw values' low bits, with no rejection.
          16_384,
          40_000,
          300_001
        }) {
      Sample sample = Sample.of(pay(n, n, 300));
      assertThat(new Bootstrap.Resampler(sample).windowed())
          .as("n = %d", n)
          .isEqualTo(n >= threshold);
      Bootstrap bootstrap = Bootstrap.withDefaults().withResamples(300).withSeed(n);
      assertThat(bootstrap.medianReplicates(sample))
          .as("n = %d", n)
          .containsExactly(reference(sample, 300, n));
    }
  }

  /**
   * The bootstrap as it was before the window: SplittableRandom per block, every draw counted, the
   * weighted type-7 median read in doubles over the rows drawn (every weight 1 for an unweighted
   * sample).
   */
  private static double[] reference(Sample sample, int resamples, long seed) {
    double[] values = sample.sortedValues();
    double[] weights = sample.sortedWeights();
    int n = values.length;
    double[] out = new double[resamples];
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom block = null;
    int[] counts = new int[n];
    for (int r = 0; r < resamples; r++) {
      if (r % 128 == 0) {
        block = new SplittableRandom(root.nextLong());
      }
      java.util.Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[block.nextInt(n)]++;
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        total += counts[i] * weights[i];
      }
      double h = (total - 1) * 0.5;
      double lowPosition = Math.floor(h);
      double fraction = h - lowPosition;
      double cumulative = 0;
      double lower = Double.NaN;
      double result = Double.NaN;
      for (int i = 0; i < n && Double.isNaN(result); i++) {
        if (counts[i] == 0) {
          continue;
        }
        cumulative += counts[i] * weights[i];
        if (Double.isNaN(lower) && lowPosition < cumulative) {
          lower = values[i];
          if (fraction == 0) {
            result = lower;
          }
        }
        if (Double.isNaN(result) && !Double.isNaN(lower) && lowPosition + 1 < cumulative) {
          result = lower + fraction * (values[i] - lower);
        }
      }
      out[r] = Double.isNaN(result) ? lower : result;
    }
    return out;
  }

  /**
   * Whole-number weights (frequency weights, 1 to 361 as Glassdoor's "salaries reported") are
   * summed in longs and fractional ones in doubles: both give the reference's replicates, at sizes
   * odd and even, with ties and with a weight that dominates.
   */
  @Test
  void weightedReplicatesEqualTheReferenceWithWholeAndFractionalWeights() {
    for (int n : new int[] {1, 2, 3, 10, 101, 1_000, 5_001}) {
      double[] values = pay(n, n + 7, 50);
      SplittableRandom random = new SplittableRandom(n);
      double[] whole = new double[n];
      double[] fractional = new double[n];
      for (int i = 0; i < n; i++) {
        whole[i] = 1 + (random.nextInt(4) == 0 ? random.nextInt(361) : 0);
        fractional[i] = whole[i] + 0.25;
      }
      if (n > 3) {
        whole[n / 2] = 100_000;
        fractional[n / 2] = 100_000.5;
      }
      for (double[] weights : new double[][] {whole, fractional}) {
        Sample sample = Sample.weighted(values, weights);
        // Weights that are all 1 make an unweighted sample, counted as such.
        assertThat(new Bootstrap.Resampler(sample).wholeWeights())
            .as("n = %d", n)
            .isEqualTo(weights == whole && !sample.unweighted());
        Bootstrap bootstrap = Bootstrap.withDefaults().withResamples(300).withSeed(n);
        assertThat(bootstrap.medianReplicates(sample))
            .as("n = %d, %s weights", n, weights == whole ? "whole" : "fractional")
            .containsExactly(reference(sample, 300, n));
      }
    }
  }

  @Test
  void aBandTooNarrowRedrawsInFullAndStillGivesTheSameReplicates() {
    Sample sample = Sample.of(pay(Bootstrap.Resampler.WINDOW_FROM + 7, 5, 5_000));
    double[] expected = reference(sample, 256, 11);
    for (int halfWidth : new int[] {0, 3, 30, 100}) {
      Bootstrap.Resampler resampler = new Bootstrap.Resampler(sample, halfWidth);
      assertThat(resampler.windowed()).as("half-width %d", halfWidth).isTrue();
      SplittableRandom root = new SplittableRandom(11);
      RewindableRandom block = null;
      for (int r = 0; r < expected.length; r++) {
        if (r % 128 == 0) {
          block = new RewindableRandom(root.nextLong());
        }
        assertThat(resampler.resampledMedian(block))
            .as("half-width %d, replicate %d", halfWidth, r)
            .isEqualTo(expected[r]);
      }
    }
  }

  @Test
  void ratioReplicatesInterleaveBothSamplesOnOneStreamAsBefore() {
    // The numerator through the window, the denominator counted in full.
    Sample top = Sample.of(pay(Bootstrap.Resampler.WINDOW_FROM + 3, 1, 400));
    Sample bottom = Sample.of(pay(5_000, 2, 400));
    assertThat(new Bootstrap.Resampler(top).windowed()).isTrue();
    assertThat(new Bootstrap.Resampler(bottom).windowed()).isFalse();
    double[] ratios =
        Bootstrap.withDefaults().withResamples(130).withSeed(3).ratioReplicates(top, bottom);
    // Independently: one SplittableRandom per block, numerator then denominator per resample.
    SplittableRandom root = new SplittableRandom(3);
    SplittableRandom block = null;
    for (int r = 0; r < 130; r++) {
      if (r % 128 == 0) {
        block = new SplittableRandom(root.nextLong());
      }
      double a = medianOfResample(top.sortedValues(), block);
      double c = medianOfResample(bottom.sortedValues(), block);
      assertThat(ratios[r]).as("replicate %d", r).isEqualTo(a / c);
    }
  }

  private static double medianOfResample(double[] values, SplittableRandom random) {
    double[] resample = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      resample[i] = values[random.nextInt(values.length)];
    }
    return Quantiles.of(resample, 0.5);
  }
}
