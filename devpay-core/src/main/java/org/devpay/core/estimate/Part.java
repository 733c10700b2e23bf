package org.devpay.core.estimate;

import java.nio.charset.StandardCharsets;

/**
 * Which split a row belongs to: fitted on, calibrated on, or only used to measure the estimator.
 * The assignment hashes the seed with the row's dataset, edition and respondent key, so it does not
 * depend on row order, on thread count or on what else the store holds.
 */
enum Part {
  TRAIN,
  CALIBRATION,
  TEST;

  /**
   * The part of a row: u = SplitMix64(FNV-1a-64(UTF-8 of "dataset|edition|respondentKey") XOR seed)
   * as a fraction in [0, 1); TEST when u &lt; testShare, CALIBRATION when u &lt; testShare +
   * calibrationShare, else TRAIN. (scripts and tests recompute it in Python from this definition.)
   */
  static Part of(
      String datasetId,
      String edition,
      String respondentKey,
      long seed,
      double calibrationShare,
      double testShare) {
    double u = unit(datasetId + "|" + edition + "|" + respondentKey, seed);
    if (u < testShare) {
      return TEST;
    }
    return u < testShare + calibrationShare ? CALIBRATION : TRAIN;
  }

  /** A uniform fraction in [0, 1) from a text and a seed. */
  static double unit(String text, long seed) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= (b & 0xff);
      hash *= 0x100000001b3L;
    }
    long z = hash ^ seed;
    z += 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }
}
