package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.devpay.core.analysis.engine.Control;

/**
 * A comparison in every edition that can make it, and pooled across them: the per-edition premiums
 * (raw and adjusted), the pooled unadjusted and adjusted log premiums with their heterogeneity, and
 * the settings it was computed with.
 *
 * @param focal the focal group
 * @param baseline the baseline group ("everyone else who states it" when implicit)
 * @param population who was compared at all
 * @param group the subgroup of a {@code --by} breakdown ("seniority=senior"), or ""
 * @param controls the controls requested
 * @param editions one comparison per edition with rows in the population
 * @param pooledUnadjusted the unadjusted log premiums pooled
 * @param pooledAdjusted the adjusted log premiums pooled
 */
public record ComparisonReport(
    String focal,
    String baseline,
    String population,
    String group,
    List<Control> controls,
    List<EditionComparison> editions,
    PooledPremium pooledUnadjusted,
    PooledPremium pooledAdjusted) {
  public ComparisonReport {
    requireNonNull(focal, "focal is null");
    requireNonNull(baseline, "baseline is null");
    requireNonNull(population, "population is null");
    requireNonNull(group, "group is null");
    controls = List.copyOf(controls);
    editions = List.copyOf(editions);
    requireNonNull(pooledUnadjusted, "pooledUnadjusted is null");
    requireNonNull(pooledAdjusted, "pooledAdjusted is null");
  }

  /** One plain sentence on the pooled adjusted premium. */
  public String sentence() {
    if (pooledAdjusted.pooled().isEmpty()) {
      return "No edition has k or more "
          + focal
          + " and "
          + baseline
          + " respondents: no adjusted premium.";
    }
    var e = pooledAdjusted.pooled().get();
    String direction =
        e.lower() > 0
            ? "are paid more than"
            : e.upper() < 0 ? "are paid less than" : "are not clearly paid differently from";
    return String.format(
        Locale.ROOT,
        "Holding fixed what each edition records, %s %s %s: %+.1f%% (%d%% CI %+.1f%% to"
            + " %+.1f%%), %s; %,d rows.",
        focal,
        direction,
        baseline,
        Premium.percent(e.estimate()),
        Math.round(e.confidence() * 100),
        Premium.percent(e.lower()),
        Premium.percent(e.upper()),
        pooledAdjusted.note(),
        pooledAdjusted.rows());
  }
}
