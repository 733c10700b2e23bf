package org.devpay.sources;

import java.util.List;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.Rejection;

/**
 * Receives an adapter's rows as they stream. Every data row the adapter reads ends in exactly one
 * call: {@link #accept} or {@link #reject}, so rows read = accepted + rejected.
 */
public interface RowSink {
  void accept(RawRecord record);

  /**
   * Accepts a record together with its row's fields exactly as read (every column, before any
   * mapping), which identify the row's full content: the store rejects a row whose content or
   * respondent is already stored for the edition. Readers that have the raw row call this; sinks
   * that do not need it keep the default, which drops the fields.
   */
  default void accept(RawRecord record, List<String> rawFields) {
    accept(record);
  }

  void reject(Rejection rejection);
}
