package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.data.EditionKey;
import org.devpay.core.stats.Estimate;

/**
 * Median pay of one group at one level of a factor in one edition ("back-end, senior, DOU 2025-06";
 * "Berlin, EU 2019"), k-floored like every published cell.
 *
 * @param edition the dataset edition
 * @param group the group the cell belongs to ("back-end", or "" when the factor has no groups)
 * @param level the factor level ("senior", "fintech", "Berlin")
 * @param currency currency of the median
 * @param n rows in the cell (0 when suppressed: a withheld cell states no count)
 * @param suppressed true when the disclosure control withholds the cell (fewer than k rows, or
 *     figures that could be differenced against others); then the figures are empty
 * @param median median annual pay
 * @param medianInterval the median with its bootstrap interval
 */
public record LevelCell(
    EditionKey edition,
    String group,
    String level,
    String currency,
    int n,
    boolean suppressed,
    OptionalDouble median,
    Optional<Estimate> medianInterval) {
  public LevelCell {
    requireNonNull(edition, "edition is null");
    requireNonNull(group, "group is null");
    requireNonNull(level, "level is null");
    requireNonNull(currency, "currency is null");
    requireNonNull(median, "median is null");
    requireNonNull(medianInterval, "medianInterval is null");
    if (suppressed && (median.isPresent() || medianInterval.isPresent() || n != 0)) {
      throw new IllegalArgumentException("a suppressed cell carries no figures and no count");
    }
  }
}
