package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How one categorical factor entered a regression: its reference level and how it was chosen, the
 * levels that have a dummy column (named {@code factor=level}), and the levels whose column was
 * dropped as collinear, so that every coefficient can be read as "relative to the reference".
 *
 * @param factor the factor's name
 * @param reference the omitted level
 * @param referenceLevel how the reference was chosen
 * @param levels the levels with a coefficient, in sort order
 * @param droppedLevels levels whose dummy was collinear and dropped ({@link
 *     CollinearityPolicy#DROP})
 */
public record FactorCoding(
    String factor,
    String reference,
    ReferenceLevel referenceLevel,
    List<String> levels,
    List<String> droppedLevels) {
  public FactorCoding {
    requireNonNull(factor, "factor is null");
    requireNonNull(reference, "reference is null");
    requireNonNull(referenceLevel, "referenceLevel is null");
    levels = List.copyOf(levels);
    droppedLevels = List.copyOf(droppedLevels);
  }
}
