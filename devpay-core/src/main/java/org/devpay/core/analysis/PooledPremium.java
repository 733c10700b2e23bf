package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.PooledEffect;
import org.devpay.core.stats.RandomEffects;

/**
 * A log premium pooled across dataset editions with DerSimonian-Laird random effects (DESIGN.md:
 * pooled figures combine per-edition log premiums and report I²), with the per-edition estimates it
 * rests on. With one edition the "pooled" figure is that edition's own, said so in {@code note};
 * with none it is empty.
 *
 * <p>Which interval decides a claim ({@link #decision()}): with fewer than {@value
 * #HARTUNG_KNAPP_BELOW} editions the Hartung-Knapp-Sidik-Jonkman t interval (the normal Wald
 * interval is too narrow with few studies), from {@value #HARTUNG_KNAPP_BELOW} editions on the
 * DerSimonian-Laird Wald interval, with one edition its own interval.
 *
 * @param pooled the pooled log premium with its DerSimonian-Laird Wald interval (k ≥ 2), or the
 *     edition's own interval (k = 1)
 * @param standardError its standard error
 * @param pValue two-sided p-value of a zero premium (normal for k ≥ 2, the edition's t for k = 1)
 * @param randomEffects the meta-analysis (τ², Q, I², HKSJ and prediction intervals), for k ≥ 2
 * @param studies editions pooled
 * @param editions the editions pooled, "dataset edition"
 * @param rows rows behind the pooled figure (both groups, every edition)
 * @param note how the figure was made or why it is missing
 * @param perEdition the estimates pooled, one per edition, in the editions' order
 */
public record PooledPremium(
    Optional<Estimate> pooled,
    OptionalDouble standardError,
    OptionalDouble pValue,
    Optional<PooledEffect> randomEffects,
    int studies,
    List<String> editions,
    long rows,
    String note,
    List<Study> perEdition) {
  /** From this many editions on, the Wald interval decides instead of the HKSJ interval. */
  public static final int HARTUNG_KNAPP_BELOW = 10;

  public PooledPremium {
    requireNonNull(pooled, "pooled is null");
    requireNonNull(standardError, "standardError is null");
    requireNonNull(pValue, "pValue is null");
    requireNonNull(randomEffects, "randomEffects is null");
    editions = List.copyOf(editions);
    requireNonNull(note, "note is null");
    perEdition = List.copyOf(perEdition);
  }

  /** One edition's estimate offered for pooling. */
  public record Study(String edition, ModelEstimate estimate, long rows) {
    public Study {
      requireNonNull(edition, "edition is null");
      requireNonNull(estimate, "estimate is null");
    }
  }

  /** The interval a decision rests on, with its p-value and a name for it. */
  public record Decision(Estimate interval, double pValue, String basis) {
    public Decision {
      requireNonNull(interval, "interval is null");
      requireNonNull(basis, "basis is null");
    }
  }

  /**
   * The interval that decides: HKSJ for 2 to {@value #HARTUNG_KNAPP_BELOW} − 1 editions, the Wald
   * interval from {@value #HARTUNG_KNAPP_BELOW} on, the edition's own for one; empty for none.
   */
  public Optional<Decision> decision() {
    if (pooled.isEmpty()) {
      return Optional.empty();
    }
    if (randomEffects.isEmpty()) {
      return Optional.of(
          new Decision(
              pooled.get(),
              pValue.orElse(Double.NaN),
              "one edition: its own interval (" + perEdition.get(0).estimate().covariance() + ")"));
    }
    PooledEffect effect = randomEffects.get();
    if (studies < HARTUNG_KNAPP_BELOW) {
      return Optional.of(
          new Decision(
              effect.hartungKnapp(),
              effect.hartungKnappPValue(),
              "Hartung-Knapp-Sidik-Jonkman t interval ("
                  + studies
                  + " editions, fewer than "
                  + HARTUNG_KNAPP_BELOW
                  + ")"));
    }
    return Optional.of(
        new Decision(
            effect.pooled(),
            effect.pValue(),
            "DerSimonian-Laird normal interval (" + studies + " editions)"));
  }

  /** The prediction interval for a new edition (k ≥ 2). */
  public Optional<Estimate> prediction() {
    return randomEffects.map(PooledEffect::prediction);
  }

  /** Pools the studies that have an estimate with a positive standard error. */
  public static PooledPremium of(List<Study> studies, double confidence) {
    List<Study> usable = new ArrayList<>();
    for (Study s : studies) {
      if (s.estimate().standardError() > 0 && Double.isFinite(s.estimate().standardError())) {
        usable.add(s);
      }
    }
    List<String> names = usable.stream().map(Study::edition).toList();
    long rows = usable.stream().mapToLong(Study::rows).sum();
    if (usable.isEmpty()) {
      return new PooledPremium(
          Optional.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.empty(),
          0,
          names,
          0,
          "no edition has k or more rows in both groups",
          usable);
    }
    if (usable.size() == 1) {
      ModelEstimate only = usable.get(0).estimate();
      return new PooledPremium(
          Optional.of(only.logPremium()),
          OptionalDouble.of(only.standardError()),
          OptionalDouble.of(only.pValue()),
          Optional.empty(),
          1,
          names,
          rows,
          "one edition only: its own estimate, nothing pooled",
          usable);
    }
    double[] estimates =
        usable.stream().mapToDouble(s -> s.estimate().logPremium().estimate()).toArray();
    double[] errors = usable.stream().mapToDouble(s -> s.estimate().standardError()).toArray();
    PooledEffect effect =
        RandomEffects.withDefaults().withConfidence(confidence).pool(estimates, errors);
    return new PooledPremium(
        Optional.of(effect.pooled()),
        OptionalDouble.of(effect.standardError()),
        OptionalDouble.of(effect.pValue()),
        Optional.of(effect),
        usable.size(),
        names,
        rows,
        "DerSimonian-Laird random effects over " + usable.size() + " editions",
        usable);
  }
}
