package org.devpay.sources.inspect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.csv.Amounts;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.mapping.HandTypedNumber;
import org.devpay.sources.table.TableRecords;

/**
 * Reads a whole table once and profiles each column (type, blanks, samples, value counts, median of
 * the numbers), for {@code devpay inspect}. Memory is bounded per column: at most {@value
 * #MAX_DISTINCT} distinct values are counted, and numbers are kept to compute their median.
 */
public final class TableProfiler {
  /** How many distinct values of a column are counted. */
  public static final int MAX_DISTINCT = 5_000;

  /** How many sample values a column shows. */
  static final int SAMPLES = 3;

  /** The share of answers of one kind that makes a column's type. */
  static final double TYPE_SHARE = 0.9;

  /** A time of day after a date: 13:05, 1:05:09 PM, with an optional zone (Z, +02:00, GMT+2). */
  private static final String TIME =
      "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?: ?[AaPp][Mm])?"
          + "(?: ?(?:Z|[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)(?:[+-]\\d{1,4})?))?)?";

  private static final Pattern DATE =
      Pattern.compile(
          "(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{4}/\\d{1,2}/\\d{1,2})"
              + TIME);

  private TableProfiler() {}

  /**
   * Profiles every column of a table.
   *
   * @param sheets the workbook's sheet names when the table is a sheet (reported as they are)
   * @throws IOException when the table cannot be read
   */
  public static TableProfile profile(ReadableTable table, List<String> sheets) throws IOException {
    try (TableRecords records = table.openRecords()) {
      java.util.Optional<List<String>> first = records.next();
      if (first.isEmpty()) {
        throw new IOException(table.table().displayName() + ": empty table, no header row");
      }
      List<String> header = first.get().stream().map(CsvHeader::normalizeName).toList();
      Column[] columns = new Column[header.size()];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = new Column();
      }
      long rows = 0;
      for (java.util.Optional<List<String>> record = records.next();
          record.isPresent();
          record = records.next()) {
        rows++;
        List<String> fields = record.get();
        for (int i = 0; i < columns.length; i++) {
          columns[i].add(i < fields.size() ? fields.get(i) : "");
        }
      }
      List<ColumnProfile> profiles = new ArrayList<>();
      for (int i = 0; i < columns.length; i++) {
        profiles.add(columns[i].profile(i, header.get(i), rows));
      }
      return new TableProfile(table, header, rows, profiles, sheets);
    }
  }

  /** Whether a text is a date or timestamp in a common written form. */
  static boolean isDate(String text) {
    return DATE.matcher(text.strip()).matches();
  }

  /** The running tallies of one column. */
  private static final class Column {
    private long blanks;
    private long numbers;
    private long dates;
    private final Set<String> samples = new LinkedHashSet<>();
    private final Map<String, Long> counts = new HashMap<>();
    private boolean capped;
    private double[] values = new double[64];
    private int valueCount;

    void add(String raw) {
      String text = raw.strip();
      if (Amounts.isMissing(text)) {
        blanks++;
        return;
      }
      if (samples.size() < SAMPLES) {
        samples.add(text);
      }
      Long count = counts.get(text);
      if (count != null) {
        counts.put(text, count + 1);
      } else if (counts.size() < MAX_DISTINCT) {
        counts.put(text, 1L);
      } else {
        capped = true;
      }
      OptionalDouble number = HandTypedNumber.read(text);
      if (number.isPresent()) {
        numbers++;
        if (valueCount == values.length) {
          values = Arrays.copyOf(values, values.length * 2);
        }
        values[valueCount++] = number.getAsDouble();
      } else if (isDate(text)) {
        dates++;
      }
    }

    ColumnProfile profile(int position, String name, long rows) {
      long answered = rows - blanks;
      ColumnType type;
      if (answered == 0) {
        type = ColumnType.EMPTY;
      } else if (numbers >= TYPE_SHARE * answered) {
        type = ColumnType.NUMBER;
      } else if (dates >= TYPE_SHARE * answered) {
        type = ColumnType.DATE;
      } else {
        type = ColumnType.TEXT;
      }
      Map<String, Long> sorted = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      return new ColumnProfile(
          position,
          name,
          type,
          rows,
          blanks,
          numbers,
          dates,
          List.copyOf(samples),
          sorted,
          capped,
          median());
    }

    private OptionalDouble median() {
      if (valueCount == 0) {
        return OptionalDouble.empty();
      }
      double[] sorted = Arrays.copyOf(values, valueCount);
      Arrays.sort(sorted);
      int middle = valueCount / 2;
      return OptionalDouble.of(
          valueCount % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }
  }
}
