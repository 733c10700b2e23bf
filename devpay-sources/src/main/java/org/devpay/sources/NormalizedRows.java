package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <p>{@link #pipelined} streams the same rows, in the same order and with the same failures, with
 * the work spread over threads: the adapter reads on a thread of its own, batches of its rows are
 * normalized and digested by worker threads, and the handler still receives every row, in the
 * adapter's order, on the thread that called {@code forEach}.
 */
public final class NormalizedRows {
  /** Rows per batch handed to a worker of {@link #pipelined} streams. */
  static final int PIPELINE_BATCH_ROWS = 512;

  private final ReadableTable table;
  private final SourceAdapter adapter;
  private final Normalizer normalizer;

  /** Worker threads that normalize batches; 0 for the plain stream on the caller's thread. */
  private final int workers;

  private NormalizedRows(
      ReadableTable table, SourceAdapter adapter, Normalizer normalizer, int workers) {
    this.table = requireNonNull(table, "table is null");
    this.adapter = requireNonNull(adapter, "adapter is null");
    this.normalizer = requireNonNull(normalizer, "normalizer is null");
    this.workers = workers;
  }

  /** The rows of a table that this adapter reads, normalized by this normalizer. */
  public static NormalizedRows of(
      ReadableTable table, SourceAdapter adapter, Normalizer normalizer) {
    return new NormalizedRows(table, adapter, normalizer, 0);
  }

  /**
   * The same rows, read on a thread of their own and normalized in batches by {@code workers}
   * threads (the normalizer is thread-safe by contract); the handler of {@link #forEach} and {@link
   * #forEachBatch} still runs on the calling thread, receives the rows in the adapter's order and
   * sees the same failures as in the plain stream.
   */
  public NormalizedRows pipelined(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("a pipeline needs at least one worker: " + workers);
    }
    return new NormalizedRows(table, adapter, normalizer, workers);
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
    if (workers > 0) {
      new Pipeline(workers).run(handler);
      return;
    }
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
        handler.accept(adapterRejection(rejection));
      } catch (Exception e) {
        throw fail(e);
      }
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

  private static NormalizedRow adapterRejection(Rejection rejection) {
    return new NormalizedRow.Rejected(
        rejection.rowNumber(), NormalizedRow.Stage.ADAPTER, rejection);
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

  /**
   * One pipelined stream (see {@link #pipelined}): a reader thread runs the adapter and cuts its
   * rows into batches, each normalized by a worker; the calling thread takes the batches in the
   * adapter's order and hands their rows to the handler. The first failure of the normalizer or of
   * the handler stops the reader at its next row, as in the plain stream, and is what {@code
   * forEach} throws; rows before it have been handed over, rows after it never are.
   */
  private final class Pipeline {
    private final int workers;

    /** Batches in the adapter's order, each being normalized or done; the end of the table last. */
    private final BlockingQueue<Future<Batch>> queue;

    /** The consumer's first failure: the reader stops at its next row. */
    private volatile Throwable stop;

    /** The reader's rows not yet handed to a worker. */
    private List<Item> pending = new ArrayList<>(PIPELINE_BATCH_ROWS);

    Pipeline(int workers) {
      this.workers = workers;
      this.queue = new ArrayBlockingQueue<>(workers + 2);
    }

    <E extends Exception> void run(Handler<? super NormalizedRow, E> handler)
        throws IOException, E {
      AtomicInteger threads = new AtomicInteger();
      ExecutorService pool =
          Executors.newFixedThreadPool(
              workers,
              task -> {
                Thread thread = new Thread(task, "devpay-normalize-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      Thread reader = new Thread(() -> read(pool), "devpay-read");
      reader.setDaemon(true);
      Throwable failure = null;
      Throwable adapterFailure = null;
      try {
        reader.start();
        while (true) {
          Batch batch = next(reader).get();
          if (batch.end()) {
            adapterFailure = batch.failure();
            break;
          }
          for (NormalizedRow row : batch.rows()) {
            handler.accept(row);
          }
          if (batch.failure() != null) {
            failure = batch.failure();
            break;
          }
        }
      } catch (ExecutionException e) {
        failure = e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = new IllegalStateException("interrupted while reading " + table.table(), e);
      } catch (Exception | Error e) {
        failure = e;
      } finally {
        if (failure != null) {
          stop = failure;
        }
        awaitReader(reader);
        pool.shutdownNow();
      }
      if (failure != null) {
        throw Pipeline.<E>rethrow(failure);
      }
      if (adapterFailure instanceof IOException io) {
        throw io;
      }
      if (adapterFailure != null) {
        throw Pipeline.<RuntimeException>rethrow(adapterFailure);
      }
    }

    /**
     * The next batch; fails instead of waiting for ever when the reader thread has died without
     * queueing the end of the table (an error thrown while it queued it).
     */
    private Future<Batch> next(Thread reader) throws InterruptedException {
      while (true) {
        Future<Batch> next = queue.poll(100, TimeUnit.MILLISECONDS);
        if (next != null) {
          return next;
        }
        if (!reader.isAlive()) {
          next = queue.poll();
          if (next != null) {
            return next;
          }
          throw new IllegalStateException(
              "the reader of " + table.table() + " stopped without ending the table");
        }
      }
    }

    /** Lets a stopped reader end: empties the queue until the reader thread has finished. */
    private void awaitReader(Thread reader) {
      boolean interrupted = false;
      while (reader.isAlive()) {
        if (stop != null) {
          Future<Batch> batch;
          while ((batch = queue.poll()) != null) {
            batch.cancel(false);
          }
        }
        try {
          reader.join(10);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    /** The reader thread: the adapter's rows into batches, then the end of the table. */
    private void read(ExecutorService pool) {
      Throwable adapterFailure = null;
      try {
        adapter.read(
            table,
            new RowSink() {
              @Override
              public void accept(RawRecord raw) {
                accept(raw, null);
              }

              @Override
              public void accept(RawRecord raw, List<String> rawFields) {
                add(new Item(raw, rawFields, null), pool);
              }

              @Override
              public void reject(Rejection rejection) {
                add(new Item(null, null, rejection), pool);
              }
            });
      } catch (Throwable e) {
        adapterFailure = e;
      }
      try {
        if (stop == null && !pending.isEmpty()) {
          submit(pool);
        }
        queue.put(CompletableFuture.completedFuture(new Batch(List.of(), adapterFailure, true)));
      } catch (InterruptedException e) {
        // Nothing interrupts the reader; should something do so, the consumer is not waiting.
        Thread.currentThread().interrupt();
      }
    }

    private void add(Item item, ExecutorService pool) {
      Throwable stopped = stop;
      if (stopped != null) {
        throw new Aborted(stopped);
      }
      pending.add(item);
      if (pending.size() == PIPELINE_BATCH_ROWS) {
        try {
          submit(pool);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new Aborted(e);
        }
      }
    }

    private void submit(ExecutorService pool) throws InterruptedException {
      List<Item> items = pending;
      pending = new ArrayList<>(PIPELINE_BATCH_ROWS);
      queue.put(pool.submit(() -> normalizeAll(items)));
    }

    /** A batch's rows in order; a normalizer failure ends the batch at the row that failed. */
    private Batch normalizeAll(List<Item> items) {
      List<NormalizedRow> rows = new ArrayList<>(items.size());
      for (Item item : items) {
        if (stop != null) {
          break;
        }
        try {
          rows.add(
              item.rejection() != null
                  ? adapterRejection(item.rejection())
                  : normalize(item.raw(), item.rawFields()));
        } catch (RuntimeException e) {
          return new Batch(rows, e, false);
        }
      }
      return new Batch(rows, null, false);
    }

    /** A failure thrown as what it is: unchecked, an error, or the handler's checked type. */
    @SuppressWarnings("unchecked")
    private static <X extends Exception> X rethrow(Throwable failure) throws X {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      // Only the handler throws checked exceptions here, and only of its declared type.
      throw (X) failure;
    }
  }

  /** A row as the adapter delivered it: a raw record with its fields, or a rejection. */
  private record Item(RawRecord raw, List<String> rawFields, Rejection rejection) {}

  /**
   * Normalized rows of one batch; {@code failure} is the normalizer's failure at the row after
   * them, or the adapter's failure on the end of the table ({@code end}).
   */
  private record Batch(List<NormalizedRow> rows, Throwable failure, boolean end) {}

  /** Tells the adapter to stop reading: normalizing or handling a row failed. */
  private static final class Aborted extends RuntimeException {
    Aborted(Throwable cause) {
      // No stack trace: it is a signal; the cause carries the diagnosis.
      super("ingest aborted: " + cause, cause, false, false);
    }
  }
}
