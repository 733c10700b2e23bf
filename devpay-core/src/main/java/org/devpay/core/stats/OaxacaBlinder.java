package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The two-fold Oaxaca-Blinder decomposition of the gap in mean response (log pay) between two
 * groups into a part explained by different characteristics and an unexplained part (different
 * returns to the same characteristics), with seeded bootstrap standard errors: how much of the
 * back-end premium is who back-end developers are (experience, location, year), and how much
 * remains. Immutable: configure with {@code with...} methods.
 *
 * <p>With OLS coefficients β_A, β_B fitted in each group on the same columns (intercept,
 * covariates, dummies coded on the pooled data), the reference coefficients β* of the pooled
 * regression on both groups with a group indicator added ({@link
 * OaxacaReference#POOLED_WITH_GROUP_INDICATOR}; β* leaves out the indicator's coefficient), and
 * column means x̄_A, x̄_B:
 *
 * <pre>
 *   gap         = ȳ_A − ȳ_B = explained + unexplained
 *   explained   = (x̄_A − x̄_B)'β*
 *   unexplained = x̄_A'(β_A − β*) + x̄_B'(β* − β_B)
 * </pre>
 *
 * This is statsmodels' {@code OaxacaBlinder(y, X, group_column, hasconst=True,
 * swap=False).two_fold(two_fold_type='pooled')} (0.13.5), with the first group the one whose
 * indicator sorts first. The explained part is also split by term (a covariate, or a factor's
 * dummies summed, which makes it independent of the reference level).
 *
 * <p>Standard errors: B bootstrap resamples of the pooled rows (as statsmodels does), each
 * refitting all three regressions; SE = standard deviation of the replicates (n − 1 divisor),
 * intervals are percentile intervals. Resamples are drawn in fixed blocks with seeds from the root
 * seed, so results do not depend on the thread count. statsmodels' own bootstrap uses NumPy's
 * global generator and a trimmed standard deviation, so its errors are comparable, not equal.
 *
 * <p>Edge cases: a group with no rows, or a column that is collinear or empty within a group (a
 * level that occurs in one group only), is rejected with an IllegalArgumentException naming it, as
 * is a resample in which that happens: merge rare levels first.
 *
 * <p>References: Oaxaca R (1973) doi:10.2307/2525981; Blinder AS (1973) doi:10.2307/144855; Neumark
 * D (1988) doi:10.2307/145743; Jann B (2008) The Stata Journal 8(4):453–479,
 * doi:10.1177/1536867X0800800401.
 */
public final class OaxacaBlinder {
  private static final int BLOCK = 16;
  private static final String INDICATOR = "(group indicator)";

  private final LinearModel model;
  private final boolean[] inFirstGroup;
  private final String firstGroup;
  private final String secondGroup;
  private final int resamples;
  private final long seed;
  private final double confidence;

  private OaxacaBlinder(
      LinearModel model,
      boolean[] inFirstGroup,
      String firstGroup,
      String secondGroup,
      int resamples,
      long seed,
      double confidence) {
    if (resamples < 100) {
      throw new IllegalArgumentException("at least 100 resamples are needed: " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    this.model = model;
    this.inFirstGroup = inFirstGroup;
    this.firstGroup = requireNonNull(firstGroup, "firstGroup is null");
    this.secondGroup = requireNonNull(secondGroup, "secondGroup is null");
    this.resamples = resamples;
    this.seed = seed;
    this.confidence = confidence;
  }

  /**
   * Decomposes the gap between the rows where {@code inFirstGroup} is true and the others. The
   * model names the response and the characteristics (covariates, factors, weights); it must not
   * contain the group itself. 500 resamples, seed {@link Bootstrap#DEFAULT_SEED}, 95% intervals,
   * groups named "first" and "second".
   */
  public static OaxacaBlinder of(LinearModel characteristics, boolean[] inFirstGroup) {
    requireNonNull(characteristics, "characteristics is null");
    if (inFirstGroup.length != characteristics.rows()) {
      throw new IllegalArgumentException(
          "group membership has "
              + inFirstGroup.length
              + " rows, the model "
              + characteristics.rows());
    }
    return new OaxacaBlinder(
        characteristics,
        inFirstGroup.clone(),
        "first",
        "second",
        500,
        Bootstrap.DEFAULT_SEED,
        0.95);
  }

  public OaxacaBlinder withGroupNames(String first, String second) {
    return new OaxacaBlinder(model, inFirstGroup, first, second, resamples, seed, confidence);
  }

  public OaxacaBlinder withResamples(int count) {
    return new OaxacaBlinder(model, inFirstGroup, firstGroup, secondGroup, count, seed, confidence);
  }

  public OaxacaBlinder withSeed(long value) {
    return new OaxacaBlinder(
        model, inFirstGroup, firstGroup, secondGroup, resamples, value, confidence);
  }

  public OaxacaBlinder withConfidence(double level) {
    return new OaxacaBlinder(model, inFirstGroup, firstGroup, secondGroup, resamples, seed, level);
  }

  /** The two-fold decomposition with the pooled reference and bootstrap errors. */
  public TwoFoldDecomposition twoFold() {
    LinearModel.Coded coded = model.code();
    double[] indicator = new double[inFirstGroup.length];
    long firstRows = 0;
    for (int r = 0; r < indicator.length; r++) {
      indicator[r] = inFirstGroup[r] ? 0 : 1;
      firstRows += inFirstGroup[r] ? 1 : 0;
    }
    long secondRows = indicator.length - firstRows;
    if (firstRows == 0 || secondRows == 0) {
      throw new IllegalArgumentException(
          "both groups need rows: " + firstRows + " and " + secondRows);
    }
    Design design = coded.design();
    Design pooled =
        design.withNumericColumn(
            INDICATOR,
            indicator,
            coded.numericNames(),
            coded.factorNames(),
            coded.factorLevels(),
            coded.references());
    double[] weights = model.weightsView();
    Parts full = decompose(design, pooled, weights, true);

    double[] explained = new double[resamples];
    double[] unexplained = new double[resamples];
    long[] blockSeeds = new long[(resamples + BLOCK - 1) / BLOCK];
    SplittableRandom root = new SplittableRandom(seed);
    for (int b = 0; b < blockSeeds.length; b++) {
      blockSeeds[b] = root.nextLong();
    }
    int rows = weights.length;
    IntStream.range(0, blockSeeds.length)
        .parallel()
        .forEach(
            b -> {
              SplittableRandom random = new SplittableRandom(blockSeeds[b]);
              double[] resampled = new double[rows];
              int end = Math.min(resamples, (b + 1) * BLOCK);
              for (int r = b * BLOCK; r < end; r++) {
                Arrays.fill(resampled, 0);
                for (int i = 0; i < rows; i++) {
                  resampled[random.nextInt(rows)]++;
                }
                for (int i = 0; i < rows; i++) {
                  resampled[i] *= weights[i];
                }
                Parts parts;
                try {
                  parts = decompose(design, pooled, resampled, false);
                } catch (IllegalArgumentException e) {
                  throw new IllegalArgumentException(
                      "bootstrap resample " + r + ": " + e.getMessage(), e);
                }
                explained[r] = parts.explained;
                unexplained[r] = parts.unexplained;
              }
            });
    Bootstrap percentile =
        Bootstrap.withDefaults().withResamples(resamples).withSeed(seed).withConfidence(confidence);
    return new TwoFoldDecomposition(
        firstGroup,
        secondGroup,
        firstRows,
        secondRows,
        full.firstMean,
        full.secondMean,
        full.firstMean - full.secondMean,
        percentile.percentileInterval(full.explained, explained),
        percentile.percentileInterval(full.unexplained, unexplained),
        standardDeviation(explained),
        standardDeviation(unexplained),
        full.byTerm,
        OaxacaReference.POOLED_WITH_GROUP_INDICATOR,
        resamples,
        seed);
  }

  private record Parts(
      double firstMean,
      double secondMean,
      double explained,
      double unexplained,
      List<TermContribution> byTerm) {}

  private Parts decompose(Design design, Design pooled, double[] weights, boolean byTerm) {
    int rows = weights.length;
    double[] first = new double[rows];
    double[] second = new double[rows];
    for (int r = 0; r < rows; r++) {
      (inFirstGroup[r] ? first : second)[r] = weights[r];
    }
    LeastSquares.Solution a = groupFit(design, first, firstGroup);
    LeastSquares.Solution b = groupFit(design, second, secondGroup);
    LeastSquares.Solution star = LeastSquares.fit(pooled, weights, false);
    checkFullRank(pooled, star, "the pooled regression");
    int p = design.numeric.length;
    int k = design.columns();
    double explained = 0;
    double unexplained = 0;
    Map<String, Double> terms = new LinkedHashMap<>();
    for (int c = 0; c < k; c++) {
      // The pooled design has the indicator right after the covariates.
      double reference = star.beta()[c <= p ? c : c + 1];
      double meanA = a.columnMeans()[c];
      double meanB = b.columnMeans()[c];
      double part = (meanA - meanB) * reference;
      explained += part;
      unexplained += meanA * (a.beta()[c] - reference) + meanB * (reference - b.beta()[c]);
      if (byTerm && c > 0) {
        int factor = design.factorOfColumn[c];
        String term = factor < 0 ? design.columnNames.get(c) : factorName(design, c);
        terms.merge(term, part, Double::sum);
      }
    }
    List<TermContribution> contributions = new ArrayList<>();
    terms.forEach((term, value) -> contributions.add(new TermContribution(term, value)));
    return new Parts(a.responseMean(), b.responseMean(), explained, unexplained, contributions);
  }

  private static String factorName(Design design, int column) {
    String name = design.columnNames.get(column);
    return name.substring(0, name.indexOf('='));
  }

  private static LeastSquares.Solution groupFit(Design design, double[] weights, String group) {
    LeastSquares.Solution solution = LeastSquares.fit(design, weights, false);
    checkFullRank(design, solution, "group " + group);
    return solution;
  }

  private static void checkFullRank(Design design, LeastSquares.Solution solution, String where) {
    List<Integer> dropped = solution.droppedColumns();
    if (!dropped.isEmpty()) {
      List<String> names = dropped.stream().map(design.columnNames::get).toList();
      throw new IllegalArgumentException(
          "columns collinear or empty in "
              + where
              + ": "
              + names
              + "; merge rare levels so each occurs in both groups");
    }
  }

  private static double standardDeviation(double[] values) {
    double mean = Arrays.stream(values).sum() / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / (values.length - 1));
  }
}
