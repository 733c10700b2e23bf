package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * The premium of one factor level (an industry, a skill, a metro, senior over junior for a role)
 * across editions: the comparison report and its Benjamini-Hochberg adjusted p-value within the
 * family of levels reported together.
 *
 * @param level the level ("fintech", "python", "Berlin", "back-end: senior/lead vs junior")
 * @param comparison the per-edition premiums and their pooled estimates
 * @param adjustedPValue BH-adjusted p-value of the pooled adjusted premium, when there is one
 */
public record FactorLevel(
    String level, ComparisonReport comparison, OptionalDouble adjustedPValue) {
  public FactorLevel {
    requireNonNull(level, "level is null");
    requireNonNull(comparison, "comparison is null");
    requireNonNull(adjustedPValue, "adjustedPValue is null");
  }
}
