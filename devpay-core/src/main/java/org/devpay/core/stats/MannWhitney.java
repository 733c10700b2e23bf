package org.devpay.core.stats;

import java.util.Arrays;

/**
 * The two-sided Mann-Whitney U test (Wilcoxon rank-sum test) of whether values in one group tend to
 * be larger than in another, without assuming a distribution; one of the claim tests next to the
 * ratio of medians.
 *
 * <p>With midranks R over the pooled n₁ + n₂ = N values, U₁ = R₁ − n₁(n₁ + 1)/2 (the first group's
 * rank sum less its minimum) and U₂ = n₁n₂ − U₁. The two-sided p-value uses U = max(U₁, U₂), μ =
 * n₁n₂/2, tie-corrected σ = √(n₁n₂/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1)))) over tie groups of size
 * t, the continuity correction z = (U − μ − 0.5)/σ and p = min(1, 2(1 − Φ(z))). This is exactly
 * {@code scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='asymptotic',
 * use_continuity=True)} (SciPy 1.10), whose statistic is U₁.
 *
 * <p>Reference: Mann HB, Whitney DR (1947) On a test of whether one of two random variables is
 * stochastically larger than the other. Ann. Math. Statist. 18(1):50–60,
 * doi:10.1214/aoms/1177730491.
 */
public final class MannWhitney {
  private MannWhitney() {}

  /**
   * Tests whether {@code first} and {@code second} come from the same distribution, two-sided.
   *
   * @throws IllegalArgumentException when a group is empty or a value is not finite
   */
  public static MannWhitneyResult test(double[] first, double[] second) {
    int n1 = first.length;
    int n2 = second.length;
    if (n1 == 0 || n2 == 0) {
      throw new IllegalArgumentException(
          "both groups need at least one value: " + n1 + " and " + n2);
    }
    int total = n1 + n2;
    double[] pooled = new double[total];
    System.arraycopy(first, 0, pooled, 0, n1);
    System.arraycopy(second, 0, pooled, n1, n2);
    for (double value : pooled) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value is not finite: " + value);
      }
    }
    // Sort the first group's membership along with the values: encode membership in the order.
    double[] sortedFirst = first.clone();
    Arrays.sort(sortedFirst);
    Arrays.sort(pooled);
    // Midrank of each distinct value, and its count in the first group by a merge.
    double firstRankSum = 0;
    double tieTerm = 0;
    int j = 0;
    for (int start = 0; start < total; ) {
      int end = start;
      while (end < total && pooled[end] == pooled[start]) {
        end++;
      }
      double ties = end - start;
      double midrank = (start + 1 + end) / 2.0;
      int inFirst = 0;
      while (j < n1 && sortedFirst[j] == pooled[start]) {
        inFirst++;
        j++;
      }
      firstRankSum += inFirst * midrank;
      tieTerm += ties * ties * ties - ties;
      start = end;
    }
    double product = (double) n1 * n2;
    double u1 = firstRankSum - n1 * (n1 + 1.0) / 2;
    double u2 = product - u1;
    double u = Math.max(u1, u2);
    double mean = product / 2;
    double n = total;
    double sigma = Math.sqrt(product / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
    double z = (u - mean - 0.5) / sigma;
    double p = sigma > 0 ? Math.min(1, 2 * StandardNormal.survival(z)) : 1;
    return new MannWhitneyResult(
        n1,
        n2,
        u1,
        sigma > 0 ? z : 0,
        p,
        MannWhitneyResult.PValueMethod.NORMAL_TIE_AND_CONTINUITY_CORRECTED);
  }
}
