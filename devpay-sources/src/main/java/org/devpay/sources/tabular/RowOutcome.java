package org.devpay.sources.tabular;

import static java.util.Objects.requireNonNull;

import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;

/**
 * What a row mapper decided for one row. Returning a value, instead of calling the sink, is what
 * guarantees that every row ends in exactly one accept or reject: {@link CsvTableReader} makes the
 * one call.
 */
public sealed interface RowOutcome permits RowOutcome.Accepted, RowOutcome.Rejected {

  /** The row becomes this record. */
  static RowOutcome accepted(RawRecord record) {
    return new Accepted(record);
  }

  /** The row is rejected; the reader adds the row number and the raw fields. */
  static RowOutcome rejected(RejectReason reason, String detail) {
    return new Rejected(reason, detail);
  }

  /**
   * An accepted row.
   *
   * @param record the record built from the row
   */
  record Accepted(RawRecord record) implements RowOutcome {
    public Accepted {
      requireNonNull(record, "record is null");
    }
  }

  /**
   * A rejected row.
   *
   * @param reason why
   * @param detail specifics, quoting the offending value
   */
  record Rejected(RejectReason reason, String detail) implements RowOutcome {
    public Rejected {
      requireNonNull(reason, "reason is null");
      requireNonNull(detail, "detail is null");
    }
  }
}
