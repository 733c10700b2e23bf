package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.devpay.core.analysis.engine.ControlUse;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.TwoFoldDecomposition;

/**
 * How much more one group is paid than another within one dataset edition, raw and adjusted: the
 * ratio of medians (bootstrap), the unadjusted difference in mean log pay, the adjusted difference
 * (the group coefficient of an OLS of log pay with fixed effects for the controls the edition has,
 * HC1 errors) and, where asked, the Oaxaca-Blinder split of the gap. Below the privacy floor every
 * figure is empty and {@code note} says why.
 *
 * @param focal the group whose premium this is ("back-end")
 * @param baseline the group it is compared with ("front-end")
 * @param focalRows rows in the focal group (0 when suppressed: a withheld cell states no count)
 * @param baselineRows rows in the baseline group (0 when suppressed)
 * @param suppressed true when the disclosure control withholds a group (fewer than k rows, or
 *     figures that could be differenced against others); then every figure is empty
 * @param note why figures are missing, or ""
 * @param ratioOfMedians median(focal) / median(baseline) with a bootstrap interval (when asked)
 * @param unadjusted mean log pay difference: the coefficient of the group alone
 * @param adjusted the group coefficient with the controls held fixed
 * @param controls per requested control, whether and how it entered the adjusted model
 * @param decomposition the two-fold Oaxaca-Blinder decomposition, when asked and possible
 * @param decompositionNote why the decomposition is missing, or ""
 */
public record Premium(
    String focal,
    String baseline,
    int focalRows,
    int baselineRows,
    boolean suppressed,
    String note,
    Optional<Estimate> ratioOfMedians,
    Optional<ModelEstimate> unadjusted,
    Optional<ModelEstimate> adjusted,
    List<ControlUse> controls,
    Optional<TwoFoldDecomposition> decomposition,
    String decompositionNote) {
  public Premium {
    requireNonNull(focal, "focal is null");
    requireNonNull(baseline, "baseline is null");
    requireNonNull(note, "note is null");
    requireNonNull(ratioOfMedians, "ratioOfMedians is null");
    requireNonNull(unadjusted, "unadjusted is null");
    requireNonNull(adjusted, "adjusted is null");
    controls = List.copyOf(controls);
    requireNonNull(decomposition, "decomposition is null");
    requireNonNull(decompositionNote, "decompositionNote is null");
    if (suppressed
        && (ratioOfMedians.isPresent()
            || unadjusted.isPresent()
            || adjusted.isPresent()
            || decomposition.isPresent()
            || focalRows != 0
            || baselineRows != 0)) {
      throw new IllegalArgumentException("a suppressed premium carries no figures and no counts");
    }
  }

  /**
   * A premium the disclosure control withholds: a group has fewer than k rows, or a figure over it
   * could be differenced against another. It states no figure and no count.
   */
  public static Premium withheld(String focal, String baseline) {
    return new Premium(
        focal,
        baseline,
        0,
        0,
        true,
        org.devpay.core.privacy.Release.WITHHELD,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        "");
  }

  /** A log difference as a percentage premium: 100 (e^x − 1). */
  public static double percent(double logDifference) {
    return 100 * Math.expm1(logDifference);
  }

  /** Rows in both groups. */
  public int rows() {
    return focalRows + baselineRows;
  }
}
