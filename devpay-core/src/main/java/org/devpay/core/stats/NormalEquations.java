package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link LinearModel}'s least squares as mergeable partial sums, so that rows spread over
 * partitions (devpay-spark's executors) give the fit {@link LinearModel#fit()} gives on the same
 * rows: the same coded design, the same passes, the same collinearity rule and refinement step.
 *
 * <p>A {@link Layout} codes the design once, from the factors' level weights (levels in sort order,
 * the reference the most frequent level, as {@link LinearModel#withFactor(String, String[])} codes
 * it). Each pass then adds rows into a partial, a plain {@code double[]} (sums, then their Neumaier
 * compensations) that partials of other rows {@linkplain #merge merge} into:
 *
 * <ol>
 *   <li>{@link #moments}: Σw, Σwy, Σwx and the level weights; {@link #means} reads them;
 *   <li>{@link #normal}: the centred X̃'WX̃, X̃'Wỹ and Σwỹ²; {@link #factor} factors it in column
 *       order, leaving out collinear columns as {@code LeastSquares} does;
 *   <li>{@link #gradient}: X̃'W(ỹ − X̃β̃) for the one refinement step; {@link #refine} applies it;
 *   <li>{@link #residuals}: Σwe² and the HC1 meat Σwe²x̃x̃'; {@link #fit} returns the {@link
 *       LinearFit}.
 * </ol>
 *
 * A row is its response y, frequency weight w (&gt; 0), covariate values x (the layout's order) and
 * one level index per factor (an index into the layout's sorted levels, {@link Layout#level}).
 * Merging partials in another order changes sums only in their last bits, so a fit over partitions
 * equals the in-memory one to rounding, not bit for bit. Cluster-robust errors are not offered
 * here: they need each cluster's rows in one place.
 */
public final class NormalEquations {
  private NormalEquations() {}

  /**
   * A coded design: covariate names, factors with their sorted levels and reference level, and the
   * dummy column of each level. Serializable so that a driver can ship it to executors.
   */
  public static final class Layout implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String responseName;
    private final List<String> numericNames;
    private final List<String> factorNames;
    private final List<List<String>> factorLevels;
    private final int[] references;
    private final int[][] columnOfLevel;
    private final List<String> columnNames;
    private final boolean weighted;
    private final CollinearityPolicy collinearity;
    private final double confidence;

    private Layout(
        String responseName,
        List<String> numericNames,
        List<String> factorNames,
        List<List<String>> factorLevels,
        int[] references,
        boolean weighted,
        CollinearityPolicy collinearity,
        double confidence) {
      this.responseName = responseName;
      this.numericNames = List.copyOf(numericNames);
      this.factorNames = List.copyOf(factorNames);
      this.factorLevels = factorLevels.stream().map(List::copyOf).toList();
      this.references = references.clone();
      this.weighted = weighted;
      this.collinearity = collinearity;
      this.confidence = confidence;
      Design design = emptyDesign();
      this.columnOfLevel = design.columnOfLevel;
      this.columnNames = design.columnNames;
    }

    /**
     * The layout {@link LinearModel} codes for a model with these covariates and factors (every
     * factor's reference its most frequent level by weight, ties to the first in sort order),
     * collinear columns dropped, at this confidence.
     *
     * @param levelWeights per factor, in order, the total frequency weight of each level that
     *     occurs (a level of weight 0 must be left out: LinearModel never sees it)
     * @param weighted whether the model has frequency weights (recorded in the fit)
     */
    public static Layout of(
        String responseName,
        List<String> numericNames,
        List<String> factorNames,
        List<Map<String, Double>> levelWeights,
        boolean weighted,
        double confidence) {
      requireNonNull(responseName, "responseName is null");
      if (factorNames.size() != levelWeights.size()) {
        throw new IllegalArgumentException(
            factorNames.size() + " factors but " + levelWeights.size() + " level weight maps");
      }
      if (!(confidence > 0 && confidence < 1)) {
        throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
      }
      List<List<String>> levels = new ArrayList<>();
      int[] references = new int[factorNames.size()];
      for (int f = 0; f < factorNames.size(); f++) {
        TreeMap<String, Double> sorted = new TreeMap<>(levelWeights.get(f));
        if (sorted.isEmpty()) {
          throw new IllegalArgumentException("factor " + factorNames.get(f) + " has no level");
        }
        List<String> names = new ArrayList<>(sorted.keySet());
        int reference = 0;
        for (int level = 1; level < names.size(); level++) {
          if (sorted.get(names.get(level)) > sorted.get(names.get(reference))) {
            reference = level;
          }
        }
        levels.add(names);
        references[f] = reference;
      }
      return new Layout(
          responseName,
          numericNames,
          factorNames,
          levels,
          references,
          weighted,
          CollinearityPolicy.DROP,
          confidence);
    }

    /** The number of covariates. */
    public int covariates() {
      return numericNames.size();
    }

    /** The number of factors. */
    public int factors() {
      return factorNames.size();
    }

    /** The design's columns: intercept, covariates, one dummy per non-reference level. */
    public List<String> columnNames() {
      return columnNames;
    }

    /**
     * The index of a level of factor {@code factor} in its sorted levels, for a row's codes.
     *
     * @throws IllegalArgumentException when the level is not one of the layout's
     */
    public int level(int factor, String label) {
      int at = factorLevels.get(factor).indexOf(label);
      if (at < 0) {
        throw new IllegalArgumentException(
            "level " + label + " is not a level of " + factorNames.get(factor));
      }
      return at;
    }

    int columns() {
      return columnNames.size();
    }

    private Design emptyDesign() {
      double[][] numeric = new double[numericNames.size()][0];
      int[][] codes = new int[factorNames.size()][0];
      return new Design(
          new double[0], numericNames, numeric, factorNames, factorLevels, codes, references);
    }

    private LinearModel.Coded coded() {
      List<ReferenceLevel> howChosen = new ArrayList<>();
      factorNames.forEach(f -> howChosen.add(ReferenceLevel.MOST_FREQUENT));
      return new LinearModel.Coded(
          emptyDesign(), numericNames, factorNames, factorLevels, references, howChosen);
    }
  }

  /**
   * The weighted means of pass 1.
   *
   * @param covariateMeans x̄ per covariate
   * @param columnMeans per design column (1 for the intercept)
   */
  public record Means(
      double totalWeight,
      double responseMean,
      double[] covariateMeans,
      double[] columnMeans,
      long rows)
      implements Serializable {
    public Means {
      covariateMeans = covariateMeans.clone();
      columnMeans = columnMeans.clone();
    }

    @Override
    public double[] covariateMeans() {
      return covariateMeans.clone();
    }

    @Override
    public double[] columnMeans() {
      return columnMeans.clone();
    }
  }

  /**
   * The factored normal equations: the kept columns, the Cholesky factor and the centred solution
   * (refined once {@link #refine} has run), with the total sum of squares Σwỹ².
   */
  public record Factored(
      Means means, boolean[] kept, double[] lower, double[] centred, double totalSumOfSquares)
      implements Serializable {
    public Factored {
      kept = kept.clone();
      lower = lower.clone();
      centred = centred.clone();
    }

    @Override
    public boolean[] kept() {
      return kept.clone();
    }

    @Override
    public double[] lower() {
      return lower.clone();
    }

    @Override
    public double[] centred() {
      return centred.clone();
    }
  }

  // Partial sizes (slots; the array holds twice as many: sums, then compensations).

  private static int momentSlots(Layout layout) {
    return 3 + layout.covariates() + layout.columns();
  }

  private static int normalSlots(Layout layout) {
    int k = layout.columns();
    return k * k + k + 1;
  }

  private static int residualSlots(Layout layout) {
    int k = layout.columns();
    return 1 + k * k;
  }

  /** An empty partial of pass 1. */
  public static double[] newMoments(Layout layout) {
    return new double[2 * momentSlots(layout)];
  }

  /** An empty partial of pass 2. */
  public static double[] newNormal(Layout layout) {
    return new double[2 * normalSlots(layout)];
  }

  /** An empty partial of the refinement's gradient. */
  public static double[] newGradient(Layout layout) {
    return new double[2 * layout.columns()];
  }

  /** An empty partial of pass 4. */
  public static double[] newResiduals(Layout layout) {
    return new double[2 * residualSlots(layout)];
  }

  /** Adds partial {@code other} into {@code into} (compensated) and returns {@code into}. */
  public static double[] merge(double[] into, double[] other) {
    if (into.length != other.length) {
      throw new IllegalArgumentException(
          "partials of different sizes: " + into.length + " and " + other.length);
    }
    int slots = into.length / 2;
    for (int i = 0; i < slots; i++) {
      add(into, slots, i, other[i]);
      add(into, slots, i, other[slots + i]);
    }
    return into;
  }

  /** Pass 1: adds one row to a moments partial. */
  public static void moments(
      Layout layout, double[] partial, double y, double w, double[] x, int[] codes) {
    check(layout, w, x, codes);
    int p = layout.covariates();
    int slots = partial.length / 2;
    add(partial, slots, 0, w);
    add(partial, slots, 1, w * y);
    for (int j = 0; j < p; j++) {
      add(partial, slots, 2 + j, w * x[j]);
    }
    for (int f = 0; f < codes.length; f++) {
      int column = layout.columnOfLevel[f][codes[f]];
      if (column >= 0) {
        add(partial, slots, 2 + p + column, w);
      }
    }
    add(partial, slots, 2 + p + layout.columns(), 1);
  }

  /** The means of merged pass-1 partials. */
  public static Means means(Layout layout, double[] moments) {
    int p = layout.covariates();
    int k = layout.columns();
    int slots = moments.length / 2;
    double totalWeight = value(moments, slots, 0);
    if (!(totalWeight > 0)) {
      throw new IllegalArgumentException("no rows with positive weight");
    }
    double responseMean = value(moments, slots, 1) / totalWeight;
    double[] means = new double[p];
    double[] columnMeans = new double[k];
    columnMeans[0] = 1;
    for (int j = 0; j < p; j++) {
      means[j] = value(moments, slots, 2 + j) / totalWeight;
      columnMeans[1 + j] = means[j];
    }
    for (int column = 1 + p; column < k; column++) {
      columnMeans[column] = value(moments, slots, 2 + p + column) / totalWeight;
    }
    long rows = Math.round(value(moments, slots, 2 + p + k));
    return new Means(totalWeight, responseMean, means, columnMeans, rows);
  }

  /** Pass 2: adds one row to a normal-equations partial (upper triangle of X̃'WX̃, X̃'Wỹ, Σwỹ²). */
  public static void normal(
      Layout layout, Means means, double[] partial, double y, double w, double[] x, int[] codes) {
    check(layout, w, x, codes);
    int k = layout.columns();
    int slots = partial.length / 2;
    Row row = Row.load(layout, means, null, x, codes);
    double centred = y - means.responseMean();
    for (int a = 0; a < row.size; a++) {
      double wa = w * row.values[a];
      int ia = row.columns[a];
      add(partial, slots, k * k + ia, wa * centred);
      for (int c = a; c < row.size; c++) {
        add(partial, slots, ia * k + row.columns[c], wa * row.values[c]);
      }
    }
    add(partial, slots, k * k + k, w * centred * centred);
  }

  /** Factors merged pass-2 partials and solves them (before refinement). */
  public static Factored factor(Layout layout, Means means, double[] normal) {
    int k = layout.columns();
    int slots = normal.length / 2;
    double[] a = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        a[i * k + j] = value(normal, slots, i * k + j);
        a[j * k + i] = a[i * k + j];
      }
    }
    double[] b = new double[k];
    for (int i = 0; i < k; i++) {
      b[i] = value(normal, slots, k * k + i);
    }
    boolean[] kept = new boolean[k];
    double[] lower = LeastSquares.cholesky(a, k, kept);
    double[] centred = LeastSquares.solve(lower, kept, b);
    return new Factored(means, kept, lower, centred, value(normal, slots, k * k + k));
  }

  /** The refinement's pass: adds one row's w x̃ e to a gradient partial. */
  public static void gradient(
      Layout layout,
      Factored factored,
      double[] partial,
      double y,
      double w,
      double[] x,
      int[] codes) {
    check(layout, w, x, codes);
    int slots = partial.length / 2;
    Row row = Row.load(layout, factored.means(), factored.kept, x, codes);
    double e = y - factored.means().responseMean() - row.dot(factored.centred);
    for (int c = 0; c < row.size; c++) {
      add(partial, slots, row.columns[c], w * row.values[c] * e);
    }
  }

  /** The solution after one step of refinement with the merged gradient partials. */
  public static Factored refine(Factored factored, double[] gradient) {
    int k = factored.kept.length;
    int slots = gradient.length / 2;
    double[] g = new double[k];
    for (int j = 0; j < k; j++) {
      g[j] = factored.kept[j] ? value(gradient, slots, j) : 0;
    }
    double[] correction = LeastSquares.solve(factored.lower, factored.kept, g);
    double[] centred = factored.centred.clone();
    for (int j = 0; j < k; j++) {
      centred[j] += correction[j];
    }
    return new Factored(
        factored.means(), factored.kept, factored.lower, centred, factored.totalSumOfSquares());
  }

  /** Pass 4: adds one row's w e² and w e² x̃x̃' to a residuals partial. */
  public static void residuals(
      Layout layout,
      Factored refined,
      double[] partial,
      double y,
      double w,
      double[] x,
      int[] codes) {
    check(layout, w, x, codes);
    int k = layout.columns();
    int slots = partial.length / 2;
    Row row = Row.load(layout, refined.means(), refined.kept, x, codes);
    double e = y - refined.means().responseMean() - row.dot(refined.centred);
    double we2 = w * e * e;
    add(partial, slots, 0, we2);
    for (int a = 0; a < row.size; a++) {
      double v = we2 * row.values[a];
      int ia = row.columns[a];
      for (int c = a; c < row.size; c++) {
        add(partial, slots, 1 + ia * k + row.columns[c], v * row.values[c]);
      }
    }
  }

  /**
   * The fit from the refined solution and the merged pass-4 partials: coefficients, classical and
   * HC1 covariances, as {@link LinearModel#fit()} reports them (collinear columns dropped).
   */
  public static LinearFit fit(Layout layout, Factored refined, double[] residuals) {
    int k = layout.columns();
    int p = layout.covariates();
    int slots = residuals.length / 2;
    Means means = refined.means();
    boolean[] kept = refined.kept;
    double[] centred = refined.centred;
    int parameters = 0;
    for (boolean keep : kept) {
      parameters += keep ? 1 : 0;
    }
    double residualSumOfSquares = value(residuals, slots, 0);
    double[] beta = centred.clone();
    double intercept = centred[0] + means.responseMean();
    for (int j = 0; j < p; j++) {
      intercept -= means.covariateMeans[j] * centred[1 + j];
    }
    beta[0] = intercept;
    double totalWeight = means.totalWeight();
    double freedom = totalWeight - parameters;
    if (!(freedom > 0)) {
      throw new IllegalArgumentException(
          "no residual degrees of freedom: n = " + totalWeight + " must exceed k = " + parameters);
    }
    double[][] inverse = LeastSquares.inverse(refined.lower, kept);
    double[][] meat = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        meat[i][j] = value(residuals, slots, 1 + i * k + j);
        meat[j][i] = meat[i][j];
      }
    }
    double scale = residualSumOfSquares / freedom;
    double hc1 = totalWeight / freedom;
    double[][] sandwich = LeastSquares.multiply(LeastSquares.multiply(inverse, meat), inverse);
    double[][] classical = new double[k][k];
    double[][] robust = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        classical[i][j] = scale * inverse[i][j];
        robust[i][j] = hc1 * sandwich[i][j];
      }
    }
    LeastSquares.uncentre(classical, means.covariateMeans);
    LeastSquares.uncentre(robust, means.covariateMeans);
    LeastSquares.Solution solution =
        new LeastSquares.Solution(
            kept.clone(),
            beta,
            classical,
            robust,
            residualSumOfSquares,
            refined.totalSumOfSquares(),
            totalWeight,
            means.rows(),
            parameters,
            means.columnMeans,
            means.responseMean(),
            0);
    return LinearFit.from(
        layout.responseName,
        layout.coded(),
        solution,
        layout.collinearity,
        layout.weighted,
        layout.confidence,
        means.rows(),
        "");
  }

  private static void check(Layout layout, double w, double[] x, int[] codes) {
    if (x.length != layout.covariates() || codes.length != layout.factors()) {
      throw new IllegalArgumentException(
          "a row has "
              + x.length
              + " covariates and "
              + codes.length
              + " factor codes; the layout "
              + layout.covariates()
              + " and "
              + layout.factors());
    }
    if (!(w > 0) || Double.isInfinite(w)) {
      throw new IllegalArgumentException("frequency weights must be finite and > 0: " + w);
    }
  }

  /** Neumaier's compensated addition into slot {@code slot} of a partial of {@code slots} sums. */
  private static void add(double[] partial, int slots, int slot, double value) {
    double s = partial[slot];
    double t = s + value;
    if (Math.abs(s) >= Math.abs(value)) {
      partial[slots + slot] += (s - t) + value;
    } else {
      partial[slots + slot] += (value - t) + s;
    }
    partial[slot] = t;
  }

  private static double value(double[] partial, int slots, int slot) {
    return partial[slot] + partial[slots + slot];
  }

  /** The non-zero entries of one centred row, in ascending column order. */
  private static final class Row {
    final int[] columns;
    final double[] values;
    int size;

    private Row(int capacity) {
      columns = new int[capacity];
      values = new double[capacity];
    }

    static Row load(Layout layout, Means means, boolean[] kept, double[] x, int[] codes) {
      Row row = new Row(1 + x.length + codes.length);
      row.put(kept, 0, 1);
      for (int j = 0; j < x.length; j++) {
        row.put(kept, 1 + j, x[j] - means.covariateMeans[j]);
      }
      for (int f = 0; f < codes.length; f++) {
        int column = layout.columnOfLevel[f][codes[f]];
        if (column >= 0) {
          row.put(kept, column, 1);
        }
      }
      return row;
    }

    private void put(boolean[] kept, int column, double value) {
      if (kept == null || kept[column]) {
        columns[size] = column;
        values[size] = value;
        size++;
      }
    }

    double dot(double[] coefficients) {
      double s = 0;
      for (int c = 0; c < size; c++) {
        s += values[c] * coefficients[columns[c]];
      }
      return s;
    }
  }
}
