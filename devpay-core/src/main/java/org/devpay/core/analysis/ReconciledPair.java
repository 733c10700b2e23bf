package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.devpay.core.model.PublishedMedian;

/**
 * A published median next to devpay's median for the same group, with the relative gap.
 *
 * @param published the publisher's figure
 * @param n devpay's rows in the group
 * @param median devpay's median (annual USD); empty when suppressed or the group is empty
 * @param relativeGap (devpay − published) / published; empty when there is no devpay median
 * @param note why there is no devpay median ("" when there is one)
 */
public record ReconciledPair(
    PublishedMedian published,
    int n,
    OptionalDouble median,
    OptionalDouble relativeGap,
    String note) {
  public ReconciledPair {
    requireNonNull(published, "published is null");
    requireNonNull(median, "median is null");
    requireNonNull(relativeGap, "relativeGap is null");
    requireNonNull(note, "note is null");
    if (median.isPresent() != relativeGap.isPresent()) {
      throw new IllegalArgumentException("a gap exists exactly when a median does");
    }
  }

  /** Whether devpay has a median to compare. */
  public boolean compared() {
    return median.isPresent();
  }
}
