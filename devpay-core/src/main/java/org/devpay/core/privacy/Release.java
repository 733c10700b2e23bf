package org.devpay.core.privacy;

import java.util.List;
import org.devpay.core.model.PayRecord;

/**
 * The control's decision on one cell: published, with the rows its figures must be computed from
 * (the cell's rows, less the values of a multi-value group held by fewer than k rows), or withheld.
 * A withheld cell states nothing about itself, not even how many rows it has: {@link #rows()} is
 * empty and {@link #note()} is the same sentence whatever the reason.
 *
 * @param published whether figures over the cell may be published
 * @param rows the rows to compute from when published; empty when withheld
 * @param trimmed how many of the cell's rows were left out of a multi-value group (0 when withheld)
 */
public record Release(boolean published, List<PayRecord> rows, int trimmed) {
  /** What a withheld cell says, whatever the reason: nothing about its size. */
  public static final String WITHHELD =
      "withheld: fewer than k respondents, or its figures could be differenced against another"
          + " published figure to reveal fewer than k respondents";

  public Release {
    rows = List.copyOf(rows);
    if (!published && (!rows.isEmpty() || trimmed != 0)) {
      throw new IllegalArgumentException("a withheld cell carries no rows");
    }
  }

  static Release withheld() {
    return new Release(false, List.of(), 0);
  }

  /** The same sentence for every withheld cell. */
  public String note() {
    return published ? "" : WITHHELD;
  }
}
