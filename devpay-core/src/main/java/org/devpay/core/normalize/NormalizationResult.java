package org.devpay.core.normalize;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Rejection;

/** The outcome of normalizing one raw row: a record, or a rejection with its reason. */
public sealed interface NormalizationResult {
  /**
   * The row became a normalized record.
   *
   * @param record the record
   * @param unknownLabels the row's role, seniority and employment labels that no taxonomy rule
   *     knows (each at most once), in that order
   */
  record Accepted(PayRecord record, List<UnknownLabel> unknownLabels)
      implements NormalizationResult {
    public Accepted {
      requireNonNull(record, "record is null");
      unknownLabels = List.copyOf(unknownLabels);
    }

    /** A record whose labels every taxonomy knows (or that has none). */
    public Accepted(PayRecord record) {
      this(record, List.of());
    }
  }

  /** The row could not be normalized (no exchange rate, ...). */
  record Rejected(Rejection rejection) implements NormalizationResult {
    public Rejected {
      requireNonNull(rejection, "rejection is null");
    }
  }
}
