package org.devpay.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.sql.Row;
import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.NormalizedRow;
import org.devpay.sources.NormalizedRows;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import scala.Tuple2;

/**
 * What one Spark task does with one input table: detects its format and streams it through the same
 * adapter and normalizer as {@code devpay ingest} ({@link NormalizedRows}), keeping every record as
 * a row with the store's columns and counting every rejection, so rows read = accepted + rejected
 * per table as in the store.
 */
final class TableReads {
  private TableReads() {}

  /** A table to read, by its place on a file system every executor sees. */
  record Ref(int index, String path, String entryName, String compression) implements Serializable {
    SourceTable table() {
      return new SourceTable(
          Path.of(path), entryName, SourceTable.Compression.valueOf(compression));
    }

    static Ref of(int index, SourceTable table) {
      return new Ref(
          index,
          table.container().toAbsolutePath().normalize().toString(),
          table.entryName(),
          table.compression().name());
    }
  }

  /**
   * One table's outcome: its content hash, its format and dataset when recognised, the row balance,
   * and why it was skipped or failed.
   */
  record Outcome(
      Ref ref,
      String sha256,
      String formatId,
      String datasetId,
      long rowsRead,
      long rowsAccepted,
      long rowsRejected,
      String skipped,
      String failed)
      implements Serializable {
    boolean read() {
      return skipped.isEmpty() && failed.isEmpty();
    }
  }

  /** The content hash of a table, which identifies it as the store does ("" when unreadable). */
  static String sha256(Ref ref) {
    try {
      return ref.table().contentSha256();
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * One item of a table's stream: a record's row, or, at the table's end, its outcome (sent to
   * every edition the table gave rows to, so the task that gathers an edition knows the balance of
   * its tables; a table with no rows sends it to {@link #NO_EDITION}).
   */
  record Item(Row row, Outcome outcome) implements Serializable {}

  /** The key of the outcomes of tables that gave no record (skipped or failed). */
  static final String NO_EDITION = "";

  /** How many rows the reading thread may run ahead of the shuffle that writes them. */
  private static final int QUEUE = 4096;

  /**
   * Reads one table as a stream of (edition key, item): the adapter pushes rows on a thread of its
   * own into a bounded queue, so a table of any size passes through the task without being held in
   * memory. Never throws for a bad table: a failure is an outcome, and the tasks that gather the
   * table's editions drop its rows (the store rolls a failed table back).
   */
  static Iterator<Tuple2<String, Item>> stream(Ref ref, String sha256) {
    SourceTable table = ref.table();
    Detection detection;
    try {
      detection = detector().detect(table);
    } catch (RuntimeException e) {
      return single(new Outcome(ref, sha256, "", "", 0, 0, 0, "", describe(e)));
    }
    if (detection.adapter().isEmpty()) {
      return single(new Outcome(ref, sha256, "", "", 0, 0, 0, detection.skipReason(), ""));
    }
    SourceAdapter adapter = detection.adapter().get();
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    AtomicBoolean cancelled = new AtomicBoolean();
    long[] counts = new long[2];
    Thread reader =
        new Thread(
            () -> {
              Object end;
              try {
                NormalizedRows.of(detection.readable().orElseThrow(), adapter, normalizer())
                    .forEach(
                        (NormalizedRow row) -> {
                          if (row instanceof NormalizedRow.Accepted accepted) {
                            counts[0]++;
                            put(
                                queue,
                                cancelled,
                                new Tuple2<>(
                                    RecordRows.editionKey(
                                        accepted.record().datasetId(), accepted.record().edition()),
                                    new Item(
                                        RecordRows.withIngestOrder(
                                            ref.index(),
                                            accepted.rowSha256(),
                                            accepted.publishedKey(),
                                            RecordRows.toRow(
                                                sha256, accepted.rowNumber(), accepted.record())),
                                        null)));
                          } else {
                            counts[1]++;
                          }
                        });
                end = Boolean.TRUE;
              } catch (IOException | RuntimeException e) {
                end = e;
              } catch (InterruptedException e) {
                return;
              }
              try {
                put(queue, cancelled, new End(end));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "devpay-read-" + ref.index());
    reader.setDaemon(true);
    reader.start();
    return new Iterator<>() {
      private final Set<String> editions = new TreeSet<>();
      private final Deque<Tuple2<String, Item>> tail = new ArrayDeque<>();
      private Tuple2<String, Item> next;
      private boolean ended;

      @Override
      public boolean hasNext() {
        if (next != null) {
          return true;
        }
        if (!tail.isEmpty()) {
          next = tail.poll();
          return true;
        }
        if (ended) {
          return false;
        }
        Object taken;
        try {
          taken = queue.take();
        } catch (InterruptedException e) {
          cancelled.set(true);
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading " + ref.path(), e);
        }
        if (taken instanceof End end) {
          ended = true;
          Outcome outcome =
              end.value() instanceof Exception e
                  ? new Outcome(
                      ref,
                      sha256,
                      adapter.formatId(),
                      adapter.datasetId(),
                      0,
                      0,
                      0,
                      "",
                      describe(e))
                  : new Outcome(
                      ref,
                      sha256,
                      adapter.formatId(),
                      adapter.datasetId(),
                      counts[0] + counts[1],
                      counts[0],
                      counts[1],
                      "",
                      "");
          for (String edition : editions) {
            tail.add(new Tuple2<>(edition, new Item(null, outcome)));
          }
          if (editions.isEmpty() || !outcome.failed().isEmpty()) {
            tail.add(new Tuple2<>(NO_EDITION, new Item(null, outcome)));
          }
          return hasNext();
        }
        @SuppressWarnings("unchecked")
        Tuple2<String, Item> row = (Tuple2<String, Item>) taken;
        editions.add(row._1());
        next = row;
        return true;
      }

      @Override
      public Tuple2<String, Item> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Tuple2<String, Item> out = next;
        next = null;
        return out;
      }
    };
  }

  /** The end of a table's rows: TRUE, or the failure that ended them. */
  private record End(Object value) {}

  private static void put(BlockingQueue<Object> queue, AtomicBoolean cancelled, Object item)
      throws InterruptedException {
    while (!queue.offer(item, 1, TimeUnit.SECONDS)) {
      if (cancelled.get()) {
        throw new InterruptedException("the task reading the table ended");
      }
    }
  }

  private static Iterator<Tuple2<String, Item>> single(Outcome outcome) {
    return List.of(new Tuple2<>(NO_EDITION, new Item(null, outcome))).iterator();
  }

  private static String describe(Exception e) {
    return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
  }

  private static volatile Normalizer normalizer;

  /** A detector of its own per table: adapters are not promised to be shareable between threads. */
  private static FormatDetector detector() {
    return new FormatDetector(AdapterRegistry.standard());
  }

  /** One normalizer (its taxonomies and rates loaded once) per executor JVM. */
  private static Normalizer normalizer() {
    Normalizer local = normalizer;
    if (local == null) {
      synchronized (TableReads.class) {
        local = normalizer;
        if (local == null) {
          local = StandardNormalizer.fromResources();
          normalizer = local;
        }
      }
    }
    return local;
  }
}
