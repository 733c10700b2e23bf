package org.devpay.store;

import java.util.Locale;

/** Where a stored rejected row was rejected: the values of rejected_row's stage column. */
public enum RejectionStage {
  /** The adapter could not read the row. */
  ADAPTER,
  /** The normalizer could not turn the row into a record. */
  NORMALIZER,
  /** The store itself: a duplicate of a row the edition already holds. */
  STORE;

  /** The stored id: "adapter", "normalizer" or "store". */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
