package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import org.devpay.core.model.RejectReason;

/**
 * Signals that one row cannot be accepted, so that an adapter's row mapping reads straight through
 * and {@link CsvTableReader} turns the signal into exactly one {@link
 * org.devpay.sources.RowSink#reject} call.
 *
 * <p>It is checked, so a mapper cannot forget that a field may reject its row, and it carries no
 * stack trace, because it is an expected outcome rather than a bug.
 */
public final class RowRejectedException extends Exception {
  private final RejectReason reason;
  private final String detail;

  public RowRejectedException(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = requireNonNull(reason, "reason is null");
    this.detail = requireNonNull(detail, "detail is null");
  }

  public RejectReason reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }
}
