package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A testable claim about pay: the words it was made in, the hypothesis devpay tests, the effects
 * that decide it and how their verdicts combine, and what data would decide it when none can.
 *
 * @param id stable id ("backend-over-frontend")
 * @param text the claim as made (the article's words)
 * @param hypothesis the hypothesis tested, in plain words
 * @param effects the effects that decide it (at least one)
 * @param combination how the effects' verdicts make the claim's
 * @param decidedBy which analyses and datasets can decide it
 * @param wouldDecide what data would decide it when none at hand can
 * @param caveat what the verdict cannot say, or ""
 */
public record Claim(
    String id,
    String text,
    String hypothesis,
    List<ClaimEffect> effects,
    Combination combination,
    String decidedBy,
    String wouldDecide,
    String caveat) {
  public Claim {
    requireNonNull(id, "id is null");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "claim id must be lower-case letters, digits and '-': " + id);
    }
    requireNonNull(text, "text is null");
    requireNonNull(hypothesis, "hypothesis is null");
    effects = List.copyOf(effects);
    if (effects.isEmpty()) {
      throw new IllegalArgumentException("claim " + id + " has no effect to test");
    }
    requireNonNull(combination, "combination is null");
    requireNonNull(decidedBy, "decidedBy is null");
    requireNonNull(wouldDecide, "wouldDecide is null");
    requireNonNull(caveat, "caveat is null");
  }

  /** How the verdicts of several effects make the claim's verdict. */
  public enum Combination {
    /**
     * Every effect must hold: contradicted if any tested effect is contradicted, supported if all
     * are supported, no data if none could be tested, else inconclusive.
     */
    ALL,
    /**
     * One effect is enough: supported if any is supported, contradicted if every effect is tested
     * and contradicted, no data if none could be tested, else inconclusive.
     */
    ANY;

    public static java.util.Optional<Combination> parse(String text) {
      return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "all" -> java.util.Optional.of(ALL);
        case "any" -> java.util.Optional.of(ANY);
        default -> java.util.Optional.empty();
      };
    }
  }
}
