package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.devpay.core.stats.Bootstrap;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.Sample;

/**
 * The bootstrap intervals of one edition's answer, each computed once per distinct sample: a
 * sample's sorted values and weights determine its interval (the seed is the bootstrap's), and
 * samples are equal by them. Where the screen removes nothing from a cell, both views resample the
 * same rows and share it.
 */
final class AnswerIntervals {
  private final Bootstrap bootstrap;
  private final Map<List<Sample>, Estimate> known = new HashMap<>();

  AnswerIntervals(Bootstrap bootstrap) {
    this.bootstrap = requireNonNull(bootstrap, "bootstrap is null");
  }

  Estimate median(Sample sample) {
    return known.computeIfAbsent(List.of(sample), key -> bootstrap.median(sample));
  }

  Estimate ratioOfMedians(Sample numerator, Sample denominator) {
    return known.computeIfAbsent(
        List.of(numerator, denominator), key -> bootstrap.ratioOfMedians(numerator, denominator));
  }
}
