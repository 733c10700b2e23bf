package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A fitted {@link LinearModel}: coefficients with HC1 and classical standard errors, how each
 * factor was coded, which columns were dropped, and the sizes a reader needs to judge it.
 *
 * @param response the response's name
 * @param coefficients estimated coefficients in column order (intercept, covariates, dummies)
 * @param factors how each factor was coded
 * @param droppedColumns collinear columns left out (empty unless {@link CollinearityPolicy#DROP})
 * @param rows rows used
 * @param observations n = Σ frequency weights (= rows when unweighted)
 * @param parameters k, the number of estimated coefficients
 * @param rSquared 1 − Σwe² / Σw(y − ȳ)²
 * @param residualStandardError σ̂ = √(Σwe² / (n − k))
 * @param robustCovariance the robust (HC1 or CR1) covariance of the coefficients, in coefficient
 *     order
 * @param covarianceMethod what t, p and the intervals use
 * @param intervalMethod how the intervals were made
 * @param collinearity what was done with collinear columns
 * @param weighted whether frequency weights were given
 * @param confidence coverage of the intervals
 * @param clusters G, the clusters of a cluster-robust fit (0 for HC1)
 * @param clusterName what the clusters are ("company"), or ""
 */
public record LinearFit(
    String response,
    List<Coefficient> coefficients,
    List<FactorCoding> factors,
    List<String> droppedColumns,
    long rows,
    double observations,
    int parameters,
    double rSquared,
    double residualStandardError,
    List<List<Double>> robustCovariance,
    CovarianceMethod covarianceMethod,
    IntervalMethod intervalMethod,
    CollinearityPolicy collinearity,
    boolean weighted,
    double confidence,
    int clusters,
    String clusterName) {
  public LinearFit {
    requireNonNull(response, "response is null");
    coefficients = List.copyOf(coefficients);
    factors = List.copyOf(factors);
    droppedColumns = List.copyOf(droppedColumns);
    robustCovariance = robustCovariance.stream().map(List::copyOf).toList();
    requireNonNull(covarianceMethod, "covarianceMethod is null");
    requireNonNull(intervalMethod, "intervalMethod is null");
    requireNonNull(collinearity, "collinearity is null");
    requireNonNull(clusterName, "clusterName is null");
  }

  /** n − k, the residual degrees of freedom. */
  public double residualDegreesOfFreedom() {
    return observations - parameters;
  }

  /** The degrees of freedom of t, p and the intervals: n − k, or G − 1 when clustered. */
  public double inferenceDegreesOfFreedom() {
    return covarianceMethod == CovarianceMethod.CLUSTER_CR1
        ? clusters - 1
        : residualDegreesOfFreedom();
  }

  /**
   * The coefficient of a column: {@code (Intercept)}, a covariate's name, or {@code factor=level}.
   *
   * @throws IllegalArgumentException when there is no such coefficient (a reference level, a
   *     dropped column, or a typo), saying which
   */
  public Coefficient coefficient(String name) {
    return coefficients.get(indexOf(name));
  }

  /** True when the fit has a coefficient of that name. */
  public boolean has(String name) {
    return coefficients.stream().anyMatch(c -> c.name().equals(name));
  }

  /**
   * The difference β_first − β_second with its HC1 standard error √(V₁₁ + V₂₂ − 2V₁₂) and t
   * interval, e.g. the back-end premium over full-stack when front-end is the reference level.
   */
  public Estimate contrast(String first, String second) {
    int a = indexOf(first);
    int b = indexOf(second);
    double difference = coefficients.get(a).estimate() - coefficients.get(b).estimate();
    double variance =
        robustCovariance.get(a).get(a)
            + robustCovariance.get(b).get(b)
            - 2 * robustCovariance.get(a).get(b);
    double half = tQuantile(inferenceDegreesOfFreedom(), confidence) * Math.sqrt(variance);
    return new Estimate(
        difference,
        difference - half,
        difference + half,
        confidence,
        IntervalMethod.WALD_STUDENT_T,
        0,
        0);
  }

  /** A coefficient as an {@link Estimate} with its HC1 t interval. */
  public Estimate estimate(String name) {
    Coefficient c = coefficient(name);
    return new Estimate(
        c.estimate(), c.lower(), c.upper(), confidence, IntervalMethod.WALD_STUDENT_T, 0, 0);
  }

  private int indexOf(String name) {
    for (int i = 0; i < coefficients.size(); i++) {
      if (coefficients.get(i).name().equals(name)) {
        return i;
      }
    }
    String why = droppedColumns.contains(name) ? " (dropped as collinear)" : "";
    for (FactorCoding coding : factors) {
      if (name.equals(coding.factor() + "=" + coding.reference())) {
        why = " (the reference level of " + coding.factor() + ")";
      }
    }
    throw new IllegalArgumentException("no coefficient " + name + why);
  }

  static double tQuantile(double freedom, double confidence) {
    TDistribution t = new TDistribution(null, freedom, 1e-15);
    return t.inverseCumulativeProbability(1 - (1 - confidence) / 2);
  }

  static LinearFit from(
      String responseName,
      LinearModel.Coded coded,
      LeastSquares.Solution solution,
      CollinearityPolicy collinearity,
      boolean weighted,
      double confidence,
      long rows,
      String clusterName) {
    Design design = coded.design();
    List<String> dropped = new ArrayList<>();
    for (int column : solution.droppedColumns()) {
      dropped.add(design.columnNames.get(column));
    }
    if (!dropped.isEmpty() && collinearity == CollinearityPolicy.REJECT) {
      throw new IllegalArgumentException(
          "collinear columns (linear combinations of earlier columns): "
              + dropped
              + "; merge or remove them, or drop them with withCollinearColumnsDropped()");
    }
    double freedom = solution.totalWeight() - solution.parameters();
    if (!(freedom > 0)) {
      throw new IllegalArgumentException(
          "n = " + solution.totalWeight() + " must exceed k = " + solution.parameters());
    }
    boolean clustered = solution.clusters() > 0;
    double inference = clustered ? solution.clusters() - 1 : freedom;
    TDistribution t = new TDistribution(null, inference, 1e-15);
    double critical = tQuantile(inference, confidence);
    List<Coefficient> coefficients = new ArrayList<>();
    List<Integer> keptColumns = new ArrayList<>();
    for (int j = 0; j < design.columns(); j++) {
      if (!solution.kept()[j]) {
        continue;
      }
      keptColumns.add(j);
      double beta = solution.beta()[j];
      double robust = Math.sqrt(solution.robustCovariance()[j][j]);
      double classical = Math.sqrt(solution.classicalCovariance()[j][j]);
      double statistic = beta / robust;
      double p = 2 * t.cumulativeProbability(-Math.abs(statistic));
      coefficients.add(
          new Coefficient(
              design.columnNames.get(j),
              beta,
              robust,
              classical,
              statistic,
              Math.min(1, p),
              beta - critical * robust,
              beta + critical * robust));
    }
    List<List<Double>> covariance = new ArrayList<>();
    for (int a : keptColumns) {
      List<Double> row = new ArrayList<>();
      for (int b : keptColumns) {
        row.add(solution.robustCovariance()[a][b]);
      }
      covariance.add(row);
    }
    List<FactorCoding> codings = new ArrayList<>();
    for (int f = 0; f < coded.factorNames().size(); f++) {
      List<String> levels = coded.factorLevels().get(f);
      List<String> kept = new ArrayList<>();
      List<String> droppedLevels = new ArrayList<>();
      for (int level = 0; level < levels.size(); level++) {
        int column = design.columnOfLevel[f][level];
        if (column < 0) {
          continue;
        }
        (solution.kept()[column] ? kept : droppedLevels).add(levels.get(level));
      }
      codings.add(
          new FactorCoding(
              coded.factorNames().get(f),
              levels.get(coded.references()[f]),
              coded.howChosen().get(f),
              kept,
              droppedLevels));
    }
    double rSquared = 1 - solution.residualSumOfSquares() / solution.totalSumOfSquares();
    return new LinearFit(
        responseName,
        coefficients,
        codings,
        dropped,
        rows,
        solution.totalWeight(),
        solution.parameters(),
        rSquared,
        Math.sqrt(solution.residualSumOfSquares() / freedom),
        covariance,
        clustered ? CovarianceMethod.CLUSTER_CR1 : CovarianceMethod.HC1,
        IntervalMethod.WALD_STUDENT_T,
        collinearity,
        weighted,
        confidence,
        solution.clusters(),
        clustered ? clusterName : "");
  }
}
