package org.devpay.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    StoreRefusals refusals = new StoreRefusals();
    for (TableReads.Item item : items) {
      if (item.row() != null) {
        rows.add(item.row());
      } else {
        refusals.outcome(item.outcome());
      }
    }
    rows.sort(
        Comparator.comparingInt((Row r) -> r.<Integer>getAs("table_index"))
            .thenComparingLong(r -> r.<Long>getAs("row_number")));
    List<Row> kept = new ArrayList<>(rows.size());
    for (Row row : rows) {
      if (refusals.keep(row)) {
        kept.add(row);
      }
    }
    rows.clear();
    kept.sort(
        Comparator.comparingInt((Row r) -> readingRank[r.<Integer>getAs("table_index")])
            .thenComparingLong(r -> r.<Long>getAs("row_number")));
    return new EditionRows(kept, refusals.cited());
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
