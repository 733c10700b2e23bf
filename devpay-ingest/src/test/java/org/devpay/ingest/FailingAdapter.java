package org.devpay.ingest;

import java.io.IOException;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.Rejection;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.RowSink;

/**
 * The tiny CSV adapter, except that it throws after passing a number of rows to the sink, as a real
 * adapter does when its file turns out to be unreadable halfway: for the atomicity tests.
 */
final class FailingAdapter extends TinyCsvAdapter {
  private final long failAfterRows;
  private final boolean throwIoException;

  /**
   * @param throwIoException true for an IOException (an unreadable file), false for an
   *     IllegalStateException (an adapter bug)
   */
  FailingAdapter(long failAfterRows, boolean throwIoException) {
    this.failAfterRows = failAfterRows;
    this.throwIoException = throwIoException;
  }

  @Override
  public void read(ReadableTable table, RowSink sink) throws IOException {
    try {
      super.read(table, new CountingSink(sink));
    } catch (Stop stop) {
      if (throwIoException) {
        throw new IOException("simulated read error after " + failAfterRows + " rows");
      }
      throw new IllegalStateException("simulated adapter bug after " + failAfterRows + " rows");
    }
  }

  /** Thrown through the tiny CSV reader to stop it once enough rows have passed. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private final class CountingSink implements RowSink {
    private final RowSink sink;
    private long rows;

    CountingSink(RowSink sink) {
      this.sink = sink;
    }

    @Override
    public void accept(RawRecord record) {
      sink.accept(record);
      count();
    }

    @Override
    public void reject(Rejection rejection) {
      sink.reject(rejection);
      count();
    }

    private void count() {
      if (++rows >= failAfterRows) {
        throw new Stop();
      }
    }
  }
}
