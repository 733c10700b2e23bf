package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.stats.Bootstrap;

/**
 * How the estimator splits, fits and calibrates; recorded with every estimate and evaluation so
 * that each figure can be reproduced.
 *
 * @param seed seeds the train / calibration / test split of every edition
 * @param coverage the share of respondents the P10 to P90 band is calibrated to hold (0.8)
 * @param calibrationShare share of an edition's rows held out to calibrate the band
 * @param testShare share of an edition's rows held out to measure coverage and error
 * @param minimumLevelRows a role, place, seniority, year, industry or skill gets its own
 *     coefficient only with at least this many training rows (rarer ones are merged); at least k
 * @param privacyFloor k: no estimate for a profile whose comparable cell has fewer rows
 */
public record EstimatorSettings(
    long seed,
    double coverage,
    double calibrationShare,
    double testShare,
    int minimumLevelRows,
    PrivacyFloor privacyFloor) {
  /** The default seed: the bootstrap's ({@link Bootstrap#DEFAULT_SEED}). */
  public static final long DEFAULT_SEED = Bootstrap.DEFAULT_SEED;

  public EstimatorSettings {
    if (!(coverage > 0 && coverage < 1)) {
      throw new IllegalArgumentException("coverage must be in (0, 1): " + coverage);
    }
    if (!(calibrationShare > 0 && testShare >= 0 && calibrationShare + testShare < 0.9)) {
      throw new IllegalArgumentException(
          "calibration and test shares must be > 0, >= 0 and leave at least 10% to train: "
              + calibrationShare
              + ", "
              + testShare);
    }
    requireNonNull(privacyFloor, "privacyFloor is null");
    if (minimumLevelRows < privacyFloor.minimumCellSize()) {
      throw new IllegalArgumentException(
          "the minimum rows of a model level ("
              + minimumLevelRows
              + ") must be at least k = "
              + privacyFloor.minimumCellSize());
    }
  }

  /** Seed 20250119, an 80% band, 60% train / 20% calibration / 20% test, 30 rows a level, k 10. */
  public static EstimatorSettings defaults() {
    return new EstimatorSettings(DEFAULT_SEED, 0.8, 0.2, 0.2, 30, PrivacyFloor.DEFAULT);
  }

  public EstimatorSettings withSeed(long value) {
    return new EstimatorSettings(
        value, coverage, calibrationShare, testShare, minimumLevelRows, privacyFloor);
  }

  /** A new privacy floor; the minimum level rows rise to k when below it. */
  public EstimatorSettings withPrivacyFloor(PrivacyFloor value) {
    return new EstimatorSettings(
        seed,
        coverage,
        calibrationShare,
        testShare,
        Math.max(minimumLevelRows, value.minimumCellSize()),
        value);
  }

  /** The quantile level of the band's lower end, (1 − coverage) / 2 (0.1 for P10). */
  public double lowerLevel() {
    return (1 - coverage) / 2;
  }

  /** The quantile level of the band's upper end, (1 + coverage) / 2 (0.9 for P90). */
  public double upperLevel() {
    return (1 + coverage) / 2;
  }
}
