package org.devpay.core.analysis.policy;

import static java.util.Objects.requireNonNull;

/**
 * How many rows the population filter removed from one edition, by test, so every answer says whom
 * it is about and what it left out.
 *
 * @param filterId the filter's id ("professional", "all", ...)
 * @param filter the filter in words
 * @param rowsWithPay rows with a usable amount before the filter
 * @param removedNotProfessional rows removed because they are not developers by profession
 * @param removedNotFullTime rows removed because their employment is known and not full time
 */
public record PopulationCount(
    String filterId,
    String filter,
    int rowsWithPay,
    int removedNotProfessional,
    int removedNotFullTime) {
  public PopulationCount {
    requireNonNull(filterId, "filterId is null");
    requireNonNull(filter, "filter is null");
    if (removedNotProfessional < 0
        || removedNotFullTime < 0
        || removedNotProfessional + removedNotFullTime > rowsWithPay) {
      throw new IllegalArgumentException(
          "removed rows must be between 0 and the rows with pay: "
              + removedNotProfessional
              + " + "
              + removedNotFullTime
              + " of "
              + rowsWithPay);
    }
  }

  /** Rows the filter kept. */
  public int rowsKept() {
    return rowsWithPay - removedNotProfessional - removedNotFullTime;
  }
}
