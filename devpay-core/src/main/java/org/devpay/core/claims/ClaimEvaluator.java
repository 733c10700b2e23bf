package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.Comparison;
import org.devpay.core.analysis.ComparisonReport;
import org.devpay.core.analysis.PayTrends;
import org.devpay.core.analysis.PooledPremium;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.GroupSelector;
import org.devpay.core.analysis.policy.PlausibilityScreen;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.privacy.Criterion;
import org.devpay.core.stats.AdjustedPValues;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.MultipleTesting;
import org.devpay.core.stats.PooledEffect;

/**
 * Evaluates claims against pay data: each effect is measured in every dataset edition that can
 * measure it ({@link Comparison}, {@link PayTrends}) and pooled, the p-values of all effects
 * evaluated together are adjusted by Benjamini-Hochberg, each effect's decision rule gives its
 * verdict on the deciding interval ({@link PooledPremium#decision()}), the prediction interval says
 * whether the answer depends on the dataset, and the claim's effects combine into the claim's
 * verdict. Immutable.
 *
 * <p>Measured as the article means its claims: implausible amounts are screened out first ({@link
 * PlausibilityScreen}); premiums between roles leave the role-defining skills out of the skills
 * control ({@link Comparison#withoutRoleDefiningSkills()}), reporting the premium with every skill
 * beside it; editions whose rows are company cells get errors clustered by company ({@link
 * Comparison#withCompanyClusters()}).
 *
 * <p>Over 500 lines: the decision rules, the BH adjustment across claims and the sentences that
 * quote them must agree number for number, so they are kept in one class.
 */
public final class ClaimEvaluator {
  private final AnswerSettings settings;
  private final PlausibilityScreen screen;

  private ClaimEvaluator(AnswerSettings settings, PlausibilityScreen screen) {
    this.settings = requireNonNull(settings, "settings is null");
    this.screen = requireNonNull(screen, "screen is null");
  }

  /** With the shipped plausibility screen. */
  public static ClaimEvaluator with(AnswerSettings settings) {
    return new ClaimEvaluator(settings, PlausibilityScreen.fromResources());
  }

  public ClaimEvaluator withScreen(PlausibilityScreen value) {
    return new ClaimEvaluator(settings, value);
  }

  /** What one effect measured: the figure, and the figure without a contested choice. */
  private record Measured(PooledPremium pooled, Optional<PooledPremium> sensitivity) {}

  /** Verdicts on every claim, in order, with p-values adjusted across all their effects. */
  public ClaimsEvaluation evaluate(List<Claim> claims, PayData data) {
    List<ClaimsEvaluation.ScreenedRows> screened = new ArrayList<>();
    PayData loaded = screened(LoadedPayData.of(data), screened);
    Map<String, PayTrends.TrendReport> trends = new HashMap<>();
    List<List<Measured>> measured = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    for (Claim claim : claims) {
      List<Measured> effects = new ArrayList<>();
      for (ClaimEffect effect : claim.effects()) {
        Measured m = measure(effect, loaded, trends);
        effects.add(m);
        m.pooled().decision().ifPresent(d -> pValues.add(d.pValue()));
      }
      measured.add(effects);
    }
    AdjustedPValues adjusted =
        pValues.isEmpty()
            ? null
            : MultipleTesting.benjaminiHochberg(
                pValues.stream().mapToDouble(Double::doubleValue).toArray());
    double alpha = 1 - settings.bootstrap().confidence();
    int next = 0;
    List<ClaimVerdict> verdicts = new ArrayList<>();
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      List<EffectVerdict> effects = new ArrayList<>();
      for (int e = 0; e < claim.effects().size(); e++) {
        Measured m = measured.get(c).get(e);
        OptionalDouble q = OptionalDouble.empty();
        if (m.pooled().decision().isPresent()) {
          q = OptionalDouble.of(adjusted.adjusted(next++));
        }
        effects.add(decide(claim.effects().get(e), m, q, alpha));
      }
      verdicts.add(combine(claim, effects));
    }
    return new ClaimsEvaluation(
        verdicts,
        settings,
        "Benjamini-Hochberg across the "
            + pValues.size()
            + " effects evaluated together (p of a zero effect, by the deciding interval's method)",
        screened);
  }

  private Measured measure(
      ClaimEffect effect, PayData data, Map<String, PayTrends.TrendReport> trends) {
    if (effect.measure().trend()) {
      // Trends see only the population's rows (screened among themselves).
      PayData scoped = scoped(data, effect, effect.population());
      RoleFamily role = effect.focal().roles().iterator().next();
      String key = role.id() + "|" + effect.datasets() + "|" + effect.population().describe();
      PayTrends.TrendReport report =
          trends.computeIfAbsent(key, k -> PayTrends.with(settings).report(List.of(role), scoped));
      PayTrends.PooledTrend pooled = report.pooled().get(0);
      PooledPremium figure =
          switch (effect.measure()) {
            case REAL_PAY_GROWTH -> pooled.realGrowth();
            case NOMINAL_PAY_GROWTH -> pooled.nominalGrowth();
            default -> pooled.shareChange();
          };
      return new Measured(figure, Optional.empty());
    }
    // Comparisons screen whole editions first, then keep the population.
    PayData scoped = scoped(data, effect, GroupSelector.EVERYONE);
    Comparison comparison =
        (effect.baseline().isPresent()
                ? Comparison.between(effect.focal(), effect.baseline().get())
                : Comparison.of(effect.focal()))
            .among(effect.population())
            .withSettings(settings)
            .withoutRatioOfMedians()
            .withCompanyClusters();
    boolean adjustedFigure = effect.measure() == Measure.ADJUSTED_LOG_PREMIUM;
    List<Control> controls = adjustedFigure ? effect.controls() : List.of();
    ComparisonReport report =
        comparison.withoutRoleDefiningSkills().adjustingFor(controls).within(scoped);
    if (!adjustedFigure) {
      return new Measured(report.pooledUnadjusted(), Optional.empty());
    }
    Optional<PooledPremium> allSkills = Optional.empty();
    if (controls.contains(Control.SKILLS)
        && !Comparison.roleDefiningSkills(effect.focal(), effect.baseline()).isEmpty()) {
      allSkills = Optional.of(comparison.adjustingFor(controls).within(scoped).pooledAdjusted());
    }
    return new Measured(report.pooledAdjusted(), allSkills);
  }

  private EffectVerdict decide(
      ClaimEffect effect, Measured measured, OptionalDouble q, double alpha) {
    Measure measure = effect.measure();
    DecisionRule rule = effect.rule();
    PooledPremium pooled = measured.pooled();
    Optional<PooledPremium.Decision> decision = pooled.decision();
    if (decision.isEmpty()) {
      String sentence =
          "No "
              + (measure.trend()
                  ? "source spanning two or more comparable years"
                      + (measure == Measure.ROLE_SHARE_CHANGE ? " of one role question" : "")
                      + " has"
                  : "dataset edition has")
              + " k or more "
              + effect.focal().label()
              + (effect.baseline().isPresent() ? " and " + effect.baseline().get().label() : "")
              + (measure.trend() ? " among its respondents" : " respondents")
              + (effect.population().isEveryone() ? "" : " among " + effect.population().label())
              + (effect.datasets().isEmpty() ? "" : " in " + String.join(", ", effect.datasets()))
              + ".";
      return new EffectVerdict(
          effect,
          Verdict.NO_DATA,
          Optional.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          0,
          pooled,
          List.of(),
          sentence,
          "no edition",
          ConfidenceLabel.TOO_FEW,
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Optional.empty());
    }
    Estimate value = display(measure, decision.get().interval());
    boolean significant = q.isPresent() && q.getAsDouble() <= alpha + 1e-12;
    Verdict verdict = rule.decide(value.estimate(), value.lower(), value.upper(), significant);
    List<EditionFigure> editions = editionFigures(effect, pooled);
    Optional<Estimate> wald = pooled.randomEffects().map(r -> display(measure, r.pooled()));
    Optional<Estimate> hartungKnapp =
        pooled.randomEffects().map(r -> display(measure, r.hartungKnapp()));
    Optional<Estimate> prediction = pooled.prediction().map(e -> display(measure, e));
    String unit = measure.unit();

    // Robustness to the pooling choice, where the effect asks for it.
    List<EffectVerdict.PoolingVariant> variants = new ArrayList<>();
    String robustness = "";
    if (effect.robustToPooling() && pooled.randomEffects().isPresent()) {
      PooledEffect r = pooled.randomEffects().get();
      variants.add(variant("Hartung-Knapp-Sidik-Jonkman", measure, rule, r.hartungKnapp()));
      variants.add(variant("DerSimonian-Laird normal", measure, rule, r.pooled()));
      variants.add(variant("fixed effect", measure, rule, r.fixedEffectEstimate()));
      if (variants.stream().map(EffectVerdict.PoolingVariant::verdict).distinct().count() > 1) {
        verdict = Verdict.INCONCLUSIVE;
        List<String> parts = new ArrayList<>();
        for (EffectVerdict.PoolingVariant v : variants) {
          parts.add(v.method() + " " + interval(v.value(), unit) + " " + v.verdict().label());
        }
        robustness =
            " Not robust to the pooling choice, so inconclusive: " + String.join("; ", parts) + ".";
      } else {
        robustness =
            " The same verdict whichever way the editions are pooled (HKSJ, DerSimonian-Laird, fixed effect).";
      }
    }

    // Clear, yet a new dataset could land on the other side of the line: depends on the dataset.
    String dependence = "";
    if ((verdict == Verdict.SUPPORTED || verdict == Verdict.CONTRADICTED)
        && prediction.isPresent()) {
      DecisionRule.Side expected =
          verdict == Verdict.SUPPORTED ? DecisionRule.Side.CLAIMED : DecisionRule.Side.OTHER;
      Estimate p = prediction.get();
      if (rule.side(p.lower(), p.upper()) != expected) {
        verdict = Verdict.DEPENDS_ON_DATASET;
        dependence =
            String.format(
                Locale.ROOT,
                " The pooled effect %s %s, but the prediction interval for a new dataset (%+.1f to"
                    + " %+.1f) crosses it. %s",
                expected == DecisionRule.Side.CLAIMED ? "clears" : "lies on the other side of",
                rule.line(unit),
                p.lower(),
                p.upper(),
                split(editions, rule, unit));
      }
    }

    ConfidenceLabel label = label(rule, value, editions, pooled.rows());
    Optional<EffectVerdict.Sensitivity> sensitivity =
        measured.sensitivity().flatMap(alt -> sensitivity(effect, alt, alpha));
    String heterogeneity =
        pooled
            .randomEffects()
            .map(r -> String.format(Locale.ROOT, ", I² = %.0f%%", 100 * r.iSquared()))
            .orElse("");
    StringBuilder sentence = new StringBuilder();
    sentence.append(
        String.format(
            Locale.ROOT,
            "%s: %s (%d%% CI %+.1f to %+.1f; %s)",
            effect.name(),
            number(value.estimate(), unit),
            Math.round(value.confidence() * 100),
            value.lower(),
            value.upper(),
            decision.get().basis()));
    if (wald.isPresent() && pooled.studies() < PooledPremium.HARTUNG_KNAPP_BELOW) {
      sentence.append(", DerSimonian-Laird normal interval ").append(interval(wald.get(), unit));
    }
    prediction.ifPresent(
        p -> sentence.append(", prediction interval for a new dataset ").append(interval(p, unit)));
    sentence.append(heterogeneity);
    sentence.append(
        String.format(
            Locale.ROOT,
            "; n = %,d; p %s, BH-adjusted p %s; confidence: %s.",
            pooled.rows(),
            format(OptionalDouble.of(decision.get().pValue())),
            format(q),
            label.label()));
    sentence.append(dependence).append(robustness);
    sensitivity.ifPresent(
        s ->
            sentence.append(
                String.format(
                    Locale.ROOT,
                    " %s: %s (%s).",
                    capitalised(s.name()),
                    interval(s.value(), unit),
                    s.verdict().label())));
    return new EffectVerdict(
        effect,
        verdict,
        Optional.of(value),
        OptionalDouble.of(decision.get().pValue()),
        q,
        pooled.rows(),
        pooled,
        pooled.editions(),
        sentence.toString().replace("  ", " "),
        decision.get().basis(),
        label,
        editions,
        wald,
        hartungKnapp,
        prediction,
        variants,
        sensitivity);
  }

  private static EffectVerdict.PoolingVariant variant(
      String method, Measure measure, DecisionRule rule, Estimate model) {
    Estimate value = display(measure, model);
    return new EffectVerdict.PoolingVariant(
        method, value, rule.decide(value.estimate(), value.lower(), value.upper(), true));
  }

  private Optional<EffectVerdict.Sensitivity> sensitivity(
      ClaimEffect effect, PooledPremium alternative, double alpha) {
    return alternative
        .decision()
        .map(
            d -> {
              Estimate value = display(effect.measure(), d.interval());
              return new EffectVerdict.Sensitivity(
                  "with every skill held fixed, the role-defining ones too",
                  value,
                  alternative.randomEffects().map(r -> display(effect.measure(), r.pooled())),
                  effect
                      .rule()
                      .decide(value.estimate(), value.lower(), value.upper(), d.pValue() <= alpha),
                  editionFigures(effect, alternative));
            });
  }

  private static List<EditionFigure> editionFigures(ClaimEffect effect, PooledPremium pooled) {
    List<EditionFigure> out = new ArrayList<>();
    for (PooledPremium.Study study : pooled.perEdition()) {
      Estimate value = display(effect.measure(), study.estimate().logPremium());
      out.add(
          new EditionFigure(
              study.edition(),
              value,
              study.estimate().logPremium().estimate(),
              study.estimate().standardError(),
              study.estimate().pValue(),
              study.rows(),
              study.estimate().covariance(),
              effect.rule().side(value.lower(), value.upper()),
              study.rows() < ConfidenceLabel.MINIMUM_ROWS));
    }
    return out;
  }

  /** The label rules of {@link ConfidenceLabel}. */
  static ConfidenceLabel label(
      DecisionRule rule, Estimate value, List<EditionFigure> editions, long rows) {
    if (rows < ConfidenceLabel.MINIMUM_ROWS) {
      return ConfidenceLabel.TOO_FEW;
    }
    DecisionRule.Side side = rule.side(value.lower(), value.upper());
    if (side == DecisionRule.Side.CROSSES) {
      return ConfidenceLabel.WEAK;
    }
    boolean everyEdition =
        editions.size() >= 2 && editions.stream().allMatch(e -> e.side() == side);
    return everyEdition ? ConfidenceLabel.STRONG : ConfidenceLabel.MODERATE;
  }

  /** "Above the line: a, b. On the other side: c. Crossing it: d." */
  private static String split(List<EditionFigure> editions, DecisionRule rule, String unit) {
    List<String> parts = new ArrayList<>();
    for (DecisionRule.Side side : DecisionRule.Side.values()) {
      List<String> names =
          editions.stream().filter(e -> e.side() == side).map(EditionFigure::edition).toList();
      if (!names.isEmpty()) {
        String head =
            switch (side) {
              case CLAIMED -> "Clearing " + rule.line(unit);
              case OTHER -> "On the other side";
              case CROSSES -> "Crossing it";
            };
        parts.add(head + ": " + String.join(", ", names));
      }
    }
    return String.join(". ", parts) + ".";
  }

  static Estimate display(Measure measure, Estimate model) {
    return new Estimate(
        measure.display(model.estimate()),
        measure.display(model.lower()),
        measure.display(model.upper()),
        model.confidence(),
        model.method(),
        model.resamples(),
        model.seed());
  }

  /** "+9.3%", "-1.7 pp a year": one decimal, the sign always shown. */
  static String number(double value, String unit) {
    return String.format(Locale.ROOT, "%+.1f%s", value, unit);
  }

  /** "[+5.1, +13.7]%". */
  static String interval(Estimate e, String unit) {
    return String.format(
        Locale.ROOT, "%s [%+.1f, %+.1f]", number(e.estimate(), unit), e.lower(), e.upper());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String format(OptionalDouble p) {
    if (p.isEmpty()) {
      return "n/a";
    }
    double v = p.getAsDouble();
    return v < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", v);
  }

  /**
   * Combines effect verdicts. {@code all}: contradicted if any deciding effect is, supported if
   * every one is, depends on the dataset if every one is supported or depends on the dataset, no
   * data if none could be measured, else inconclusive. {@code any}: supported if one is, else
   * depends on the dataset if one does, contradicted if every one is, else inconclusive.
   */
  static Verdict combine(Claim.Combination combination, List<Verdict> verdicts) {
    long tested = verdicts.stream().filter(v -> v != Verdict.NO_DATA).count();
    long supported = verdicts.stream().filter(v -> v == Verdict.SUPPORTED).count();
    long depends = verdicts.stream().filter(v -> v == Verdict.DEPENDS_ON_DATASET).count();
    long contradicted = verdicts.stream().filter(v -> v == Verdict.CONTRADICTED).count();
    if (tested == 0) {
      return Verdict.NO_DATA;
    }
    if (combination == Claim.Combination.ALL) {
      if (contradicted > 0) {
        return Verdict.CONTRADICTED;
      }
      if (supported == verdicts.size()) {
        return Verdict.SUPPORTED;
      }
      return supported + depends == verdicts.size()
          ? Verdict.DEPENDS_ON_DATASET
          : Verdict.INCONCLUSIVE;
    }
    if (supported > 0) {
      return Verdict.SUPPORTED;
    }
    if (depends > 0) {
      return Verdict.DEPENDS_ON_DATASET;
    }
    return contradicted == verdicts.size() ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
  }

  private static ClaimVerdict combine(Claim claim, List<EffectVerdict> all) {
    // Effects that do not decide are reported beside the claim but left out of its verdict.
    List<EffectVerdict> effects = all.stream().filter(e -> e.effect().decides()).toList();
    if (effects.isEmpty()) {
      effects = all;
    }
    Verdict verdict =
        combine(claim.combination(), effects.stream().map(EffectVerdict::verdict).toList());
    EffectVerdict headline =
        effects.stream()
            .filter(e -> e.verdict() == verdict)
            .findFirst()
            .orElse(
                effects.stream()
                    .filter(e -> e.verdict() != Verdict.NO_DATA)
                    .findFirst()
                    .orElse(effects.get(0)));
    StringBuilder sentence = new StringBuilder();
    String label = verdict.label();
    sentence.append(Character.toUpperCase(label.charAt(0))).append(label.substring(1)).append(". ");
    if (verdict == Verdict.NO_DATA) {
      sentence.append("No dataset at hand can test it. ").append(claim.wouldDecide());
    } else {
      sentence.append(headline.sentence());
      List<String> others = new ArrayList<>();
      for (EffectVerdict e : all) {
        if (e != headline) {
          others.add(
              e.effect().name()
                  + ": "
                  + e.verdict().label()
                  + (e.effect().decides() ? "" : " (reported, does not decide)")
                  + e.value().map(v -> " " + interval(v, e.effect().measure().unit())).orElse(""));
        }
      }
      if (!others.isEmpty()) {
        sentence.append(" Also ").append(String.join("; ", others)).append('.');
      }
      if (effects.stream().anyMatch(e -> e.verdict() == Verdict.NO_DATA)) {
        sentence.append(" Untested parts would need: ").append(claim.wouldDecide());
      }
    }
    if (!claim.caveat().isEmpty()) {
      sentence.append(' ').append(claim.caveat());
    }
    return new ClaimVerdict(claim, verdict, headline, all, sentence.toString().strip());
  }

  /** The data through the plausibility screen, recording what it left out per edition. */
  private PayData screened(PayData data, List<ClaimsEvaluation.ScreenedRows> out) {
    Map<EditionKey, List<PayRecord>> kept = new HashMap<>();
    for (EditionKey key : data.editions()) {
      PlausibilityScreen.Result result = screen.apply(data.records(key));
      kept.put(key, result.kept());
      if (result.screened() > 0) {
        out.add(
            new ClaimsEvaluation.ScreenedRows(key.toString(), result.screened(), result.rule()));
      }
    }
    if (out.isEmpty()) {
      return data;
    }
    return LoadedPayData.of(
        new PayData() {
          @Override
          public List<EditionKey> editions() {
            return data.editions();
          }

          @Override
          public List<PayRecord> records(EditionKey key) {
            return kept.getOrDefault(key, List.of());
          }

          @Override
          public SourceCitation citation(EditionKey key) {
            return data.citation(key);
          }

          @Override
          public String version() {
            return data.version();
          }

          // The screen is a restriction of the data, which the disclosure control counts among
          // every cell's conditions.
          @Override
          public PayData unrestricted() {
            return data.unrestricted();
          }

          @Override
          public List<Criterion> restriction() {
            List<Criterion> all = new ArrayList<>(data.restriction());
            all.add(
                Criterion.of(
                    "plausible pay (" + screen.rules().size() + " floors)", screen::believes));
            return all;
          }
        });
  }

  /**
   * The data restricted to the effect's datasets (all when none) and to the population's rows: a
   * view whose restriction the disclosure control counts among every cell's conditions.
   */
  private static PayData scoped(PayData data, ClaimEffect effect, GroupSelector population) {
    Set<String> datasets = effect.datasets();
    if (datasets.isEmpty() && population.isEveryone()) {
      return data;
    }
    List<Criterion> conditions =
        population.isEveryone()
            ? List.of()
            : List.of(Criterion.of("population=(" + population.describe() + ")", population::test));
    return LoadedPayData.of(
        new PayData() {
          @Override
          public List<EditionKey> editions() {
            return data.editions().stream().filter(k -> effect.uses(k.datasetId())).toList();
          }

          @Override
          public List<PayRecord> records(EditionKey key) {
            List<PayRecord> all = data.records(key);
            return population.isEveryone() ? all : all.stream().filter(population::test).toList();
          }

          @Override
          public SourceCitation citation(EditionKey key) {
            return data.citation(key);
          }

          @Override
          public String version() {
            return data.version();
          }

          @Override
          public PayData unrestricted() {
            return data.unrestricted();
          }

          @Override
          public List<Criterion> restriction() {
            List<Criterion> all = new ArrayList<>(data.restriction());
            all.addAll(conditions);
            return all;
          }
        });
  }
}
