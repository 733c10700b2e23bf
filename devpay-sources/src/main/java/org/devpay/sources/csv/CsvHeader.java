package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.devpay.core.taxonomy.Memo;
import org.devpay.sources.TableHeader;

/**
 * The column names of one CSV header, so that an adapter finds its columns by name rather than by
 * position, survives reordered columns, and fails loudly, naming the column, when its format
 * changed.
 *
 * <p>Names are compared after {@link #normalizeName}: surrounding whitespace removed (the EU 2020
 * survey's {@code "Position "}) and every run of whitespace made one space (DOU's salary question
 * has a line break inside its quoted name, written with whatever line ending the file has). No
 * other folding is done: look-alike letters such as the Cyrillic "С" in the EU survey's {@code
 * "Сontract duration"} are part of the published name, and case is kept.
 *
 * <p>Families of files whose waves spell a column differently (R's dotted {@code
 * "Зарплата.в.месяц"}, another case, other spacing) find it by {@link #findLoose}, which compares
 * {@link #looseKey}s. A header that spans two rows (Stack Overflow 2011-2015) keeps its further
 * rows in {@link #rows()}.
 */
public final class CsvHeader {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Pattern LOOSE_SEPARATORS = Pattern.compile("[\\s._]+");

  /**
   * Loose keys already made. Detection compares every known name of every family (each Stack
   * Overflow year's official columns, some 1,500 names) with every table's header, so the same
   * names were keyed again for each table: in an ingest of the shared data, a quarter of the main
   * thread's Java samples were these regular expressions. Keyed once, that ingest took 12.5-14.7 s
   * against 14.7-15.4 s (alternating, docs/benchmarks.md).
   */
  private static final Memo<String, String> LOOSE_KEYS =
      new Memo<>(Memo.DEFAULT_CAPACITY, CsvHeader::makeLooseKey);

  private final String tableName;
  private final List<String> names;
  private final List<String> looseKeys;
  private final List<List<String>> rows;

  private CsvHeader(String tableName, List<List<String>> rows) {
    this.tableName = requireNonNull(tableName, "tableName is null");
    this.rows = rows.stream().map(List::copyOf).toList();
    this.names = this.rows.get(0).stream().map(CsvHeader::normalizeName).toList();
    this.looseKeys = names.stream().map(CsvHeader::looseKey).toList();
  }

  /** The header of a table as read; {@code tableName} is used in error messages only. */
  public static CsvHeader of(String tableName, List<String> columns) {
    return new CsvHeader(tableName, List.of(columns));
  }

  /**
   * A header of several rows as read (the first holds the column names); {@code tableName} is used
   * in error messages only.
   */
  public static CsvHeader ofRows(String tableName, List<List<String>> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a header has at least one row");
    }
    return new CsvHeader(tableName, rows);
  }

  /**
   * The header format detection read (its first row, and the records after it in {@link #rows()}),
   * so that an adapter recognises a file exactly when it can find its columns.
   */
  public static CsvHeader of(TableHeader header) {
    return new CsvHeader(header.fileName(), header.rows());
  }

  /** The name of the table, for messages. */
  public String tableName() {
    return tableName;
  }

  /**
   * The header's records as read: the first is the row of column names; detection also shows the
   * records after it, and a reader built on a multi-row header shows all its header rows.
   */
  public List<List<String>> rows() {
    return rows;
  }

  /**
   * A name in the form {@link #findLoose} compares: {@link #normalizeName normalised}, lower case,
   * and every run of whitespace, dots and underscores made one space, so that R's {@code
   * "Зарплата.в.месяц"} and {@code "зарплата в месяц "} have the same key.
   */
  public static String looseKey(String name) {
    return LOOSE_KEYS.get(name, name.length());
  }

  private static String makeLooseKey(String name) {
    return LOOSE_SEPARATORS
        .matcher(normalizeName(name).toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .strip();
  }

  /**
   * The position of the first of the candidate names whose {@link #looseKey} some column has; empty
   * when none has. Among several columns with one key the first is taken.
   */
  public OptionalInt findLoose(String... candidates) {
    for (String candidate : candidates) {
      int position = looseKeys.indexOf(looseKey(candidate));
      if (position >= 0) {
        return OptionalInt.of(position);
      }
    }
    return OptionalInt.empty();
  }

  /** The positions of every column whose {@link #looseKey} is one of the candidates, in order. */
  public List<Integer> findAllLoose(String... candidates) {
    List<String> keys = java.util.Arrays.stream(candidates).map(CsvHeader::looseKey).toList();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < looseKeys.size(); i++) {
      if (keys.contains(looseKeys.get(i))) {
        positions.add(i);
      }
    }
    return positions;
  }

  /**
   * A column name in the form names are compared in: case kept, surrounding whitespace removed and
   * every run of whitespace (including line breaks) made one space.
   */
  public static String normalizeName(String name) {
    return WHITESPACE.matcher(name.strip()).replaceAll(" ");
  }

  /** Number of columns in the header: the field count every data row must have. */
  public int size() {
    return names.size();
  }

  /** The column names in published order, normalised. */
  public List<String> names() {
    return names;
  }

  /** Whether some column has this name (compared normalised). */
  public boolean has(String name) {
    return names.contains(normalizeName(name));
  }

  /**
   * How this header compares with a format that needs every one of the names, as {@link #has}
   * compares.
   */
  public org.devpay.sources.HeaderMatch requiring(String formatId, List<String> names) {
    return org.devpay.sources.HeaderMatch.requiring(formatId, this::has, names);
  }

  /** Whether every one of the names is a column, as {@link #has} compares. */
  public boolean hasAll(String... names) {
    for (String name : names) {
      if (!has(name)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The position of a column the adapter cannot work without.
   *
   * @throws IOException naming the column and the table and listing the header, when the column is
   *     missing or appears more than once (which of the two holds the answer would be a guess)
   */
  public int require(String name) throws IOException {
    String wanted = normalizeName(name);
    int position = names.indexOf(wanted);
    if (position < 0) {
      throw new IOException(
          tableName + ": required column '" + name + "' is missing; the header has " + names);
    }
    if (names.lastIndexOf(wanted) != position) {
      throw new IOException(
          tableName
              + ": required column '"
              + name
              + "' appears more than once; the header has "
              + names);
    }
    return position;
  }
}
