package org.devpay.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes small, clearly synthetic CSV tables for edge-case tests (into a test's temporary
 * directory), so that the edge cases are written by hand and no real data is copied into the
 * project.
 */
public final class SyntheticCsv {
  private final List<String> header;
  private final StringBuilder text = new StringBuilder();

  private SyntheticCsv(List<String> header) {
    this.header = List.copyOf(header);
    text.append(line(header));
  }

  /** Starts a table with this header. */
  public static SyntheticCsv withHeader(List<String> header) {
    return new SyntheticCsv(header);
  }

  /** Adds a row with the given columns set and every other column empty. */
  public SyntheticCsv row(Map<String, String> values) {
    for (String column : values.keySet()) {
      if (!header.contains(column)) {
        throw new IllegalArgumentException("no column " + column + " in " + header);
      }
    }
    List<String> fields = new ArrayList<>();
    for (String column : header) {
      fields.add(values.getOrDefault(column, ""));
    }
    text.append(line(fields));
    return this;
  }

  /** Adds a row of exactly these fields, whatever the header's width. */
  public SyntheticCsv fields(String... fields) {
    text.append(line(Arrays.asList(fields)));
    return this;
  }

  /** Appends raw text, such as a row cut off before its line ends. */
  public SyntheticCsv raw(String raw) {
    text.append(raw);
    return this;
  }

  /** Writes the table as UTF-8 and returns it as a plain source table. */
  public SourceTable write(Path file) throws IOException {
    return TestTables.write(
        file.getParent(), file.getFileName().toString(), text.toString(), StandardCharsets.UTF_8);
  }

  /** Writes the table as UTF-8 with a byte-order mark, as Excel saves CSV. */
  public SourceTable writeWithBom(Path file) throws IOException {
    return TestTables.writeWithBom(
        file.getParent(), file.getFileName().toString(), text.toString());
  }

  private static String line(List<String> fields) {
    List<String> quoted = new ArrayList<>();
    for (String field : fields) {
      boolean needsQuotes =
          field.contains(",")
              || field.contains("\"")
              || field.contains("\n")
              || field.contains("\r");
      quoted.add(needsQuotes ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
    }
    return String.join(",", quoted) + "\n";
  }
}
