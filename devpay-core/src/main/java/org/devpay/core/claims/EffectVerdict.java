package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.analysis.PooledPremium;
import org.devpay.core.stats.Estimate;

/**
 * The verdict on one effect of a claim, with every figure it rests on in the measure's unit: the
 * deciding interval, the DerSimonian-Laird, Hartung-Knapp-Sidik-Jonkman and prediction intervals,
 * each edition's own estimate, the editions that go each way, the confidence label and, where the
 * measurement made a choice a reviewer may question, the figure without it.
 *
 * @param effect the effect tested
 * @param verdict the verdict
 * @param value the deciding estimate and interval in the measure's unit (HKSJ for 2 to 9 editions,
 *     DerSimonian-Laird normal from 10, the edition's own for one)
 * @param pValue two-sided p-value of a zero effect, by the deciding method
 * @param adjustedPValue the Benjamini-Hochberg adjusted p-value across the effects evaluated
 *     together
 * @param rows rows behind the figure
 * @param pooled the pooled estimate on the model scale, with heterogeneity and the per-edition
 *     estimates
 * @param editions what was pooled ("dou-ua 2025-06", or a source for trends)
 * @param sentence one plain sentence
 * @param basis which interval decided, in words
 * @param label how firmly the figure answers the claim
 * @param perEdition each edition's own estimate, in the measure's unit
 * @param wald the DerSimonian-Laird estimate with its normal interval (two or more editions)
 * @param hartungKnapp the HKSJ interval (two or more editions)
 * @param prediction the 95% prediction interval for a new dataset (two or more editions)
 * @param pooling the verdict under each pooling choice, when the effect asks to be robust to it
 * @param sensitivity the same effect measured without a contested choice of measurement, if any
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
    String sentence,
    String basis,
    ConfidenceLabel label,
    List<EditionFigure> perEdition,
    Optional<Estimate> wald,
    Optional<Estimate> hartungKnapp,
    Optional<Estimate> prediction,
    List<PoolingVariant> pooling,
    Optional<Sensitivity> sensitivity) {
  public EffectVerdict {
    requireNonNull(effect, "effect is null");
    requireNonNull(verdict, "verdict is null");
    requireNonNull(value, "value is null");
    requireNonNull(pValue, "pValue is null");
    requireNonNull(adjustedPValue, "adjustedPValue is null");
    requireNonNull(pooled, "pooled is null");
    editions = List.copyOf(editions);
    requireNonNull(sentence, "sentence is null");
    requireNonNull(basis, "basis is null");
    requireNonNull(label, "label is null");
    perEdition = List.copyOf(perEdition);
    requireNonNull(wald, "wald is null");
    requireNonNull(hartungKnapp, "hartungKnapp is null");
    requireNonNull(prediction, "prediction is null");
    pooling = List.copyOf(pooling);
    requireNonNull(sensitivity, "sensitivity is null");
  }

  /** The editions whose own interval lies on this side of the claim's line. */
  public List<String> editionsOn(DecisionRule.Side side) {
    return perEdition.stream().filter(e -> e.side() == side).map(EditionFigure::edition).toList();
  }

  /**
   * One way of pooling the editions and the verdict it would give.
   *
   * @param method "Hartung-Knapp-Sidik-Jonkman", "DerSimonian-Laird normal", "fixed effect"
   * @param value the estimate and interval in the measure's unit
   * @param verdict the verdict the rule gives on it
   */
  public record PoolingVariant(String method, Estimate value, Verdict verdict) {
    public PoolingVariant {
      requireNonNull(method, "method is null");
      requireNonNull(value, "value is null");
      requireNonNull(verdict, "verdict is null");
    }
  }

  /**
   * The effect measured without a contested choice, reported beside it (it does not decide).
   *
   * @param name what differs ("with every skill, the role-defining ones too")
   * @param value the deciding estimate and interval in the measure's unit
   * @param wald the DerSimonian-Laird estimate with its normal interval, when pooled
   * @param verdict the verdict the rule would give
   * @param perEdition each edition's own estimate
   */
  public record Sensitivity(
      String name,
      Estimate value,
      Optional<Estimate> wald,
      Verdict verdict,
      List<EditionFigure> perEdition) {
    public Sensitivity {
      requireNonNull(name, "name is null");
      requireNonNull(value, "value is null");
      requireNonNull(wald, "wald is null");
      requireNonNull(verdict, "verdict is null");
      perEdition = List.copyOf(perEdition);
    }
  }
}
