package org.devpay.core.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.devpay.core.stats.Coefficient;
import org.devpay.core.stats.LinearFit;
import org.devpay.core.stats.LinearModel;
import org.devpay.core.stats.Quantiles;
import org.devpay.core.stats.Sample;

/**
 * One edition's model for one feature set, fitted, calibrated and measured.
 *
 * <ol>
 *   <li><b>Fit</b> on the training rows: ln(pay) = x'β + e by least squares with frequency weights
 *       ({@link LinearModel}, terms from {@link ModelTerms}, collinear columns dropped).
 *   <li><b>Spread</b>: ln(|e| + 0.01) = x'γ on the same rows and terms, so σ(x) = exp(x'γ) says how
 *       spread pay is for profiles like x (wider for India than for Seattle on levels.fyi).
 *   <li><b>Calibrate</b> (split conformal, locally scaled; Lei et al. 2018, JASA 113:1094,
 *       doi:10.1080/01621459.2017.1307116) on the calibration rows, which the fit never saw: scores
 *       s = (ln pay − x'β) / σ(x), sorted; the band's ends are s₍⌊(m+1)α/2⌋₎ and s₍⌈(m+1)(1−α/2)⌉₎
 *       of the m scores, so that for an exchangeable new row P(pay &lt; P10) ≤ α/2 and P(pay &gt;
 *       P90) ≤ α/2. P50 uses the median score (type 7). Calibration and coverage count rows (the
 *       unit that is split), not frequency weights.
 *   <li><b>Measure</b> on the test rows: coverage, tail shares, median absolute percentage error of
 *       P50 and of the naive cell median ({@link Accuracy}).
 * </ol>
 *
 * For a profile x: P10 = exp(x'β + s_lo σ(x)), P50 = exp(x'β + s_50 σ(x)), P90 = exp(x'β + s_hi
 * σ(x)).
 */
final class FittedModel {
  /** Keeps ln|e| finite for residuals of zero and damps the pull of tiny ones. */
  static final double SPREAD_OFFSET = 0.01;

  /** Groups with fewer test rows get no coverage of their own. */
  static final int GROUP_ROWS = 50;

  /** The fewest calibration rows a band is made from. */
  static final int MINIMUM_CALIBRATION_ROWS = 20;

  final EditionPopulation population;
  final FeatureSet features;
  final ModelTerms terms;
  final LinearFit fit;
  final LinearFit spreadFit;
  final int trainingRows;
  final int calibrationRows;
  final double lowerScore;
  final double medianScore;
  final double upperScore;
  final Accuracy accuracy;

  /** The calibration rows' scores, sorted: the model's predictive distribution (the locator's). */
  final double[] calibrationScores;

  /** The median σ(x) over the calibration rows: how much ln pay one unit of score is, typically. */
  final double calibrationSpreadMedian;

  private final Linear mean;
  private final Linear spread;

  private FittedModel(
      EditionPopulation population,
      FeatureSet features,
      ModelTerms terms,
      LinearFit fit,
      LinearFit spreadFit,
      int trainingRows,
      int calibrationRows,
      double[] scores,
      double spreadMedian,
      EstimatorSettings settings,
      int[] test) {
    this.population = population;
    this.features = features;
    this.terms = terms;
    this.fit = fit;
    this.spreadFit = spreadFit;
    this.trainingRows = trainingRows;
    this.calibrationRows = calibrationRows;
    this.mean = new Linear(fit, terms);
    this.spread = new Linear(spreadFit, terms);
    Arrays.sort(scores);
    this.calibrationScores = scores;
    this.calibrationSpreadMedian = spreadMedian;
    int m = scores.length;
    int lowRank = (int) Math.floor((m + 1) * settings.lowerLevel() + 1e-9);
    int highRank = (int) Math.ceil((m + 1) * settings.upperLevel() - 1e-9);
    this.lowerScore = scores[Math.max(1, lowRank) - 1];
    this.upperScore = scores[Math.min(m, highRank) - 1];
    this.medianScore = Quantiles.ofSorted(scores, 0.5);
    this.accuracy = measure(test, settings);
  }

  /**
   * Fits, calibrates and measures the model of one edition for one feature set.
   *
   * @throws IllegalArgumentException when the edition has too few usable rows for it
   */
  static FittedModel fit(
      EditionPopulation population, FeatureSet features, EstimatorSettings settings) {
    int[] train = rows(population, features, Part.TRAIN);
    int[] calibration = rows(population, features, Part.CALIBRATION);
    int[] test = rows(population, features, Part.TEST);
    if (calibration.length < MINIMUM_CALIBRATION_ROWS) {
      throw new IllegalArgumentException(
          population.key()
              + " has "
              + calibration.length
              + " calibration rows for "
              + features.describe()
              + ", fewer than "
              + MINIMUM_CALIBRATION_ROWS);
    }
    List<Facts> trainingFacts = Arrays.stream(train).mapToObj(population::facts).toList();
    ModelTerms terms = ModelTerms.learn(features, trainingFacts, settings.minimumLevelRows());
    double[] response = new double[train.length];
    for (int i = 0; i < train.length; i++) {
      response[i] = population.logPay(train[i]);
    }
    LinearFit fit = design(terms, population, train, "ln(pay)", response).fit();
    Linear mean = new Linear(fit, terms);
    double[] logAbsolute = new double[train.length];
    for (int i = 0; i < train.length; i++) {
      double residual = response[i] - mean.predict(population.facts(train[i]));
      logAbsolute[i] = Math.log(Math.abs(residual) + SPREAD_OFFSET);
    }
    LinearFit spreadFit = design(terms, population, train, "ln(|e| + 0.01)", logAbsolute).fit();
    Linear spread = new Linear(spreadFit, terms);
    double[] scores = new double[calibration.length];
    double[] sigmas = new double[calibration.length];
    for (int i = 0; i < calibration.length; i++) {
      Facts facts = population.facts(calibration[i]);
      sigmas[i] = Math.exp(spread.predict(facts));
      scores[i] = (population.logPay(calibration[i]) - mean.predict(facts)) / sigmas[i];
    }
    return new FittedModel(
        population,
        features,
        terms,
        fit,
        spreadFit,
        train.length,
        calibration.length,
        scores,
        Quantiles.of(sigmas, 0.5),
        settings,
        test);
  }

  /** P10, P50 and P90 on the log scale for one row or profile. */
  double[] predictLog(Facts facts) {
    double center = mean.predict(facts);
    double sigma = Math.exp(spread.predict(facts));
    return new double[] {
      center + lowerScore * sigma, center + medianScore * sigma, center + upperScore * sigma
    };
  }

  /** σ(x) = exp(x'γ) for one row or profile: the scale of its scores on ln pay. */
  double spread(Facts facts) {
    return Math.exp(spread.predict(facts));
  }

  /** x'β for one row or profile. */
  double linearPrediction(Facts facts) {
    return mean.predict(facts);
  }

  /** The model's coefficient of a factor level (0 for the reference or a dropped column). */
  double coefficient(String factor, String level) {
    return mean.factorEffect(factor, level);
  }

  /** The coefficients of the covariates (years terms), in {@link ModelTerms#covariateNames()}. */
  double[] covariateCoefficients() {
    return mean.covariates.clone();
  }

  /** The rows of a part that state what the feature set needs, in population order. */
  static int[] rows(EditionPopulation population, FeatureSet features, Part part) {
    return rows(
        population,
        i -> population.isIn(i, part) && ModelTerms.usable(features, population.facts(i)));
  }

  private static int[] rows(EditionPopulation population, IntPredicate keep) {
    return java.util.stream.IntStream.range(0, population.size()).filter(keep).toArray();
  }

  private static LinearModel design(
      ModelTerms terms, EditionPopulation population, int[] rows, String name, double[] y) {
    LinearModel model = LinearModel.of(name, y);
    List<String> covariateNames = terms.covariateNames();
    double[][] covariates = new double[covariateNames.size()][rows.length];
    List<String> factorNames = terms.factorNames();
    String[][] levels = new String[factorNames.size()][rows.length];
    double[] weights = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      Facts facts = population.facts(rows[i]);
      double[] x = terms.covariates(facts);
      for (int c = 0; c < x.length; c++) {
        covariates[c][i] = x[c];
      }
      String[] level = terms.levels(facts);
      for (int f = 0; f < level.length; f++) {
        levels[f][i] = level[f];
      }
      weights[i] = population.weight(rows[i]);
    }
    for (int c = 0; c < covariateNames.size(); c++) {
      model = model.withCovariate(covariateNames.get(c), covariates[c]);
    }
    List<String> references = terms.references();
    for (int f = 0; f < factorNames.size(); f++) {
      model =
          references.get(f).isEmpty()
              ? model.withFactor(factorNames.get(f), levels[f])
              : model.withFactor(factorNames.get(f), levels[f], references.get(f));
    }
    return model.withFrequencyWeights(weights).withCollinearColumnsDropped();
  }

  private Accuracy measure(int[] test, EstimatorSettings settings) {
    Baseline baseline = new Baseline(population, rows(population, features, Part.TRAIN), settings);
    int n = test.length;
    double[] errors = new double[n];
    double[] baselineErrors = new double[n];
    double[] ratios = new double[n];
    boolean[] covered = new boolean[n];
    int below = 0;
    int above = 0;
    Map<String, int[]> byRole = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      int row = test[i];
      Facts facts = population.facts(row);
      double[] band = predictLog(facts);
      double y = population.logPay(row);
      below += y < band[0] ? 1 : 0;
      above += y > band[2] ? 1 : 0;
      covered[i] = y >= band[0] && y <= band[2];
      double pay = population.pay(row);
      errors[i] = Math.abs(Math.exp(band[1]) - pay) / pay;
      baselineErrors[i] = Math.abs(baseline.median(facts) - pay) / pay;
      ratios[i] = Math.exp(band[2] - band[0]);
      int[] counts = byRole.computeIfAbsent(facts.role(), r -> new int[2]);
      counts[0]++;
      counts[1] += covered[i] ? 1 : 0;
    }
    List<Accuracy.GroupCoverage> roles = new ArrayList<>();
    byRole.forEach(
        (role, counts) -> {
          if (counts[0] >= GROUP_ROWS) {
            roles.add(new Accuracy.GroupCoverage(role, counts[0], counts[1] / (double) counts[0]));
          }
        });
    int coveredRows = 0;
    for (boolean c : covered) {
      coveredRows += c ? 1 : 0;
    }
    Optional<Accuracy.Weighted> weighted =
        population.rowsAreWeighted() && n > 0
            ? Optional.of(weighted(test, covered, errors, baselineErrors))
            : Optional.empty();
    return new Accuracy(
        n,
        n == 0 ? Double.NaN : coveredRows / (double) n,
        n == 0 ? Double.NaN : below / (double) n,
        n == 0 ? Double.NaN : above / (double) n,
        n == 0 ? Double.NaN : Quantiles.of(errors, 0.5),
        n == 0 ? Double.NaN : Quantiles.of(baselineErrors, 0.5),
        n == 0 ? Double.NaN : Quantiles.of(ratios, 0.5),
        roles,
        weighted);
  }

  /** Accuracy on the test rows counted by the respondents they stand for. */
  private Accuracy.Weighted weighted(
      int[] test, boolean[] covered, double[] errors, double[] baselineErrors) {
    int n = test.length;
    double[] w = new double[n];
    double total = 0;
    double squares = 0;
    double coveredWeight = 0;
    for (int i = 0; i < n; i++) {
      w[i] = population.weight(test[i]);
      total += w[i];
      squares += w[i] * w[i];
      coveredWeight += covered[i] ? w[i] : 0;
    }
    return new Accuracy.Weighted(
        total * total / squares,
        coveredWeight / total,
        Sample.weighted(errors, w).median(),
        Sample.weighted(baselineErrors, w).median());
  }

  /** A fitted linear predictor, read off a fit's coefficients by column name. */
  private static final class Linear {
    final ModelTerms terms;
    final double intercept;
    final double[] covariates;
    final List<String> factors;
    final List<Map<String, Double>> effects;

    Linear(LinearFit fit, ModelTerms terms) {
      this.terms = terms;
      Map<String, Double> byName = new HashMap<>();
      for (Coefficient c : fit.coefficients()) {
        byName.put(c.name(), c.estimate());
      }
      this.intercept = byName.getOrDefault("(Intercept)", 0.0);
      List<String> covariateNames = terms.covariateNames();
      this.covariates = new double[covariateNames.size()];
      for (int c = 0; c < covariates.length; c++) {
        covariates[c] = byName.getOrDefault(covariateNames.get(c), 0.0);
      }
      this.factors = terms.factorNames();
      this.effects = new ArrayList<>();
      for (String factor : factors) {
        Map<String, Double> levels = new HashMap<>();
        String prefix = factor + "=";
        byName.forEach(
            (name, value) -> {
              if (name.startsWith(prefix)) {
                levels.put(name.substring(prefix.length()), value);
              }
            });
        effects.add(levels);
      }
    }

    double predict(Facts facts) {
      double value = intercept;
      double[] x = terms.covariates(facts);
      for (int c = 0; c < x.length; c++) {
        value += covariates[c] * x[c];
      }
      String[] levels = terms.levels(facts);
      for (int f = 0; f < levels.length; f++) {
        value += effects.get(f).getOrDefault(levels[f], 0.0);
      }
      return value;
    }

    double factorEffect(String factor, String level) {
      int index = factors.indexOf(factor);
      return index < 0 ? 0 : effects.get(index).getOrDefault(level, 0.0);
    }
  }
}
