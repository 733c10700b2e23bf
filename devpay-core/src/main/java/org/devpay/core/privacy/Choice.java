package org.devpay.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.TreeSet;

/**
 * A group made of several values of one single-valued dimension ("senior or lead", "front-end,
 * full-stack, mobile or embedded"): the control keeps only the values held by k or more of the
 * group's rows, so that no such group differs from another, or from one of its own values, by fewer
 * than k rows.
 *
 * @param dimension the dimension
 * @param values the values the group is made of
 * @param ofThePopulation true when every cell of the universe is drawn with this choice (the
 *     population the universe stands for, such as the estimator's employment statuses): the cell
 *     without it is never published, so it is not compared with; false for a group a query chooses
 *     ("senior or lead"), which is compared with the cell without it
 */
public record Choice(Dimension dimension, Set<String> values, boolean ofThePopulation) {
  public Choice {
    requireNonNull(dimension, "dimension is null");
    if (dimension.multiValued()) {
      throw new IllegalArgumentException("a choice is of a single-valued dimension");
    }
    values = Set.copyOf(new TreeSet<>(values));
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a choice needs values");
    }
  }

  /** A group a query chooses, compared with the cell without it. */
  public Choice(Dimension dimension, Set<String> values) {
    this(dimension, values, false);
  }
}
