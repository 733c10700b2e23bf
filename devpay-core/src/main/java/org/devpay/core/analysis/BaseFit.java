package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How well one reconciliation base reproduces the published medians of an edition.
 *
 * @param base the base tried
 * @param pairs every published figure with devpay's figure under this base
 */
public record BaseFit(ReconciliationBase base, List<ReconciledPair> pairs) {
  public BaseFit {
    requireNonNull(base, "base is null");
    pairs = List.copyOf(pairs);
  }

  /** Pairs with a devpay median. */
  public int comparedPairs() {
    return (int) pairs.stream().filter(ReconciledPair::compared).count();
  }

  /** Mean of |relative gap| over the compared pairs; empty when none was compared. */
  public OptionalDouble meanAbsoluteGap() {
    return pairs.stream()
        .filter(ReconciledPair::compared)
        .mapToDouble(p -> Math.abs(p.relativeGap().getAsDouble()))
        .average();
  }
}
