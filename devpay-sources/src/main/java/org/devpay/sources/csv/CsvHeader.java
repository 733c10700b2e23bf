package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
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
 */
public final class CsvHeader {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String tableName;
  private final List<String> names;

  private CsvHeader(String tableName, List<String> columns) {
    this.tableName = requireNonNull(tableName, "tableName is null");
    this.names = columns.stream().map(CsvHeader::normalizeName).toList();
  }

  /** The header of a table as read; {@code tableName} is used in error messages only. */
  public static CsvHeader of(String tableName, List<String> columns) {
    return new CsvHeader(tableName, columns);
  }

  /**
   * The header format detection decoded, so that an adapter recognises a file exactly when it can
   * find its columns.
   */
  public static CsvHeader of(TableHeader header) {
    return new CsvHeader(header.fileName(), header.columns());
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
