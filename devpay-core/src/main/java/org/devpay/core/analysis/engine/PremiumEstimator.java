package org.devpay.core.analysis.engine;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.ModelEstimate;
import org.devpay.core.analysis.Premium;
import org.devpay.core.model.PayRecord;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.LinearModel;
import org.devpay.core.stats.OaxacaBlinder;
import org.devpay.core.stats.Sample;
import org.devpay.core.stats.TwoFoldDecomposition;

/**
 * Estimates one {@link Premium}: the pay difference between a focal group and a baseline within one
 * dataset edition, raw and adjusted. Immutable: configure with {@code with...} methods.
 *
 * <p>Adjusted premium = β of the focal-group indicator in ln(pay) = α + β·focal + Σ fixed effects,
 * the fixed effects being the requested {@link Control}s the rows support (levels with fewer than k
 * rows merged; controls that define the groups left out), fitted by OLS with HC1 errors and
 * frequency weights where rows carry them. Unadjusted = the same regression without controls (the
 * difference in mean log pay). Ratio of medians: seeded bootstrap, each group resampled on its own.
 * Oaxaca-Blinder (two-fold, pooled reference): only when both groups have at least {@value
 * #DECOMPOSITION_MINIMUM_ROWS} rows, with levels held by fewer than k rows of either group merged
 * into the reference level so each column exists in both groups.
 */
public final class PremiumEstimator {
  /** Rows each group needs before its gap is decomposed. */
  public static final int DECOMPOSITION_MINIMUM_ROWS = 50;

  /**
   * Rows of each group a control level (or indicator value) needs to keep its own column in the
   * decomposition: with 30, a bootstrap resample leaves it empty with probability about e^-30, so
   * the resampled fits do not lose columns.
   */
  static final int DECOMPOSITION_MINIMUM_LEVEL_ROWS = 30;

  /**
   * Bootstrap resamples of the decomposition's standard errors (each refits three regressions);
   * fewer when the settings ask for fewer.
   */
  public static final int DECOMPOSITION_RESAMPLES = 200;

  static final String FOCAL = "(focal group)";

  private final AnswerSettings settings;
  private final List<Control> controls;
  private final boolean ratioOfMedians;
  private final boolean decomposition;
  private final Set<String> skillsLeftOut;
  private final String clusterName;
  private final java.util.function.Function<PayRecord, String> clusterOf;

  private PremiumEstimator(
      AnswerSettings settings,
      List<Control> controls,
      boolean ratio,
      boolean decomposition,
      Set<String> skillsLeftOut,
      String clusterName,
      java.util.function.Function<PayRecord, String> clusterOf) {
    this.settings = requireNonNull(settings, "settings is null");
    this.controls = List.copyOf(controls);
    this.ratioOfMedians = ratio;
    this.decomposition = decomposition;
    this.skillsLeftOut = Set.copyOf(skillsLeftOut);
    this.clusterName = requireNonNull(clusterName, "clusterName is null");
    this.clusterOf = clusterOf;
  }

  /** Default controls, with the ratio of medians, without decomposition. */
  public static PremiumEstimator with(AnswerSettings settings) {
    return new PremiumEstimator(settings, Control.DEFAULTS, true, false, Set.of(), "", null);
  }

  public PremiumEstimator withControls(List<Control> values) {
    return new PremiumEstimator(
        settings, values, ratioOfMedians, decomposition, skillsLeftOut, clusterName, clusterOf);
  }

  public PremiumEstimator withRatioOfMedians(boolean value) {
    return new PremiumEstimator(
        settings, controls, value, decomposition, skillsLeftOut, clusterName, clusterOf);
  }

  public PremiumEstimator withDecomposition(boolean value) {
    return new PremiumEstimator(
        settings, controls, ratioOfMedians, value, skillsLeftOut, clusterName, clusterOf);
  }

  /** Leaves these skills out of the skills control (a comparison's role-defining skills). */
  public PremiumEstimator withSkillsLeftOut(Set<String> values) {
    return new PremiumEstimator(
        settings, controls, ratioOfMedians, decomposition, values, clusterName, clusterOf);
  }

  /**
   * Cluster-robust (CR1) errors of the adjusted and unadjusted premiums, rows with the same {@code
   * cluster} value forming one cluster ({@link LinearModel#withClusters}).
   */
  public PremiumEstimator withClusters(
      String name, java.util.function.Function<PayRecord, String> cluster) {
    return new PremiumEstimator(
        settings,
        controls,
        ratioOfMedians,
        decomposition,
        skillsLeftOut,
        requireNonNull(name, "name is null"),
        requireNonNull(cluster, "cluster is null"));
  }

  public List<Control> controls() {
    return controls;
  }

  public AnswerSettings settings() {
    return settings;
  }

  /**
   * The premium of the rows where {@code inFocal} is true over the others.
   *
   * @param rows the rows of both groups (and no others)
   * @param inFocal group membership, one per row
   * @param pay positive annual pay per row, in one currency
   * @param excluded controls that define the groups (left out of the model)
   */
  public Premium estimate(
      String focalName,
      String baselineName,
      List<PayRecord> rows,
      boolean[] inFocal,
      double[] pay,
      Set<Control> excluded) {
    if (inFocal.length != rows.size() || pay.length != rows.size()) {
      throw new IllegalArgumentException("rows, membership and pay differ in length");
    }
    int focalRows = 0;
    for (boolean f : inFocal) {
      focalRows += f ? 1 : 0;
    }
    int baselineRows = rows.size() - focalRows;
    List<ControlUse> uses = new ArrayList<>();
    int k = settings.privacyFloor().minimumCellSize();
    if (!settings.privacyFloor().allows(focalRows)
        || !settings.privacyFloor().allows(baselineRows)) {
      return Premium.withheld(focalName, baselineName);
    }
    double[] logPay = new double[pay.length];
    double[] indicator = new double[pay.length];
    double[] weights = new double[pay.length];
    boolean weighted = false;
    for (int i = 0; i < pay.length; i++) {
      logPay[i] = Math.log(pay[i]);
      indicator[i] = inFocal[i] ? 1 : 0;
      weights[i] = rows.get(i).weight();
      weighted |= weights[i] != 1;
    }
    Optional<Estimate> ratio = Optional.empty();
    if (ratioOfMedians) {
      ratio = Optional.of(ratio(rows, inFocal, pay));
    }
    LinearModel base = LinearModel.of("ln(annual pay)", logPay).withCollinearColumnsDropped();
    if (weighted) {
      base = base.withFrequencyWeights(weights);
    }
    base = base.withConfidence(settings.bootstrap().confidence());
    LinearModel withGroup = base.withCovariate(FOCAL, indicator);
    if (clusterOf != null) {
      String[] labels = new String[rows.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = clusterOf.apply(rows.get(i));
      }
      withGroup = withGroup.withClusters(clusterName, labels);
    }
    Optional<ModelEstimate> unadjusted = fitFocal(withGroup);
    List<ControlTerms.Term> terms =
        ControlTerms.code(rows, controls, excluded, skillsLeftOut, settings.privacyFloor(), uses);
    Optional<ModelEstimate> adjusted = fitFocal(ControlTerms.apply(withGroup, terms));
    String note = adjusted.isEmpty() ? "the group indicator is collinear with the controls" : "";
    Optional<TwoFoldDecomposition> split = Optional.empty();
    String splitNote = "";
    if (decomposition) {
      if (focalRows < DECOMPOSITION_MINIMUM_ROWS || baselineRows < DECOMPOSITION_MINIMUM_ROWS) {
        splitNote =
            "not decomposed: each group needs " + DECOMPOSITION_MINIMUM_ROWS + " rows or more";
      } else if (terms.isEmpty()) {
        splitNote = "not decomposed: no control available";
      } else {
        try {
          List<ControlTerms.Term> kept =
              fullRankInEachGroup(
                  logPay,
                  decompositionTerms(terms, inFocal, Math.max(k, DECOMPOSITION_MINIMUM_LEVEL_ROWS)),
                  inFocal);
          if (kept.isEmpty()) {
            throw new IllegalArgumentException(
                "no control level is held by "
                    + Math.max(k, DECOMPOSITION_MINIMUM_LEVEL_ROWS)
                    + " rows of each group");
          }
          LinearModel characteristics = ControlTerms.apply(base, kept);
          split =
              Optional.of(
                  OaxacaBlinder.of(characteristics, inFocal)
                      .withGroupNames(focalName, baselineName)
                      .withResamples(
                          Math.max(
                              100,
                              Math.min(DECOMPOSITION_RESAMPLES, settings.bootstrap().resamples())))
                      .withSeed(settings.bootstrap().seed())
                      .withConfidence(settings.bootstrap().confidence())
                      .twoFold());
        } catch (IllegalArgumentException e) {
          splitNote = "not decomposed: " + e.getMessage();
        }
      }
    }
    return new Premium(
        focalName,
        baselineName,
        focalRows,
        baselineRows,
        false,
        note,
        ratio,
        unadjusted,
        adjusted,
        uses,
        split,
        splitNote);
  }

  private Estimate ratio(List<PayRecord> rows, boolean[] inFocal, double[] pay) {
    List<Double> top = new ArrayList<>();
    List<Double> topWeights = new ArrayList<>();
    List<Double> bottom = new ArrayList<>();
    List<Double> bottomWeights = new ArrayList<>();
    for (int i = 0; i < pay.length; i++) {
      (inFocal[i] ? top : bottom).add(pay[i]);
      (inFocal[i] ? topWeights : bottomWeights).add(rows.get(i).weight());
    }
    return settings
        .bootstrap()
        .ratioOfMedians(sample(top, topWeights), sample(bottom, bottomWeights));
  }

  private static Sample sample(List<Double> values, List<Double> weights) {
    return Sample.weighted(
        values.stream().mapToDouble(Double::doubleValue).toArray(),
        weights.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Optional<ModelEstimate> fitFocal(LinearModel model) {
    return ModelEstimate.of(model.fit(), FOCAL);
  }

  /**
   * The terms without the columns that are collinear within either group (a level that coincides
   * with another column among one group's rows): Oaxaca-Blinder fits each group on its own, so each
   * fit must be of full rank. Collinear factor levels join the reference; collinear indicators go.
   */
  private static List<ControlTerms.Term> fullRankInEachGroup(
      double[] logPay, List<ControlTerms.Term> terms, boolean[] inFocal) {
    Set<String> dropped = new HashSet<>();
    for (boolean group : new boolean[] {true, false}) {
      int[] rows =
          java.util.stream.IntStream.range(0, inFocal.length)
              .filter(i -> inFocal[i] == group)
              .toArray();
      double[] response = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        response[i] = logPay[rows[i]];
      }
      List<ControlTerms.Term> subset = new ArrayList<>();
      for (ControlTerms.Term term : terms) {
        if (term.factor() != null) {
          String[] labels = new String[rows.length];
          for (int i = 0; i < rows.length; i++) {
            labels[i] = term.factor()[rows[i]];
          }
          subset.add(new ControlTerms.Term(term.control(), labels, Map.of(), term.note()));
        } else {
          Map<String, double[]> columns = new LinkedHashMap<>();
          term.indicators()
              .forEach(
                  (level, values) -> {
                    double[] column = new double[rows.length];
                    for (int i = 0; i < rows.length; i++) {
                      column[i] = values[rows[i]];
                    }
                    columns.put(level, column);
                  });
          subset.add(new ControlTerms.Term(term.control(), null, columns, term.note()));
        }
      }
      dropped.addAll(
          ControlTerms.apply(
                  LinearModel.of("ln(annual pay)", response).withCollinearColumnsDropped(), subset)
              .fit()
              .droppedColumns());
    }
    if (dropped.isEmpty()) {
      return terms;
    }
    List<ControlTerms.Term> out = new ArrayList<>();
    for (ControlTerms.Term term : terms) {
      String prefix = term.control().id() + "=";
      ControlTerms.Term kept = term.without(level -> dropped.contains(prefix + level));
      if (kept != null) {
        out.add(kept);
      }
    }
    return out;
  }

  /**
   * The terms recoded so every column exists in both groups with enough rows: factor levels held by
   * fewer than k rows of either group join the group-wide most frequent level (the reference);
   * indicators need k ones and k zeros in each group.
   */
  private static List<ControlTerms.Term> decompositionTerms(
      List<ControlTerms.Term> terms, boolean[] inFocal, int k) {
    List<ControlTerms.Term> out = new ArrayList<>();
    for (ControlTerms.Term term : terms) {
      Set<String> rare = new HashSet<>();
      if (term.factor() != null) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < inFocal.length; i++) {
          counts.computeIfAbsent(term.factor()[i], l -> new int[2])[inFocal[i] ? 0 : 1]++;
        }
        counts.forEach(
            (level, c) -> {
              if (c[0] < k || c[1] < k) {
                rare.add(level);
              }
            });
      } else {
        for (Map.Entry<String, double[]> column : term.indicators().entrySet()) {
          int[] ones = new int[2];
          int[] zeros = new int[2];
          double[] values = column.getValue();
          for (int i = 0; i < values.length; i++) {
            (values[i] == 1 ? ones : zeros)[inFocal[i] ? 0 : 1]++;
          }
          if (ones[0] < k || ones[1] < k || zeros[0] < k || zeros[1] < k) {
            rare.add(column.getKey());
          }
        }
      }
      ControlTerms.Term kept = term.without(rare::contains);
      if (kept != null) {
        out.add(kept);
      }
    }
    return out;
  }
}
