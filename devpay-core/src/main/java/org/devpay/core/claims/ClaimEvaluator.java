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
import org.devpay.core.analysis.Control;
import org.devpay.core.analysis.GroupSelector;
import org.devpay.core.analysis.PayTrends;
import org.devpay.core.analysis.PooledPremium;
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

/**
 * Evaluates claims against pay data: each effect is measured in every dataset edition that can
 * measure it ({@link Comparison}, {@link PayTrends}) and pooled, the p-values of all effects
 * evaluated together are adjusted by Benjamini-Hochberg, each effect's decision rule gives its
 * verdict, and the claim's effects combine into the claim's verdict. Immutable.
 */
public final class ClaimEvaluator {
  private final AnswerSettings settings;

  private ClaimEvaluator(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  public static ClaimEvaluator with(AnswerSettings settings) {
    return new ClaimEvaluator(settings);
  }

  /** Verdicts on every claim, in order, with p-values adjusted across all their effects. */
  public ClaimsEvaluation evaluate(List<Claim> claims, PayData data) {
    PayData loaded = LoadedPayData.of(data);
    Map<String, PayTrends.TrendReport> trends = new HashMap<>();
    List<List<PooledPremium>> measured = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    for (Claim claim : claims) {
      List<PooledPremium> effects = new ArrayList<>();
      for (ClaimEffect effect : claim.effects()) {
        PooledPremium pooled = measure(effect, loaded, trends);
        effects.add(pooled);
        pooled.pValue().ifPresent(pValues::add);
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
        PooledPremium pooled = measured.get(c).get(e);
        OptionalDouble q = OptionalDouble.empty();
        if (pooled.pValue().isPresent()) {
          q = OptionalDouble.of(adjusted.adjusted(next++));
        }
        effects.add(decide(claim.effects().get(e), pooled, q, alpha));
      }
      verdicts.add(combine(claim, effects));
    }
    return new ClaimsEvaluation(
        verdicts,
        settings,
        "Benjamini-Hochberg across the "
            + pValues.size()
            + " effects evaluated together (p of a zero effect)");
  }

  private PooledPremium measure(
      ClaimEffect effect, PayData data, Map<String, PayTrends.TrendReport> trends) {
    switch (effect.measure()) {
      case REAL_PAY_GROWTH, ROLE_SHARE_CHANGE -> {
        // Trends see only the population's rows (screened among themselves).
        PayData scoped = scoped(data, effect.datasets(), effect.population());
        RoleFamily role = effect.focal().roles().iterator().next();
        String key = role.id() + "|" + effect.datasets() + "|" + effect.population().describe();
        PayTrends.TrendReport report =
            trends.computeIfAbsent(
                key, k -> PayTrends.with(settings).report(List.of(role), scoped));
        PayTrends.PooledTrend pooled = report.pooled().get(0);
        return effect.measure() == Measure.REAL_PAY_GROWTH
            ? pooled.payGrowth()
            : pooled.shareChange();
      }
      default -> {
        // Comparisons screen whole editions first, then keep the population.
        PayData scoped = scoped(data, effect.datasets(), GroupSelector.EVERYONE);
        Comparison comparison =
            effect.baseline().isPresent()
                ? Comparison.between(effect.focal(), effect.baseline().get())
                : Comparison.of(effect.focal());
        List<Control> controls =
            effect.measure() == Measure.UNADJUSTED_LOG_PREMIUM ? List.of() : effect.controls();
        ComparisonReport report =
            comparison
                .among(effect.population())
                .adjustingFor(controls)
                .withSettings(settings)
                .withoutRatioOfMedians()
                .within(scoped);
        return effect.measure() == Measure.UNADJUSTED_LOG_PREMIUM
            ? report.pooledUnadjusted()
            : report.pooledAdjusted();
      }
    }
  }

  private EffectVerdict decide(
      ClaimEffect effect, PooledPremium pooled, OptionalDouble q, double alpha) {
    Measure measure = effect.measure();
    if (pooled.pooled().isEmpty()) {
      String sentence =
          "No "
              + (measure == Measure.REAL_PAY_GROWTH || measure == Measure.ROLE_SHARE_CHANGE
                  ? "source spanning several comparable years has"
                  : "dataset edition has")
              + " k or more "
              + effect.focal().label()
              + (effect.baseline().isPresent() ? " and " + effect.baseline().get().label() : "")
              + " respondents"
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
          sentence);
    }
    Estimate model = pooled.pooled().get();
    Estimate value =
        new Estimate(
            measure.display(model.estimate()),
            measure.display(model.lower()),
            measure.display(model.upper()),
            model.confidence(),
            model.method(),
            model.resamples(),
            model.seed());
    boolean significant = q.isPresent() && q.getAsDouble() <= alpha + 1e-12;
    Verdict verdict =
        effect.rule().decide(value.estimate(), value.lower(), value.upper(), significant);
    String heterogeneity =
        pooled
            .randomEffects()
            .map(r -> String.format(Locale.ROOT, ", I² = %.0f%%", 100 * r.iSquared()))
            .orElse("");
    String sentence =
        String.format(
            Locale.ROOT,
            "%s: %+.1f%s (%d%% CI %+.1f to %+.1f), %s%s; n = %,d; p %s, BH-adjusted p %s.",
            effect.name(),
            value.estimate(),
            measure.unit(),
            Math.round(value.confidence() * 100),
            value.lower(),
            value.upper(),
            pooled.note(),
            heterogeneity,
            pooled.rows(),
            format(pooled.pValue()),
            format(q));
    return new EffectVerdict(
        effect,
        verdict,
        Optional.of(value),
        pooled.pValue(),
        q,
        pooled.rows(),
        pooled,
        pooled.editions(),
        sentence);
  }

  private static String format(OptionalDouble p) {
    if (p.isEmpty()) {
      return "n/a";
    }
    double v = p.getAsDouble();
    return v < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", v);
  }

  private static ClaimVerdict combine(Claim claim, List<EffectVerdict> all) {
    // Effects that do not decide are reported beside the claim but left out of its verdict.
    List<EffectVerdict> effects = all.stream().filter(e -> e.effect().decides()).toList();
    if (effects.isEmpty()) {
      effects = all;
    }
    long tested = effects.stream().filter(e -> e.verdict() != Verdict.NO_DATA).count();
    long supported = effects.stream().filter(e -> e.verdict() == Verdict.SUPPORTED).count();
    long contradicted = effects.stream().filter(e -> e.verdict() == Verdict.CONTRADICTED).count();
    Verdict verdict;
    if (tested == 0) {
      verdict = Verdict.NO_DATA;
    } else if (claim.combination() == Claim.Combination.ALL) {
      verdict =
          contradicted > 0
              ? Verdict.CONTRADICTED
              : supported == effects.size() ? Verdict.SUPPORTED : Verdict.INCONCLUSIVE;
    } else {
      verdict =
          supported > 0
              ? Verdict.SUPPORTED
              : contradicted == effects.size() ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
    }
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
                  + e.value()
                      .map(
                          v ->
                              String.format(
                                  Locale.ROOT,
                                  " %+.1f%s [%+.1f, %+.1f]",
                                  v.estimate(),
                                  e.effect().measure().unit(),
                                  v.lower(),
                                  v.upper()))
                      .orElse(""));
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

  /**
   * The data restricted to the datasets named (all when none) and to the population's rows: a view
   * whose restriction the disclosure control counts among every cell's conditions.
   */
  private static PayData scoped(PayData data, Set<String> datasets, GroupSelector population) {
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
            return data.editions().stream()
                .filter(k -> datasets.isEmpty() || datasets.contains(k.datasetId()))
                .toList();
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
