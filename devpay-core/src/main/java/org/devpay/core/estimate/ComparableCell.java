package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The respondents an estimate is compared with: the edition's respondents in a job with the same
 * role and place. It must hold at least k rows, or there is no estimate, so no estimate can be
 * traced to a few people.
 *
 * @param description the cell in words ("back-end developers in Berlin")
 * @param criteria the filter, by name (role, metro or country), in that order
 * @param rows rows in the cell
 * @param respondents respondents they stand for (Σ frequency weights)
 * @param median the cell's own median pay (with weights), in the estimate's local currency
 * @param medianUsd the same in US dollars
 */
public record ComparableCell(
    String description,
    Map<String, String> criteria,
    int rows,
    double respondents,
    double median,
    double medianUsd) {
  public ComparableCell {
    requireNonNull(description, "description is null");
    criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
  }
}
