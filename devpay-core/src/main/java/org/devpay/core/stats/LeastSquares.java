package org.devpay.core.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Weighted least squares over a sparse {@link Design} in a few streaming passes, without an n × k
 * matrix. Package-private engine behind {@link LinearModel} and {@link OaxacaBlinder}.
 *
 * <ol>
 *   <li>Weighted means of the response, the covariates and every level (compensated sums).
 *   <li>X̃'WX̃ and X̃'Wỹ with covariates and response centred at their means, which keeps the
 *       normal equations well conditioned (a covariate such as the calendar year would otherwise
 *       square a condition number of 10⁷); each row touches only its 1 + p + f non-zero entries.
 *   <li>Cholesky factorisation in column order; a column whose squared residual norm on the earlier
 *       columns falls below 10⁻⁹ of its own (1 − R²_j &lt; 10⁻⁹, VIF &gt; 10⁹) is collinear and
 *       left out, as R's {@code lm} leaves out later aliased columns.
 *   <li>One step of iterative refinement with the gradient X̃'W(ỹ − X̃β) recomputed from the data
 *       (corrected semi-normal equations, Björck 1996 §2.3), which brings the solution close to
 *       what a QR factorisation of X would give.
 *   <li>Residuals, their weighted sum of squares and the HC1 meat Σ w e² x̃x̃' (only when the
 *       covariances are asked); with clusters, one more sequential pass for the cluster scores u_g
 *       = Σ_{i∈g} w_i e_i x̃_i and the cluster-robust meat Σ_g u_g u_g'.
 * </ol>
 *
 * Rows are processed in fixed blocks whose partial sums are combined in block order with Neumaier's
 * compensated summation, so results do not depend on the number of threads.
 *
 * <p>Over 500 lines: one numerical engine (blocked X'X sums, the Cholesky factorisation with its
 * rank decision, HC1 and CR1 sandwiches) whose steps share the factorisation; splitting it would
 * pass the factorisation's internals between classes.
 */
final class LeastSquares {
  static final double COLLINEARITY_TOLERANCE = 1e-9;
  private static final int BLOCK = 1 << 15;

  private LeastSquares() {}

  /**
   * A solved system. Arrays are indexed by design column; dropped columns have β = 0 and zero
   * covariance. A system solved without covariances has zero covariance matrices and a NaN residual
   * sum of squares.
   */
  record Solution(
      boolean[] kept,
      double[] beta,
      double[][] classicalCovariance,
      double[][] robustCovariance,
      double residualSumOfSquares,
      double totalSumOfSquares,
      double totalWeight,
      long rows,
      int parameters,
      double[] columnMeans,
      double responseMean,
      int clusters) {
    List<Integer> droppedColumns() {
      List<Integer> dropped = new ArrayList<>();
      for (int j = 0; j < kept.length; j++) {
        if (!kept[j]) {
          dropped.add(j);
        }
      }
      return dropped;
    }
  }

  /**
   * Solves min Σ w_i (y_i − x_i'β)², weights ≥ 0 (a zero weight leaves the row out).
   *
   * @param covariance whether to make the residuals' pass for the residual sum of squares and the
   *     classical and HC1 covariances (skipped inside the Oaxaca-Blinder bootstrap, which needs
   *     only β and the column means)
   */
  static Solution fit(Design design, double[] weights, boolean covariance) {
    return fit(design, weights, covariance, null);
  }

  /**
   * As {@link #fit(Design, double[], boolean)}, with the robust covariance clustered: {@code
   * clusters[i]} is row i's cluster code in [0, G). The robust covariance is then CR1, G/(G − 1) ·
   * (n − 1)/(n − k) · (X'WX)⁻¹ Σ_g u_g u_g' (X'WX)⁻¹ with u_g = Σ_{i∈g} w_i e_i x_i (Liang and
   * Zeger 1986; statsmodels' {@code cov_type='cluster'}), instead of HC1; {@code clusters} null
   * keeps HC1.
   */
  static Solution fit(Design design, double[] weights, boolean covariance, int[] clusters) {
    int k = design.columns();
    int p = design.numeric.length;
    int blocks = (design.rows + BLOCK - 1) / BLOCK;

    // Pass 1: weighted means of the response, covariates and level indicators.
    Compensated moments =
        combine(
            blocks,
            block -> {
              Compensated sums = new Compensated(2 + p + k);
              forWeightedRows(
                  design,
                  weights,
                  block,
                  (r, w) -> {
                    sums.add(0, w);
                    sums.add(1, w * design.response[r]);
                    for (int j = 0; j < p; j++) {
                      sums.add(2 + j, w * design.numeric[j][r]);
                    }
                    if (design.levelStart != null) {
                      for (int x = design.levelStart[r]; x < design.levelStart[r + 1]; x++) {
                        sums.add(2 + p + design.levelColumns[x], w);
                      }
                    } else {
                      for (int f = 0; f < design.codes.length; f++) {
                        int column = design.columnOfLevel[f][design.codes[f][r]];
                        if (column >= 0) {
                          sums.add(2 + p + column, w);
                        }
                      }
                    }
                  });
              return sums;
            });
    double totalWeight = moments.value(0);
    if (!(totalWeight > 0)) {
      throw new IllegalArgumentException("no rows with positive weight");
    }
    double responseMean = moments.value(1) / totalWeight;
    double[] means = new double[p];
    double[] columnMeans = new double[k];
    columnMeans[0] = 1;
    for (int j = 0; j < p; j++) {
      means[j] = moments.value(2 + j) / totalWeight;
      columnMeans[1 + j] = means[j];
    }
    for (int column = 1 + p; column < k; column++) {
      columnMeans[column] = moments.value(2 + p + column) / totalWeight;
    }

    // Pass 2: centred normal equations (upper triangle of A = X̃'WX̃, b = X̃'Wỹ) and Σ w ỹ².
    boolean[] all = new boolean[k];
    java.util.Arrays.fill(all, true);
    Compensated normal =
        combine(
            blocks,
            block -> {
              Compensated sums = new Compensated(k * k + k + 1);
              Row row = new Row(design, means, all);
              forWeightedRows(
                  design,
                  weights,
                  block,
                  (r, w) -> {
                    row.load(r);
                    double y = design.response[r] - responseMean;
                    for (int a = 0; a < row.size; a++) {
                      double wa = w * row.values[a];
                      int ia = row.columns[a];
                      sums.add(k * k + ia, wa * y);
                      for (int c = a; c < row.size; c++) {
                        sums.add(ia * k + row.columns[c], wa * row.values[c]);
                      }
                    }
                    sums.add(k * k + k, w * y * y);
                  });
              return sums;
            });
    double[] a = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        a[i * k + j] = normal.value(i * k + j);
        a[j * k + i] = a[i * k + j];
      }
    }
    double[] b = new double[k];
    for (int i = 0; i < k; i++) {
      b[i] = normal.value(k * k + i);
    }
    double totalSumOfSquares = normal.value(k * k + k);

    // Cholesky in column order, leaving out collinear columns.
    boolean[] kept = new boolean[k];
    double[] lower = cholesky(a, k, kept);
    int parameters = 0;
    for (boolean keep : kept) {
      parameters += keep ? 1 : 0;
    }

    double[] centred = solve(lower, kept, b);
    // Pass 3: one step of refinement with the gradient recomputed from the data.
    double[] gradient = gradient(design, weights, means, responseMean, kept, centred, blocks);
    double[] correction = solve(lower, kept, gradient);
    for (int j = 0; j < k; j++) {
      centred[j] += correction[j];
    }

    // Pass 4, only when the covariances are asked (the Oaxaca-Blinder bootstrap reads β alone).
    Compensated residuals =
        covariance ? residuals(design, weights, means, responseMean, kept, centred, blocks) : null;
    double residualSumOfSquares = covariance ? residuals.value(0) : Double.NaN;

    // Back to the uncentred parametrisation: β₀ = β̃₀ + ȳ − Σ x̄_j β_j.
    double[] beta = centred.clone();
    double intercept = centred[0] + responseMean;
    for (int j = 0; j < p; j++) {
      intercept -= means[j] * centred[1 + j];
    }
    beta[0] = intercept;

    long rows = 0;
    for (double w : weights) {
      rows += w > 0 ? 1 : 0;
    }
    double[][] classical = new double[k][k];
    double[][] robust = new double[k][k];
    int groups = 0;
    if (covariance) {
      double freedom = totalWeight - parameters;
      if (!(freedom > 0)) {
        throw new IllegalArgumentException(
            "no residual degrees of freedom: n = "
                + totalWeight
                + " must exceed k = "
                + parameters);
      }
      double[][] inverse = inverse(lower, kept);
      double[][] meat = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = i; j < k; j++) {
          meat[i][j] = residuals.value(1 + i * k + j);
          meat[j][i] = meat[i][j];
        }
      }
      double scale = residualSumOfSquares / freedom;
      double hc1 = totalWeight / freedom;
      if (clusters != null) {
        meat = clusterMeat(design, weights, means, responseMean, kept, centred, clusters);
        groups = distinct(clusters, weights);
        if (groups < 2) {
          throw new IllegalArgumentException("cluster-robust errors need two or more clusters");
        }
        hc1 = (double) groups / (groups - 1) * (totalWeight - 1) / freedom;
      }
      double[][] sandwich = multiply(multiply(inverse, meat), inverse);
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          classical[i][j] = scale * inverse[i][j];
          robust[i][j] = hc1 * sandwich[i][j];
        }
      }
      uncentre(classical, means);
      uncentre(robust, means);
    }
    return new Solution(
        kept,
        beta,
        classical,
        robust,
        residualSumOfSquares,
        totalSumOfSquares,
        totalWeight,
        rows,
        parameters,
        columnMeans,
        responseMean,
        groups);
  }

  /** Clusters holding at least one row of positive weight. */
  private static int distinct(int[] clusters, double[] weights) {
    java.util.BitSet seen = new java.util.BitSet();
    for (int r = 0; r < clusters.length; r++) {
      if (weights[r] != 0) {
        seen.set(clusters[r]);
      }
    }
    return seen.cardinality();
  }

  /**
   * Σ_g u_g u_g' with u_g = Σ_{i∈g} w_i e_i x̃_i, over the centred kept columns: one sequential
   * pass in row order (so the sums do not depend on the thread count), then the outer products.
   */
  private static double[][] clusterMeat(
      Design design,
      double[] weights,
      double[] means,
      double responseMean,
      boolean[] kept,
      double[] centred,
      int[] clusters) {
    if (clusters.length != design.rows) {
      throw new IllegalArgumentException(
          "clusters has " + clusters.length + " rows, the design " + design.rows);
    }
    int k = design.columns();
    int groups = 0;
    for (int c : clusters) {
      if (c < 0) {
        throw new IllegalArgumentException("cluster codes must be >= 0: " + c);
      }
      groups = Math.max(groups, c + 1);
    }
    double[][] scores = new double[groups][];
    Row row = new Row(design, means, kept);
    for (int r = 0; r < design.rows; r++) {
      double w = weights[r];
      if (w == 0) {
        continue;
      }
      row.load(r);
      double e = design.response[r] - responseMean - row.dot(centred);
      double[] u = scores[clusters[r]];
      if (u == null) {
        u = new double[k];
        scores[clusters[r]] = u;
      }
      for (int x = 0; x < row.size; x++) {
        u[row.columns[x]] += w * e * row.values[x];
      }
    }
    double[][] meat = new double[k][k];
    for (double[] u : scores) {
      if (u == null) {
        continue;
      }
      for (int i = 0; i < k; i++) {
        if (u[i] == 0) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          meat[i][j] += u[i] * u[j];
        }
      }
    }
    return meat;
  }

  /** X̃'W(ỹ − X̃β̃) over kept columns. */
  private static double[] gradient(
      Design design,
      double[] weights,
      double[] means,
      double responseMean,
      boolean[] kept,
      double[] centred,
      int blocks) {
    int k = design.columns();
    Compensated sums =
        combine(
            blocks,
            block -> {
              Compensated partial = new Compensated(k);
              Row row = new Row(design, means, kept);
              forWeightedRows(
                  design,
                  weights,
                  block,
                  (r, w) -> {
                    row.load(r);
                    double e = design.response[r] - responseMean - row.dot(centred);
                    for (int x = 0; x < row.size; x++) {
                      partial.add(row.columns[x], w * row.values[x] * e);
                    }
                  });
              return partial;
            });
    double[] out = new double[k];
    for (int j = 0; j < k; j++) {
      out[j] = kept[j] ? sums.value(j) : 0;
    }
    return out;
  }

  /** Σ w e² in slot 0, then the upper triangle of the HC1 meat Σ w e² x̃x̃' (slot 1 + i k + j). */
  private static Compensated residuals(
      Design design,
      double[] weights,
      double[] means,
      double responseMean,
      boolean[] kept,
      double[] centred,
      int blocks) {
    int k = design.columns();
    return combine(
        blocks,
        block -> {
          Compensated sums = new Compensated(1 + k * k);
          Row row = new Row(design, means, kept);
          forWeightedRows(
              design,
              weights,
              block,
              (r, w) -> {
                row.load(r);
                double e = design.response[r] - responseMean - row.dot(centred);
                double we2 = w * e * e;
                sums.add(0, we2);
                for (int x = 0; x < row.size; x++) {
                  double v = we2 * row.values[x];
                  int ix = row.columns[x];
                  for (int c = x; c < row.size; c++) {
                    sums.add(1 + ix * k + row.columns[c], v * row.values[c]);
                  }
                }
              });
          return sums;
        });
  }

  /**
   * The Cholesky factor (row-major, lower) of the k × k matrix {@code a} in column order, leaving
   * out a column whose squared residual norm on the earlier kept columns falls below {@link
   * #COLLINEARITY_TOLERANCE} of its own; {@code kept} receives which columns stay.
   */
  static double[] cholesky(double[] a, int k, boolean[] kept) {
    double[] lower = new double[k * k];
    for (int j = 0; j < k; j++) {
      double diagonal = a[j * k + j];
      double residual = diagonal;
      for (int l = 0; l < j; l++) {
        if (kept[l]) {
          residual -= lower[j * k + l] * lower[j * k + l];
        }
      }
      if (!(diagonal > 0) || !(residual > COLLINEARITY_TOLERANCE * diagonal)) {
        continue;
      }
      kept[j] = true;
      double pivot = Math.sqrt(residual);
      lower[j * k + j] = pivot;
      for (int i = j + 1; i < k; i++) {
        double s = a[i * k + j];
        for (int l = 0; l < j; l++) {
          if (kept[l]) {
            s -= lower[i * k + l] * lower[j * k + l];
          }
        }
        lower[i * k + j] = s / pivot;
      }
    }
    return lower;
  }

  /** Solves L L' x = rhs on the kept columns (0 elsewhere). */
  static double[] solve(double[] lower, boolean[] kept, double[] rhs) {
    int k = rhs.length;
    double[] z = new double[k];
    for (int i = 0; i < k; i++) {
      if (!kept[i]) {
        continue;
      }
      double s = rhs[i];
      for (int l = 0; l < i; l++) {
        if (kept[l]) {
          s -= lower[i * k + l] * z[l];
        }
      }
      z[i] = s / lower[i * k + i];
    }
    double[] x = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      if (!kept[i]) {
        continue;
      }
      double s = z[i];
      for (int l = i + 1; l < k; l++) {
        if (kept[l]) {
          s -= lower[l * k + i] * x[l];
        }
      }
      x[i] = s / lower[i * k + i];
    }
    return x;
  }

  /** (L L')⁻¹ on the kept columns, zero rows and columns elsewhere. */
  static double[][] inverse(double[] lower, boolean[] kept) {
    int k = kept.length;
    double[][] out = new double[k][k];
    double[] unit = new double[k];
    for (int j = 0; j < k; j++) {
      if (!kept[j]) {
        continue;
      }
      java.util.Arrays.fill(unit, 0);
      unit[j] = 1;
      double[] column = solve(lower, kept, unit);
      for (int i = 0; i < k; i++) {
        out[i][j] = column[i];
      }
    }
    // Symmetrise away rounding so that the covariance is exactly symmetric.
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        double mean = 0.5 * (out[i][j] + out[j][i]);
        out[i][j] = mean;
        out[j][i] = mean;
      }
    }
    return out;
  }

  static double[][] multiply(double[][] left, double[][] right) {
    int k = left.length;
    double[][] out = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int l = 0; l < k; l++) {
        double v = left[i][l];
        if (v == 0) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          out[i][j] += v * right[l][j];
        }
      }
    }
    return out;
  }

  /**
   * V = T Ṽ T' for β₀ = β̃₀ − Σ x̄_j β_j (+ ȳ): only the intercept's row and column change, with u
   * = (1, −x̄_1, …, −x̄_p, 0, …).
   */
  static void uncentre(double[][] covariance, double[] means) {
    int k = covariance.length;
    int p = means.length;
    double[] u = new double[k];
    u[0] = 1;
    for (int j = 0; j < p; j++) {
      u[1 + j] = -means[j];
    }
    double[] row = new double[k];
    for (int c = 0; c < k; c++) {
      double s = 0;
      for (int a = 0; a <= p; a++) {
        s += u[a] * covariance[a][c];
      }
      row[c] = s;
    }
    double corner = 0;
    for (int a = 0; a <= p; a++) {
      corner += row[a] * u[a];
    }
    for (int c = 1; c < k; c++) {
      covariance[0][c] = row[c];
      covariance[c][0] = row[c];
    }
    covariance[0][0] = corner;
  }

  private interface WeightedRowAction {
    void accept(int row, double weight);
  }

  /**
   * The rows of one block that have a non-zero weight, with their weights: every pass leaves out
   * the rows of zero weight, as {@link #fit} promises.
   */
  private static void forWeightedRows(
      Design design, double[] weights, int block, WeightedRowAction action) {
    int end = Math.min(design.rows, (block + 1) * BLOCK);
    for (int r = block * BLOCK; r < end; r++) {
      double w = weights[r];
      if (w != 0) {
        action.accept(r, w);
      }
    }
  }

  private static Compensated combine(
      int blocks, java.util.function.IntFunction<Compensated> partial) {
    Compensated[] parts =
        IntStream.range(0, blocks).parallel().mapToObj(partial).toArray(Compensated[]::new);
    if (parts.length == 0) {
      throw new IllegalArgumentException("no rows");
    }
    Compensated total = parts[0];
    for (int i = 1; i < parts.length; i++) {
      total.addAll(parts[i]);
    }
    return total;
  }

  /** The non-zero entries of one centred design row, in ascending column order. */
  private static final class Row {
    private final Design design;
    private final double[] means;
    private final boolean[] kept;
    final int[] columns;
    final double[] values;
    int size;

    Row(Design design, double[] means, boolean[] kept) {
      this.design = design;
      this.means = means;
      this.kept = kept;
      int capacity = 1 + design.numeric.length + design.codes.length;
      this.columns = new int[capacity];
      this.values = new double[capacity];
    }

    void load(int r) {
      size = 0;
      put(0, 1);
      for (int j = 0; j < design.numeric.length; j++) {
        put(1 + j, design.numeric[j][r] - means[j]);
      }
      if (design.levelStart != null) {
        int[] levels = design.levelColumns;
        for (int x = design.levelStart[r], end = design.levelStart[r + 1]; x < end; x++) {
          put(levels[x], 1);
        }
      } else {
        for (int f = 0; f < design.codes.length; f++) {
          int column = design.columnOfLevel[f][design.codes[f][r]];
          if (column >= 0) {
            put(column, 1);
          }
        }
      }
    }

    private void put(int column, double value) {
      if (kept[column]) {
        columns[size] = column;
        values[size] = value;
        size++;
      }
    }

    double dot(double[] coefficients) {
      double s = 0;
      for (int x = 0; x < size; x++) {
        s += values[x] * coefficients[columns[x]];
      }
      return s;
    }
  }

  /**
   * Neumaier's compensated sums, one per slot, each slot's sum and compensation side by side (one
   * cache line serves both).
   */
  private static final class Compensated {
    private final double[] cells;

    Compensated(int size) {
      cells = new double[2 * size];
    }

    void add(int slot, double value) {
      int i = 2 * slot;
      double s = cells[i];
      double t = s + value;
      if (Math.abs(s) >= Math.abs(value)) {
        cells[i + 1] += (s - t) + value;
      } else {
        cells[i + 1] += (value - t) + s;
      }
      cells[i] = t;
    }

    void addAll(Compensated other) {
      for (int slot = 0; slot < cells.length / 2; slot++) {
        add(slot, other.cells[2 * slot]);
        add(slot, other.cells[2 * slot + 1]);
      }
    }

    double value(int slot) {
      return cells[2 * slot] + cells[2 * slot + 1];
    }
  }
}
