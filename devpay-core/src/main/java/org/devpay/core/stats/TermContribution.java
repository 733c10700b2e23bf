package org.devpay.core.stats;

import static java.util.Objects.requireNonNull;

/**
 * One term's share of the explained part of an Oaxaca-Blinder gap: (x̄_A − x̄_B)'β* over the term's
 * columns (a covariate, or all dummies of a factor).
 *
 * @param term a covariate's or factor's name
 * @param explained its contribution, in the response's units (log points)
 */
public record TermContribution(String term, double explained) {
  public TermContribution {
    requireNonNull(term, "term is null");
  }
}
