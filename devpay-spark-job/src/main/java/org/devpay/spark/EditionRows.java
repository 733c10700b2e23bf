package org.devpay.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.devpay.core.model.PayRecord;

/**
 * One edition's rows gathered in one task, in the order the store returns them, and without the
 * rows the store would have refused (duplicates) or rolled back (a table that failed): what core's
 * per-edition analyses are handed, with the balance of the tables they came from.
 *
 * @param rows the edition's rows, in the store's order
 * @param cited the tables holding the rows, as the store cites them (empty for an export, whose
 *     citations the driver builds)
 */
record EditionRows(List<Row> rows, List<Citations.File> cited) {
  EditionRows {
    rows = List.copyOf(rows);
    cited = List.copyOf(cited);
  }

  /** The rows as core's records. */
  List<PayRecord> records() {
    List<PayRecord> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      out.add(RecordRows.toRecord(row));
    }
    return out;
  }

  /**
   * Rows read from files, with their tables' outcomes: rows of a failed table are dropped; walked
   * in ingest order (table, then row), a row is refused as the store's {@code StoredRows.duplicate}
   * refuses it (the same content already kept for the edition, or a published respondent key
   * already kept); the kept rows are put in the store's reading order (table path and entry name,
   * then row number).
   *
   * @param readingRank per table index, its rank by (path, entry name)
   */
  static EditionRows fromFiles(Iterable<TableReads.Item> items, int[] readingRank) {
    List<Row> rows = new ArrayList<>();
    Map<Integer, TableReads.Outcome> outcomes = new TreeMap<>();
    for (TableReads.Item item : items) {
      if (item.row() != null) {
        rows.add(item.row());
      } else {
        outcomes.put(item.outcome().ref().index(), item.outcome());
      }
    }
    rows.removeIf(
        r -> {
          TableReads.Outcome outcome = outcomes.get(r.<Integer>getAs("table_index"));
          return outcome == null || !outcome.failed().isEmpty();
        });
    rows.sort(
        Comparator.comparingInt((Row r) -> r.<Integer>getAs("table_index"))
            .thenComparingLong(r -> r.<Long>getAs("row_number")));
    Set<String> contents = new HashSet<>();
    Set<String> respondents = new HashSet<>();
    Map<Integer, Long> duplicates = new TreeMap<>();
    List<Row> kept = new ArrayList<>(rows.size());
    for (Row row : rows) {
      String content = row.getAs("row_sha256");
      boolean published = row.getAs("published_key");
      String respondent = row.getAs("respondent_key");
      if (contents.contains(content) || (published && respondents.contains(respondent))) {
        duplicates.merge(row.<Integer>getAs("table_index"), 1L, Long::sum);
        continue;
      }
      contents.add(content);
      if (published) {
        respondents.add(respondent);
      }
      kept.add(row);
    }
    rows.clear();
    kept.sort(
        Comparator.comparingInt((Row r) -> readingRank[r.<Integer>getAs("table_index")])
            .thenComparingLong(r -> r.<Long>getAs("row_number")));
    Set<Integer> tables = new TreeSet<>();
    for (Row row : kept) {
      tables.add(row.<Integer>getAs("table_index"));
    }
    List<Citations.File> cited = new ArrayList<>();
    for (int index : tables) {
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
    return new EditionRows(kept, cited);
  }

  /** Rows read from an export, already without duplicates: in content hash and row order. */
  static EditionRows fromExport(Iterable<TableReads.Item> items) {
    List<Row> rows = new ArrayList<>();
    for (TableReads.Item item : items) {
      rows.add(item.row());
    }
    rows.sort(
        Comparator.comparing((Row r) -> r.<String>getAs("content_sha256"))
            .thenComparingLong(r -> r.<Long>getAs("row_number")));
    return new EditionRows(rows, List.of());
  }
}
