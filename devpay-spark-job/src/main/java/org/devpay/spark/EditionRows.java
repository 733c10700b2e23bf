package org.devpay.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.devpay.core.model.PayRecord;

/**
 * One edition's rows gathered in one task, in the order the store returns them, and without the
 * rows the store would have refused as duplicates: what core's per-edition analyses are handed.
 *
 * @param rows the edition's rows, in the store's order
 * @param duplicates per table (its index in the ingest order), the rows refused as duplicates
 */
record EditionRows(List<Row> rows, Map<Integer, Long> duplicates) implements Serializable {
  EditionRows {
    rows = new ArrayList<>(rows);
    duplicates = new TreeMap<>(duplicates);
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
   * Rows read from files: walked in ingest order (table, then row), a row is refused as the store's
   * {@code StoredRows.duplicate} refuses it (the same content already kept for the edition, or a
   * published respondent key already kept), then the kept rows are put in the store's reading
   * order: by table path and entry name, then row number.
   *
   * @param readingRank per table index, its rank by (path, entry name)
   */
  static EditionRows fromFiles(Iterable<Row> edition, int[] readingRank) {
    List<Row> rows = new ArrayList<>();
    edition.forEach(rows::add);
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
    kept.sort(
        Comparator.comparingInt((Row r) -> readingRank[r.<Integer>getAs("table_index")])
            .thenComparingLong(r -> r.<Long>getAs("row_number")));
    return new EditionRows(kept, duplicates);
  }

  /** Rows read from an export, already without duplicates: in content hash and row order. */
  static EditionRows fromExport(Iterable<Row> edition) {
    List<Row> rows = new ArrayList<>();
    edition.forEach(rows::add);
    rows.sort(
        Comparator.comparing((Row r) -> r.<String>getAs("content_sha256"))
            .thenComparingLong(r -> r.<Long>getAs("row_number")));
    return new EditionRows(rows, Map.of());
  }
}
