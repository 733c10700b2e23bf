package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.analysis.PooledPremium;
import org.devpay.core.stats.Estimate;

/**
 * The verdict on one effect of a claim, with the figure it rests on in the measure's unit.
 *
 * @param effect the effect tested
 * @param verdict the verdict
 * @param value the effect and its interval in the measure's unit (percent, pp a year)
 * @param pValue two-sided p-value of a zero effect
 * @param adjustedPValue the Benjamini-Hochberg adjusted p-value across the effects evaluated
 *     together
 * @param rows rows behind the figure
 * @param pooled the pooled estimate on the model scale, with heterogeneity
 * @param editions what was pooled ("dou-ua 2025-06", or a source for trends)
 * @param sentence one plain sentence
 */
public record EffectVerdict(
    ClaimEffect effect,
    Verdict verdict,
    Optional<Estimate> value,
    OptionalDouble pValue,
    OptionalDouble adjustedPValue,
    long rows,
    PooledPremium pooled,
    List<String> editions,
    String sentence) {
  public EffectVerdict {
    requireNonNull(effect, "effect is null");
    requireNonNull(verdict, "verdict is null");
    requireNonNull(value, "value is null");
    requireNonNull(pValue, "pValue is null");
    requireNonNull(adjustedPValue, "adjustedPValue is null");
    requireNonNull(pooled, "pooled is null");
    editions = List.copyOf(editions);
    requireNonNull(sentence, "sentence is null");
  }
}
