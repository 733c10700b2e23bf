package org.devpay.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Adjusts a family of p-values for multiple comparisons, so that testing the article's claims in
 * many datasets and cells does not manufacture "significant" findings.
 */
public final class MultipleTesting {
  private MultipleTesting() {}

  /**
   * Benjamini-Hochberg adjusted p-values (false discovery rate): with the m p-values sorted
   * ascending, p̃_(i) = min_{j ≥ i} min(1, p_(j) / (j/m)), returned in input order. Rejecting every
   * hypothesis with p̃ ≤ q controls the FDR at q for independent or positively dependent tests.
   * Equals {@code statsmodels.stats.multitest.multipletests(p, method='fdr_bh')[1]}.
   *
   * <p>Reference: Benjamini Y, Hochberg Y (1995) Controlling the false discovery rate. JRSS B
   * 57(1):289–300, doi:10.1111/j.2517-6161.1995.tb02031.x.
   *
   * @throws IllegalArgumentException when empty or a p-value is outside [0, 1]
   */
  public static AdjustedPValues benjaminiHochberg(double... pValues) {
    int m = pValues.length;
    if (m == 0) {
      throw new IllegalArgumentException("no p-values to adjust");
    }
    for (double p : pValues) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("p-value must be in [0, 1]: " + p);
      }
    }
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    double[] adjusted = new double[m];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, pValues[i] / ((double) rank / m));
      adjusted[i] = running;
    }
    List<Double> raw = new ArrayList<>();
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      raw.add(pValues[i]);
      out.add(adjusted[i]);
    }
    return new AdjustedPValues(raw, out, Adjustment.BENJAMINI_HOCHBERG);
  }

  /** A multiple-comparison adjustment, recorded with its adjusted p-values. */
  public enum Adjustment {
    /**
     * False discovery rate, Benjamini and Hochberg (1995), doi:10.1111/j.2517-6161.1995.tb02031.x.
     */
    BENJAMINI_HOCHBERG
  }
}
