package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An ordinary least squares model of a response (devpay: log annual pay) on named numeric
 * covariates and dummy-coded categorical factors (fixed effects), with optional frequency weights,
 * fitted with HC1 robust standard errors (or cluster-robust CR1 ones, {@link #withClusters}).
 * Immutable: each {@code with...} returns a new model, and {@link #fit()} returns an immutable
 * {@link LinearFit}.
 *
 * <pre>{@code
 * LinearFit fit = LinearModel.of("log pay", logPay)
 *     .withCovariate("years of experience", years)
 *     .withFactor("role", roles, "front-end")   // reference level stated
 *     .withFactor("country", countries)         // reference = most frequent level
 *     .fit();
 * fit.coefficient("role=back-end").estimate();  // log premium over front-end
 * }</pre>
 *
 * <p><b>Model.</b> y = Xβ + e with X = [1, covariates, one 0/1 column {@code factor=level} per
 * non-reference level of each factor], in that order. β̂ = (X'WX)⁻¹X'Wy for frequency weights W (a
 * weight w means the row occurs w times, so the fit equals the fit on the expanded rows; n = Σw).
 * Classical covariance σ̂²(X'WX)⁻¹ with σ̂² = Σwe²/(n − k); robust covariance {@link
 * CovarianceMethod#HC1}. t = β̂/SE_HC1, p = 2 P(T_{n−k} &gt; |t|), intervals β̂ ± t_{n−k,1−α/2}
 * SE_HC1, R² = 1 − Σwe²/Σw(y − ȳ)². This equals statsmodels' {@code OLS(y, X).fit(cov_type='HC1',
 * use_t=True)} (on expanded rows when weighted).
 *
 * <p><b>Edge cases.</b> A column that is a linear combination of earlier ones (a level present only
 * where another factor's level is, a constant covariate) is rejected with an
 * IllegalArgumentException naming it, or dropped and recorded with {@link
 * #withCollinearColumnsDropped()}. n must exceed k. Non-finite values, null labels and weights ≤ 0
 * are rejected.
 *
 * <p>Computation: {@link LeastSquares}, streaming over sparse rows (1 + p + f non-zeros each), so
 * 1M rows × 200 columns never become a dense matrix.
 *
 * <p>Reference: White H (1980) Econometrica 48(4):817–838, doi:10.2307/1912934; MacKinnon JG, White
 * H (1985) doi:10.1016/0304-4076(85)90158-7.
 */
public final class LinearModel {
  private final String responseName;
  private final double[] response;
  private final List<Covariate> covariates;
  private final List<Factor> factors;
  private final double[] weights;
  private final boolean weighted;
  private final CollinearityPolicy collinearity;
  private final double confidence;
  private final int[] clusters;
  private final String clusterName;

  private record Covariate(String name, double[] values) {}

  private record Factor(String name, String[] labels, String reference) {
    boolean stated() {
      return !reference.isEmpty();
    }
  }

  private LinearModel(
      String responseName,
      double[] response,
      List<Covariate> covariates,
      List<Factor> factors,
      double[] weights,
      boolean weighted,
      CollinearityPolicy collinearity,
      double confidence) {
    this(
        responseName,
        response,
        covariates,
        factors,
        weights,
        weighted,
        collinearity,
        confidence,
        null,
        "");
  }

  private LinearModel(
      String responseName,
      double[] response,
      List<Covariate> covariates,
      List<Factor> factors,
      double[] weights,
      boolean weighted,
      CollinearityPolicy collinearity,
      double confidence,
      int[] clusters,
      String clusterName) {
    this.clusters = clusters;
    this.clusterName = clusterName;
    this.responseName = responseName;
    this.response = response;
    this.covariates = List.copyOf(covariates);
    this.factors = List.copyOf(factors);
    this.weights = weights;
    this.weighted = weighted;
    this.collinearity = collinearity;
    this.confidence = confidence;
  }

  /**
   * A model of {@code response} on an intercept alone; add terms with {@code with...}.
   *
   * @throws IllegalArgumentException when empty or a value is not finite
   */
  public static LinearModel of(String responseName, double[] response) {
    requireNonNull(responseName, "responseName is null");
    if (response.length == 0) {
      throw new IllegalArgumentException("the response has no rows");
    }
    double[] copy = finiteCopy(responseName, response);
    double[] ones = new double[copy.length];
    Arrays.fill(ones, 1);
    return new LinearModel(
        responseName, copy, List.of(), List.of(), ones, false, CollinearityPolicy.REJECT, 0.95);
  }

  /** Adds a numeric covariate (one value per row). */
  public LinearModel withCovariate(String name, double[] values) {
    requireNonNull(name, "name is null");
    checkLength(name, values.length);
    checkNewName(name);
    List<Covariate> more = new ArrayList<>(covariates);
    more.add(new Covariate(name, finiteCopy(name, values)));
    return new LinearModel(
        responseName,
        response,
        more,
        factors,
        weights,
        weighted,
        collinearity,
        confidence,
        clusters,
        clusterName);
  }

  /** Adds a factor whose reference level is its most frequent level ({@link ReferenceLevel}). */
  public LinearModel withFactor(String name, String[] levels) {
    return addFactor(name, levels, "");
  }

  /**
   * Adds a factor with a stated reference level, which must occur in {@code levels}.
   *
   * @throws IllegalArgumentException when the reference level does not occur
   */
  public LinearModel withFactor(String name, String[] levels, String referenceLevel) {
    requireNonNull(referenceLevel, "referenceLevel is null");
    if (referenceLevel.isEmpty()) {
      throw new IllegalArgumentException("the reference level of " + name + " is empty");
    }
    if (Arrays.stream(levels).noneMatch(referenceLevel::equals)) {
      throw new IllegalArgumentException(
          "reference level " + referenceLevel + " does not occur in factor " + name);
    }
    return addFactor(name, levels, referenceLevel);
  }

  private LinearModel addFactor(String name, String[] levels, String reference) {
    requireNonNull(name, "name is null");
    checkLength(name, levels.length);
    checkNewName(name);
    for (String level : levels) {
      requireNonNull(level, "a level of " + name + " is null");
    }
    List<Factor> more = new ArrayList<>(factors);
    more.add(new Factor(name, levels.clone(), reference));
    return new LinearModel(
        responseName,
        response,
        covariates,
        more,
        weights,
        weighted,
        collinearity,
        confidence,
        clusters,
        clusterName);
  }

  /**
   * Frequency weights: row i stands for w_i identical observations (finite, &gt; 0).
   *
   * @throws IllegalArgumentException on a weight that is not finite and positive
   */
  public LinearModel withFrequencyWeights(double[] frequencyWeights) {
    checkLength("weights", frequencyWeights.length);
    double[] copy = frequencyWeights.clone();
    for (double w : copy) {
      if (!(w > 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("frequency weights must be finite and > 0: " + w);
      }
    }
    return new LinearModel(
        responseName,
        response,
        covariates,
        factors,
        copy,
        true,
        collinearity,
        confidence,
        clusters,
        clusterName);
  }

  /** Drops collinear columns and records them instead of rejecting the design. */
  public LinearModel withCollinearColumnsDropped() {
    return withCollinearity(CollinearityPolicy.DROP);
  }

  public LinearModel withCollinearity(CollinearityPolicy policy) {
    requireNonNull(policy, "policy is null");
    return new LinearModel(
        responseName,
        response,
        covariates,
        factors,
        weights,
        weighted,
        policy,
        confidence,
        clusters,
        clusterName);
  }

  /** Coverage of the coefficient intervals (default 0.95). */
  public LinearModel withConfidence(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + level);
    }
    return new LinearModel(
        responseName,
        response,
        covariates,
        factors,
        weights,
        weighted,
        collinearity,
        level,
        clusters,
        clusterName);
  }

  /**
   * Cluster-robust (CR1) standard errors instead of HC1, with t on G − 1 degrees of freedom ({@link
   * CovarianceMethod#CLUSTER_CR1}): rows with the same label are one cluster (a company).
   *
   * @throws IllegalArgumentException on a null label or fewer than two clusters
   */
  public LinearModel withClusters(String name, String[] labels) {
    requireNonNull(name, "name is null");
    checkLength(name, labels.length);
    Map<String, Integer> codes = new HashMap<>();
    int[] coded = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      requireNonNull(labels[i], "a label of " + name + " is null");
      coded[i] = codes.computeIfAbsent(labels[i], l -> codes.size());
    }
    if (codes.size() < 2) {
      throw new IllegalArgumentException(
          name + ": cluster-robust errors need two or more clusters");
    }
    return new LinearModel(
        responseName,
        response,
        covariates,
        factors,
        weights,
        weighted,
        collinearity,
        confidence,
        coded,
        name);
  }

  public int rows() {
    return response.length;
  }

  /** Fits the model by least squares with classical and HC1 covariances. */
  public LinearFit fit() {
    Coded coded = code();
    LeastSquares.Solution solution = LeastSquares.fit(coded.design, weights, true, clusters);
    return LinearFit.from(
        responseName, coded, solution, collinearity, weighted, confidence, rows(), clusterName);
  }

  /** The coded design with its factor codings (package-private for {@link OaxacaBlinder}). */
  Coded code() {
    List<String> numericNames = new ArrayList<>();
    double[][] numeric = new double[covariates.size()][];
    for (int j = 0; j < covariates.size(); j++) {
      numericNames.add(covariates.get(j).name());
      numeric[j] = covariates.get(j).values();
    }
    List<String> factorNames = new ArrayList<>();
    List<List<String>> factorLevels = new ArrayList<>();
    int[][] codes = new int[factors.size()][];
    int[] references = new int[factors.size()];
    List<ReferenceLevel> howChosen = new ArrayList<>();
    for (int f = 0; f < factors.size(); f++) {
      Factor factor = factors.get(f);
      List<String> levels = new ArrayList<>(new TreeSet<>(Arrays.asList(factor.labels())));
      Map<String, Integer> index = new HashMap<>();
      for (int level = 0; level < levels.size(); level++) {
        index.put(levels.get(level), level);
      }
      int[] code = new int[response.length];
      double[] weightOfLevel = new double[levels.size()];
      for (int r = 0; r < code.length; r++) {
        code[r] = index.get(factor.labels()[r]);
        weightOfLevel[code[r]] += weights[r];
      }
      int reference;
      if (factor.stated()) {
        reference = index.get(factor.reference());
        howChosen.add(ReferenceLevel.STATED);
      } else {
        reference = 0;
        for (int level = 1; level < levels.size(); level++) {
          if (weightOfLevel[level] > weightOfLevel[reference]) {
            reference = level;
          }
        }
        howChosen.add(ReferenceLevel.MOST_FREQUENT);
      }
      factorNames.add(factor.name());
      factorLevels.add(List.copyOf(levels));
      codes[f] = code;
      references[f] = reference;
    }
    Design design =
        new Design(response, numericNames, numeric, factorNames, factorLevels, codes, references);
    return new Coded(design, numericNames, factorNames, factorLevels, references, howChosen);
  }

  /** A design with the names and choices needed to report it. */
  record Coded(
      Design design,
      List<String> numericNames,
      List<String> factorNames,
      List<List<String>> factorLevels,
      int[] references,
      List<ReferenceLevel> howChosen) {}

  double[] weightsView() {
    return weights;
  }

  boolean weighted() {
    return weighted;
  }

  CollinearityPolicy collinearity() {
    return collinearity;
  }

  double confidence() {
    return confidence;
  }

  String responseName() {
    return responseName;
  }

  private void checkLength(String name, int length) {
    if (length != response.length) {
      throw new IllegalArgumentException(
          name + " has " + length + " rows, the response " + response.length);
    }
  }

  private void checkNewName(String name) {
    Set<String> names = new HashSet<>();
    covariates.forEach(c -> names.add(c.name()));
    factors.forEach(f -> names.add(f.name()));
    if (name.isEmpty() || names.contains(name) || name.equals(Design.INTERCEPT)) {
      throw new IllegalArgumentException("term name is empty or already used: " + name);
    }
  }

  private static double[] finiteCopy(String name, double[] values) {
    double[] copy = values.clone();
    for (double v : copy) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(name + " has a value that is not finite: " + v);
      }
    }
    return copy;
  }
}
