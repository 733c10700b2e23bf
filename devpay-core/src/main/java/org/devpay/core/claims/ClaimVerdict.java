package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The verdict on one claim: the verdict, the effect that carries it (with its interval, n and
 * p-values), every effect's own verdict, the datasets used and one plain sentence.
 *
 * @param claim the claim
 * @param verdict the verdict
 * @param headline the effect whose verdict is the claim's (the first such)
 * @param effects every effect's verdict, in the claim's order
 * @param sentence one plain sentence
 */
public record ClaimVerdict(
    Claim claim,
    Verdict verdict,
    EffectVerdict headline,
    List<EffectVerdict> effects,
    String sentence) {
  public ClaimVerdict {
    requireNonNull(claim, "claim is null");
    requireNonNull(verdict, "verdict is null");
    requireNonNull(headline, "headline is null");
    effects = List.copyOf(effects);
    requireNonNull(sentence, "sentence is null");
  }

  /** Dataset editions (or sources) any effect rests on, sorted. */
  public Set<String> datasets() {
    Set<String> out = new TreeSet<>();
    effects.forEach(e -> out.addAll(e.editions()));
    return out;
  }

  /** Rows behind every effect together (an edition's rows count once per effect). */
  public long rows() {
    return effects.stream().mapToLong(EffectVerdict::rows).sum();
  }
}
