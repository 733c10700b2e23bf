package org.devpay.core.resource;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A small CSV table shipped as a classpath resource: the one format every derived or reviewed table
 * of devpay-core uses ({@code #} comment lines, a header, RFC 4180 quoting, UTF-8), read without a
 * CSV library so that core stays free of I/O dependencies.
 *
 * @param resource the classpath resource name the table was read from, for error messages
 * @param header column names in file order
 * @param rows data rows, each with exactly as many cells as the header
 */
public record ResourceTable(String resource, List<String> header, List<List<String>> rows) {
  public ResourceTable {
    requireNonNull(resource, "resource is null");
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * Reads a resource relative to {@code anchor}'s package.
   *
   * @throws IllegalStateException when the resource is missing or malformed: a packaging bug
   */
  public static ResourceTable load(Class<?> anchor, String name) {
    String where = anchor.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource not found on the classpath: " + where);
      }
      return parse(where, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + where, e);
    }
  }

  /**
   * Parses table text: skips blank lines and lines starting with '#', the first other is the
   * header.
   */
  public static ResourceTable parse(String resource, String text) {
    List<String> header = null;
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = splitLine(line, resource, lineNumber);
        if (header == null) {
          header = cells;
        } else if (cells.size() != header.size()) {
          throw new IllegalStateException(
              resource
                  + " line "
                  + lineNumber
                  + ": "
                  + cells.size()
                  + " cells, header has "
                  + header.size());
        } else {
          rows.add(cells);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null) {
      throw new IllegalStateException(resource + ": no header line");
    }
    return new ResourceTable(resource, header, rows);
  }

  /** Index of a column; fails loudly when a table lacks a column the code relies on. */
  public int column(String name) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new IllegalStateException(resource + ": no column '" + name + "' in " + header);
    }
    return index;
  }

  /** Each row as a map from column name to cell, in file order. */
  public List<Map<String, String>> records() {
    return rows.stream()
        .map(
            row ->
                IntStream.range(0, header.size())
                    .boxed()
                    .collect(
                        Collectors.toMap(
                            header::get,
                            row::get,
                            (a, b) -> b,
                            java.util.LinkedHashMap<String, String>::new)))
        .map(m -> (Map<String, String>) m)
        .toList();
  }

  /** An empty cell as an empty optional. */
  public static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  /** Splits one line; a quoted cell may contain commas and doubled quotes, not line breaks. */
  static List<String> splitLine(String line, String resource, int lineNumber) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalStateException(resource + " line " + lineNumber + ": unterminated quote");
    }
    cells.add(cell.toString());
    return cells;
  }
}
