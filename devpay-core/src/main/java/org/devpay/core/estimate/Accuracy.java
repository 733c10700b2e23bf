package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * How well a model did on the rows held out for testing (never fitted or calibrated on): whether
 * the band held the stated share of rows, how far P50 was from the pay reported, and the same error
 * for the naive baseline, the median of the row's country × role cell in the training rows.
 *
 * @param testRows held-out rows measured
 * @param coverage share of test rows whose pay lies in [P10, P90]
 * @param belowLower share below P10 (about 10% when calibrated)
 * @param aboveUpper share above P90 (about 10% when calibrated)
 * @param medianAbsolutePercentageError median over test rows of |P50 − pay| / pay
 * @param baselineMedianAbsolutePercentageError the same for the naive cell median (country × role
 *     in the training rows, the role alone when that cell has fewer than k rows, the edition when
 *     the role has)
 * @param medianBandRatio median over test rows of P90 / P10: how wide the band is
 * @param roleCoverage coverage within each role with at least 50 test rows: how even it is
 * @param weighted the same measures with the edition's frequency weights, when it has any
 */
public record Accuracy(
    int testRows,
    double coverage,
    double belowLower,
    double aboveUpper,
    double medianAbsolutePercentageError,
    double baselineMedianAbsolutePercentageError,
    double medianBandRatio,
    List<GroupCoverage> roleCoverage,
    Optional<Weighted> weighted) {
  public Accuracy {
    roleCoverage = List.copyOf(roleCoverage);
    requireNonNull(weighted, "weighted is null");
  }

  /** Whether P50 is closer to reported pay than the naive baseline (smaller MdAPE). */
  public boolean beatsBaseline() {
    return medianAbsolutePercentageError < baselineMedianAbsolutePercentageError;
  }

  /**
   * Coverage within one group of test rows.
   *
   * @param group the group (a role id)
   * @param rows its test rows
   * @param coverage the share of them in the band
   */
  public record GroupCoverage(String group, int rows, double coverage) {
    public GroupCoverage {
      requireNonNull(group, "group is null");
    }
  }

  /**
   * Accuracy with frequency weights (Glassdoor: a row is a company × title × city with the number
   * of salary reports behind it). Rows are what is split and calibrated, so the row figures are the
   * measured ones; these say how they read per salary report, over far fewer effective rows.
   *
   * @param effectiveRows Kish's effective sample size of the test rows, (Σw)² / Σw²
   * @param coverage weighted share of test rows in the band
   * @param medianAbsolutePercentageError weighted median of |P50 − pay| / pay
   * @param baselineMedianAbsolutePercentageError the same for the baseline
   */
  public record Weighted(
      double effectiveRows,
      double coverage,
      double medianAbsolutePercentageError,
      double baselineMedianAbsolutePercentageError) {}
}
