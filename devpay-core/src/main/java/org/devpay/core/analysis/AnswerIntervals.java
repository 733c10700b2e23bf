package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devpay.core.stats.Bootstrap;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.Sample;

/**
 * The bootstrap intervals of one edition's answer, each computed once per distinct sample: a
 * sample's sorted values and weights determine its interval (the seed is the bootstrap's). Where
 * the screen removes nothing from a cell, both views resample the same rows and share it.
 */
final class AnswerIntervals {
  private final Bootstrap bootstrap;
  private final Map<List<SampleKey>, Estimate> known = new HashMap<>();

  AnswerIntervals(Bootstrap bootstrap) {
    this.bootstrap = requireNonNull(bootstrap, "bootstrap is null");
  }

  Estimate median(Sample sample) {
    return known.computeIfAbsent(List.of(SampleKey.of(sample)), key -> bootstrap.median(sample));
  }

  Estimate ratioOfMedians(Sample numerator, Sample denominator) {
    return known.computeIfAbsent(
        List.of(SampleKey.of(numerator), SampleKey.of(denominator)),
        key -> bootstrap.ratioOfMedians(numerator, denominator));
  }

  /** A sample's contents as a map key. */
  private record SampleKey(double[] values, double[] weights) {
    static SampleKey of(Sample sample) {
      return new SampleKey(sample.sortedValues(), sample.sortedWeights());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof SampleKey key
          && Arrays.equals(values, key.values)
          && Arrays.equals(weights, key.weights);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
      return "SampleKey[n=" + values.length + "]";
    }
  }
}
