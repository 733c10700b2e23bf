package org.devpay.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Row;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.data.EditionColumns;
import org.devpay.core.data.EditionKey;
import scala.Tuple2;

/**
 * The answer's editions streamed through one task each instead of gathered into one: the shuffle
 * sorts every edition's items into the store's order (a table's outcome, then its rows by row
 * number; an export's rows by content hash and row number), and the task walks them once, refusing
 * what the store would refuse ({@link StoreRefusals}) and keeping only the edition's columns
 * ({@link EditionColumns}, about 100 bytes a row) for core's columnar answer. A gathered edition
 * holds every row as a Spark row and as a record, some 3 to 5 KB each: ten million rows of one
 * edition would need 30 to 50 GB of one executor's heap.
 *
 * <p>The store reads an edition's rows by table path and entry name, but refuses duplicates in
 * ingest order (the order the tables were found). The stream walks one order only, so it is used
 * when the two agree ({@link #streamable}): always for an export, and for files and archives (both
 * listed in name order) unless a workbook's sheets are not in name order; otherwise the answer
 * gathers its editions.
 */
final class StreamedEditions {
  private StreamedEditions() {}

  /**
   * Where an item goes in the sorted shuffle: its edition, then the store's order.
   *
   * @param table the table's index in ingest order (0 for an export's rows)
   * @param contentSha256 the export's table hash ("" for rows read from files)
   * @param row the row number; -1 for a table's outcome, which so comes before its rows
   */
  record Key(String edition, int table, String contentSha256, long row) implements Serializable {}

  /** The key of a files' item: a table's outcome sorts before the table's rows. */
  static Key ofFiles(String edition, TableReads.Item item) {
    if (item.row() == null) {
      return new Key(edition, item.outcome().ref().index(), "", -1);
    }
    Row row = item.row();
    return new Key(edition, row.<Integer>getAs("table_index"), "", row.<Long>getAs("row_number"));
  }

  /** The key of an export's row. */
  static Key ofExport(String edition, TableReads.Item item) {
    Row row = item.row();
    return new Key(edition, 0, row.getAs("content_sha256"), row.<Long>getAs("row_number"));
  }

  /** Whether the store's reading order of the tables is their ingest order (see the class). */
  static boolean streamable(int[] readingRank) {
    for (int i = 0; i < readingRank.length; i++) {
      if (readingRank[i] != i) {
        return false;
      }
    }
    return true;
  }

  /** The items of each edition in one partition, sorted into the store's order. */
  static JavaPairRDD<Key, TableReads.Item> sorted(
      JavaPairRDD<Key, TableReads.Item> items, int partitions) {
    return items.repartitionAndSortWithinPartitions(new ByEdition(partitions), new Order());
  }

  /**
   * The answer of every edition of one sorted partition, in the partition's order.
   *
   * @param exported for an export: its citations; null for files
   */
  static Iterator<Tuple2<String, SparkJob.EditionResult>> answer(
      Iterator<Tuple2<Key, TableReads.Item>> sorted, Citations exported, JobSettings job) {
    List<Tuple2<String, SparkJob.EditionResult>> out = new ArrayList<>();
    Edition current = null;
    while (sorted.hasNext()) {
      Tuple2<Key, TableReads.Item> item = sorted.next();
      String edition = item._1().edition();
      if (current == null || !current.name.equals(edition)) {
        if (current != null) {
          out.add(current.finish());
        }
        current = new Edition(edition, exported, job);
      }
      current.accept(item._2());
    }
    if (current != null) {
      out.add(current.finish());
    }
    return out.iterator();
  }

  /** One edition's walk: its columns so far and what the store refused. */
  private static final class Edition {
    private final String name;
    private final Citations exported;
    private final JobSettings job;
    private StoreRefusals refusals = new StoreRefusals();

    /** The columns, from the edition's first row on (null before it, and for no edition). */
    private EditionColumns.Builder columns;

    Edition(String name, Citations exported, JobSettings job) {
      this.name = name;
      this.exported = exported;
      this.job = job;
    }

    void accept(TableReads.Item item) {
      if (item.row() == null) {
        TableReads.Outcome outcome = item.outcome();
        refusals.outcome(outcome);
        // A table's rows follow its outcome: make room for them at once (see reserve).
        if (columns != null && outcome.failed().isEmpty()) {
          columns.reserve(StoreRefusals.accepted(outcome));
        }
        return;
      }
      if (columns == null) {
        columns = EditionColumns.builder(SparkJob.key(name), refusals.accepted());
      }
      if (exported != null || refusals.keep(item.row())) {
        columns.add(RecordRows.toRecord(item.row()));
      }
    }

    Tuple2<String, SparkJob.EditionResult> finish() {
      if (columns == null) {
        return new Tuple2<>(name, SparkJob.EditionResult.ofUnused(refusals.outcomes()));
      }
      EditionColumns built = columns.build();
      columns = null;
      List<Citations.File> cited = refusals.cited();
      // The row digests are no longer needed: leave their room to the answer.
      refusals = null;
      if (built.size() == 0) {
        // Every table of the edition failed: the store would hold no such edition.
        return new Tuple2<>(name, SparkJob.EditionResult.EMPTY);
      }
      EditionKey key = built.key();
      try {
        return new Tuple2<>(
            name,
            SparkJob.EditionResult.answered(
                new RolePayAnswer(job.settings()).answer(built),
                exported != null ? exported.of(key) : Citations.ofTables(key, cited),
                job.settings()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Sends every item of an edition to one partition. */
  static final class ByEdition extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    ByEdition(int partitions) {
      this.partitions = Math.max(1, partitions);
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      return Math.floorMod(((Key) key).edition().hashCode(), partitions);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ByEdition b && b.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }

  /** The store's order: edition, table, content hash, row (a table's outcome first). */
  static final class Order implements Comparator<Key>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::edition)
            .thenComparingInt(Key::table)
            .thenComparing(Key::contentSha256)
            .thenComparingLong(Key::row);

    @Override
    public int compare(Key a, Key b) {
      return ORDER.compare(a, b);
    }
  }
}
