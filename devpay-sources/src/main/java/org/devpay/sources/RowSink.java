package org.devpay.sources;

import org.devpay.core.model.RawRecord;
import org.devpay.core.model.Rejection;

/**
 * Receives an adapter's rows as they stream. Every data row the adapter reads ends in exactly one
 * call: {@link #accept} or {@link #reject}, so rows read = accepted + rejected.
 */
public interface RowSink {
  void accept(RawRecord record);

  void reject(Rejection rejection);
}
