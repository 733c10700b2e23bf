package org.devpay.spark;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.devpay.core.data.DigestSet;
import org.devpay.sources.Sha256;

/**
 * What a new store keeps of one edition's rows read from files, decided row by row in ingest order
 * (table, then row): rows of a failed table are dropped (the store rolls the table back), and a row
 * is refused as {@code StoredRows.duplicate} refuses it (the same content already kept for the
 * edition, or a published respondent key already kept). Shared by the gathered edition ({@link
 * EditionRows}) and the streamed one ({@link StreamedEditions}), so both keep the same rows.
 *
 * <p>The store holds the kept respondent keys as strings; here each is held as the first 128 bits
 * of its SHA-256 (some 21 to 43 bytes a key, where ten million keys as strings took over a gigabyte
 * of an executor's heap), as the row digests already are: two different keys share them with a
 * probability of about n²/2¹²⁹. Both sets are sized from the tables' accepted rows as their
 * outcomes come, rather than doubled as rows come.
 */
final class StoreRefusals {
  private final Map<Integer, TableReads.Outcome> outcomes = new TreeMap<>();
  private final DigestSet contents = new DigestSet();
  private final DigestSet respondents = new DigestSet();
  private final MessageDigest sha256 = Sha256.newDigest();
  private final Map<Integer, Long> duplicates = new TreeMap<>();
  private final Set<Integer> kept = new TreeSet<>();

  /** The last table a published respondent key came from (its keys' room is made once). */
  private int publishing = -1;

  /** Records a table's outcome; a table's rows are kept only once its outcome is known. */
  void outcome(TableReads.Outcome outcome) {
    outcomes.put(outcome.ref().index(), outcome);
    if (outcome.failed().isEmpty()) {
      contents.reserve(accepted(outcome));
    }
  }

  /**
   * Whether the store keeps this row, given the rows kept before it in ingest order; a kept row is
   * remembered for the rows after it.
   */
  boolean keep(Row row) {
    int table = row.<Integer>getAs("table_index");
    TableReads.Outcome outcome = outcomes.get(table);
    if (outcome == null || !outcome.failed().isEmpty()) {
      return false;
    }
    String content = row.getAs("row_sha256");
    boolean published = row.getAs("published_key");
    String respondent = row.getAs("respondent_key");
    long high = 0;
    long low = 0;
    if (published) {
      if (table != publishing) {
        // Only tables whose keys are published hold respondents: their room is made at the first.
        publishing = table;
        respondents.reserve(accepted(outcome));
      }
      ByteBuffer digest =
          ByteBuffer.wrap(sha256.digest(respondent.getBytes(StandardCharsets.UTF_8)));
      high = digest.getLong(0);
      low = digest.getLong(8);
    }
    if (contents.contains(content) || (published && respondents.contains(high, low))) {
      duplicates.merge(table, 1L, Long::sum);
      return false;
    }
    contents.add(content);
    if (published) {
      respondents.add(high, low);
    }
    kept.add(table);
    return true;
  }

  /** The outcomes recorded, in ingest order. */
  List<TableReads.Outcome> outcomes() {
    return List.copyOf(outcomes.values());
  }

  /** The rows accepted by the tables recorded that did not fail: room to make for them. */
  int accepted() {
    long sum = 0;
    for (TableReads.Outcome outcome : outcomes.values()) {
      if (outcome.failed().isEmpty()) {
        sum += outcome.rowsAccepted();
      }
    }
    return clamped(sum);
  }

  /** A table's accepted rows, as room to make for them. */
  static int accepted(TableReads.Outcome outcome) {
    return clamped(outcome.rowsAccepted());
  }

  private static int clamped(long rows) {
    return (int) Math.min(rows, Integer.MAX_VALUE / 2);
  }

  /**
   * The tables holding kept rows, as the store cites them (sorted by path, entry name and hash),
   * the rows refused as duplicates counted as rejected.
   */
  List<Citations.File> cited() {
    List<Citations.File> cited = new ArrayList<>();
    for (int index : kept) {
      TableReads.Outcome o = outcomes.get(index);
      long refused = duplicates.getOrDefault(index, 0L);
      cited.add(
          new Citations.File(
              o.ref().path(),
              o.ref().entryName(),
              o.sha256(),
              o.formatId(),
              o.rowsRead(),
              o.rowsAccepted() - refused,
              o.rowsRejected() + refused));
    }
    cited.sort(
        Comparator.comparing(Citations.File::path)
            .thenComparing(Citations.File::entryName)
            .thenComparing(Citations.File::sha256));
    return cited;
  }
}
