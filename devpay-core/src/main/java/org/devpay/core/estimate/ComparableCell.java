package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The respondents an estimate is compared with: the edition's respondents in a job with the same
 * role and place. It must hold at least k rows, or there is no estimate, so no estimate can be
 * traced to a few people.
 *
 * @param description the cell in words ("back-end developers in Berlin")
 * @param criteria the filter, by name (role, metro or country), in that order
 * @param rows rows in the cell (0 when withheld: a withheld cell states no count)
 * @param respondents respondents they stand for (Σ frequency weights; 0 when withheld)
 * @param median the cell's own median pay (with weights), in the estimate's local currency; empty
 *     when withheld
 * @param medianUsd the same in US dollars
 * @param withheld true when the disclosure control withholds the cell's own figures (they could be
 *     differenced against another published cell); the model's estimate is still given
 */
public record ComparableCell(
    String description,
    Map<String, String> criteria,
    int rows,
    double respondents,
    OptionalDouble median,
    OptionalDouble medianUsd,
    boolean withheld) {
  public ComparableCell {
    requireNonNull(description, "description is null");
    criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    requireNonNull(median, "median is null");
    requireNonNull(medianUsd, "medianUsd is null");
    if (withheld
        && (rows != 0 || respondents != 0 || median.isPresent() || medianUsd.isPresent())) {
      throw new IllegalArgumentException("a withheld cell carries no figures and no count");
    }
  }
}
