package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.devpay.core.data.EditionKey;

/**
 * devpay's medians for one ingested edition set against the publisher's own medians, under every
 * base tried, with the base that reproduces them best.
 *
 * @param edition the dataset edition
 * @param years the survey years of its records
 * @param fits one fit per base tried; empty when the publisher printed nothing for these years
 * @param best the fit with the smallest mean |gap| (the first such in the order tried); empty when
 *     no pair could be compared
 */
public record EditionReconciliation(
    EditionKey edition, List<Integer> years, List<BaseFit> fits, Optional<BaseFit> best) {
  public EditionReconciliation {
    requireNonNull(edition, "edition is null");
    years = List.copyOf(years);
    fits = List.copyOf(fits);
    requireNonNull(best, "best is null");
  }

  /** Whether the publisher printed any figure for this edition's years. */
  public boolean hasPublishedFigures() {
    return !fits.isEmpty();
  }
}
