package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of a two-fold Oaxaca-Blinder decomposition ({@link OaxacaBlinder}): the gap in mean
 * log pay, how much of it different characteristics explain, and what remains, with bootstrap
 * errors and the group sizes.
 *
 * @param firstGroup name of group A
 * @param secondGroup name of group B
 * @param firstRows rows in A
 * @param secondRows rows in B
 * @param firstMean ȳ_A (weighted)
 * @param secondMean ȳ_B (weighted)
 * @param gap ȳ_A − ȳ_B = explained + unexplained
 * @param explained (x̄_A − x̄_B)'β* with a bootstrap percentile interval
 * @param unexplained x̄_A'(β_A − β*) + x̄_B'(β* − β_B) with a bootstrap percentile interval
 * @param explainedStandardError bootstrap standard error of the explained part
 * @param unexplainedStandardError bootstrap standard error of the unexplained part
 * @param explainedByTerm the explained part split by covariate and factor
 * @param reference which reference coefficients β* are
 * @param resamples bootstrap resamples
 * @param seed the bootstrap's seed
 */
public record TwoFoldDecomposition(
    String firstGroup,
    String secondGroup,
    long firstRows,
    long secondRows,
    double firstMean,
    double secondMean,
    double gap,
    Estimate explained,
    Estimate unexplained,
    double explainedStandardError,
    double unexplainedStandardError,
    List<TermContribution> explainedByTerm,
    OaxacaReference reference,
    int resamples,
    long seed) {
  public TwoFoldDecomposition {
    requireNonNull(firstGroup, "firstGroup is null");
    requireNonNull(secondGroup, "secondGroup is null");
    requireNonNull(explained, "explained is null");
    requireNonNull(unexplained, "unexplained is null");
    requireNonNull(reference, "reference is null");
    explainedByTerm = List.copyOf(explainedByTerm);
  }

  /** Share of the gap that characteristics explain (explained / gap). */
  public double explainedShare() {
    return explained.estimate() / gap;
  }
}
