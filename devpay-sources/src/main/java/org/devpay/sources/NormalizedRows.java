package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.Rejection;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.Normalizer;

/**
 * The rows of one table streamed through its adapter and the normalizer: records with their unknown
 * labels and content digests, and rejections with their stage and reason, one {@link NormalizedRow}
 * per row read, in the adapter's order. It needs no store: ingest writes the rows to DuckDB, and a
 * Spark executor or a columnar loader can consume the same stream in batches.
 *
 * <p>Adapters push their rows, so this is a push stream: {@link #forEach} hands each row to a
 * handler as the adapter reads it, {@link #forEachBatch} hands them over in lists. The first
 * failure of the normalizer or of the handler stops the adapter and is what {@code forEach} throws
 * (the adapter's reaction to being stopped is not); an adapter's own failure is thrown otherwise.
 */
public final class NormalizedRows {
  private final ReadableTable table;
  private final SourceAdapter adapter;
  private final Normalizer normalizer;

  private NormalizedRows(ReadableTable table, SourceAdapter adapter, Normalizer normalizer) {
    this.table = requireNonNull(table, "table is null");
    this.adapter = requireNonNull(adapter, "adapter is null");
    this.normalizer = requireNonNull(normalizer, "normalizer is null");
  }

  /** The rows of a table that this adapter reads, normalized by this normalizer. */
  public static NormalizedRows of(
      ReadableTable table, SourceAdapter adapter, Normalizer normalizer) {
    return new NormalizedRows(table, adapter, normalizer);
  }

  /** The table read. */
  public ReadableTable table() {
    return table;
  }

  /** The adapter that reads it. */
  public SourceAdapter adapter() {
    return adapter;
  }

  /**
   * Receives normalized rows.
   *
   * @param <T> what it receives: one row, or a batch of rows
   * @param <E> the checked exception it may throw (such as a database's), which fails the stream
   */
  @FunctionalInterface
  public interface Handler<T, E extends Exception> {
    void accept(T rows) throws E;
  }

  /**
   * Reads the table, handing every row to the handler as it is read.
   *
   * @throws IOException when the adapter finds the table unreadable
   * @throws E the handler's failure, which stopped the adapter
   */
  public <E extends Exception> void forEach(Handler<? super NormalizedRow, E> handler)
      throws IOException, E {
    requireNonNull(handler, "handler is null");
    Feed<E> sink = new Feed<>(handler);
    Exception adapterFailure = null;
    try {
      adapter.read(table, sink);
    } catch (IOException | RuntimeException e) {
      adapterFailure = e;
    }
    // The sink's own failure is the root cause; the adapter then only saw the abort signal. An
    // adapter that swallowed the signal still fails the stream here.
    if (sink.failure != null) {
      throw sink.<E>rethrow();
    }
    if (adapterFailure instanceof IOException io) {
      throw io;
    }
    if (adapterFailure != null) {
      throw (RuntimeException) adapterFailure;
    }
  }

  /**
   * Reads the table, handing its rows over in lists of {@code batchSize} (the last may be shorter;
   * an empty table gives none), in order.
   *
   * @throws IOException when the adapter finds the table unreadable
   * @throws E the handler's failure, which stopped the adapter
   */
  public <E extends Exception> void forEachBatch(
      int batchSize, Handler<? super List<NormalizedRow>, E> handler) throws IOException, E {
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be positive: " + batchSize);
    }
    requireNonNull(handler, "handler is null");
    List<NormalizedRow> batch = new ArrayList<>(Math.min(batchSize, 1 << 16));
    forEach(
        (NormalizedRow row) -> {
          batch.add(row);
          if (batch.size() == batchSize) {
            handler.accept(List.copyOf(batch));
            batch.clear();
          }
        });
    if (!batch.isEmpty()) {
      handler.accept(List.copyOf(batch));
    }
  }

  /** Every row of the table, in order: for tables that fit in memory. */
  public List<NormalizedRow> toList() throws IOException {
    List<NormalizedRow> rows = new ArrayList<>();
    forEach((NormalizedRow row) -> rows.add(row));
    return rows;
  }

  /**
   * Receives the adapter's rows. After its first failure it records the cause and throws on every
   * call, so the adapter stops; the cause, not the adapter's reaction to it, is reported.
   */
  private final class Feed<E extends Exception> implements RowSink {
    private final Handler<? super NormalizedRow, E> handler;
    private Exception failure;

    Feed(Handler<? super NormalizedRow, E> handler) {
      this.handler = handler;
    }

    @Override
    public void accept(RawRecord raw) {
      accept(raw, null);
    }

    @Override
    public void accept(RawRecord raw, List<String> rawFields) {
      checkNotFailed();
      try {
        handler.accept(normalize(raw, rawFields));
      } catch (Exception e) {
        throw fail(e);
      }
    }

    @Override
    public void reject(Rejection rejection) {
      checkNotFailed();
      try {
        handler.accept(
            new NormalizedRow.Rejected(
                rejection.rowNumber(), NormalizedRow.Stage.ADAPTER, rejection));
      } catch (Exception e) {
        throw fail(e);
      }
    }

    private NormalizedRow normalize(RawRecord raw, List<String> rawFields) {
      NormalizationResult result = normalizer.normalize(raw);
      if (result instanceof NormalizationResult.Accepted accepted) {
        PayRecord record = accepted.record();
        if (!record.datasetId().equals(adapter.datasetId())) {
          throw new IllegalStateException(
              "row "
                  + raw.rowNumber()
                  + " was normalized to dataset "
                  + record.datasetId()
                  + " but the table belongs to "
                  + adapter.datasetId());
        }
        return new NormalizedRow.Accepted(
            raw.rowNumber(),
            record,
            accepted.unknownLabels(),
            raw.publishedKey(),
            rawFields == null ? RowDigest.of(raw) : RowDigest.of(rawFields),
            rawFields == null ? List.of() : rawFields);
      }
      if (result instanceof NormalizationResult.Rejected rejected) {
        // The adapter's row number identifies the row; the normalizer only explains it.
        return new NormalizedRow.Rejected(
            raw.rowNumber(), NormalizedRow.Stage.NORMALIZER, rejected.rejection());
      }
      throw new IllegalStateException("normalizer returned " + result);
    }

    private void checkNotFailed() {
      if (failure != null) {
        throw new Aborted(failure);
      }
    }

    private Aborted fail(Exception cause) {
      failure = cause;
      return new Aborted(cause);
    }

    /** The recorded failure, thrown as what it is: unchecked, or the handler's checked type. */
    @SuppressWarnings("unchecked")
    private <X extends Exception> X rethrow() {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      // Only the handler throws checked exceptions here, and only of its declared type.
      return (X) failure;
    }
  }

  /** Tells the adapter to stop reading: normalizing or handling a row failed. */
  private static final class Aborted extends RuntimeException {
    Aborted(Throwable cause) {
      // No stack trace: it is a signal; the cause carries the diagnosis.
      super("ingest aborted: " + cause, cause, false, false);
    }
  }
}
