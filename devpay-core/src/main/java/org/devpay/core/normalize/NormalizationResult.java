package org.devpay.core.normalize;

import static java.util.Objects.requireNonNull;

import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Rejection;

/** The outcome of normalizing one raw row: a record, or a rejection with its reason. */
public sealed interface NormalizationResult {
  /** The row became a normalized record. */
  record Accepted(PayRecord record) implements NormalizationResult {
    public Accepted {
      requireNonNull(record, "record is null");
    }
  }

  /** The row could not be normalized (no exchange rate, ...). */
  record Rejected(Rejection rejection) implements NormalizationResult {
    public Rejected {
      requireNonNull(rejection, "rejection is null");
    }
  }
}
