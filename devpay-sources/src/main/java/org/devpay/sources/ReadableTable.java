package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devpay.sources.table.TableRecords;
import org.devpay.sources.text.TextFormat;
import org.devpay.sources.text.TextFormats;

/**
 * A table together with how its bytes are read: for delimited text the detected {@link TextFormat}
 * (encoding, byte-order mark, delimiter), for a workbook sheet nothing more. Detection decides this
 * once per table, and format detection, the adapters and {@code devpay inspect} all read the table
 * through it, so they see the same fields.
 *
 * @param table the table
 * @param textFormat how delimited text is decoded; empty for a workbook sheet
 */
public record ReadableTable(SourceTable table, Optional<TextFormat> textFormat) {
  /** How many leading bytes of a text table are read to detect its format. */
  public static final int HEAD_BYTES = 256 * 1024;

  public ReadableTable {
    requireNonNull(table, "table is null");
    requireNonNull(textFormat, "textFormat is null");
    if (table.isSheet() == textFormat.isPresent()) {
      throw new IllegalArgumentException(
          table.isSheet()
              ? "a sheet has no text format: " + table.displayName()
              : "a text table needs its text format: " + table.displayName());
    }
  }

  /**
   * Detects how a table is read: a sheet as it is, delimited text by its first {@value #HEAD_BYTES}
   * bytes.
   *
   * @throws IOException when the table cannot be read
   */
  public static ReadableTable detect(SourceTable table) throws IOException {
    if (table.isSheet()) {
      return new ReadableTable(table, Optional.empty());
    }
    byte[] head;
    try (InputStream in = table.open()) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return new ReadableTable(table, Optional.of(TextFormats.detect(head)));
  }

  /** Opens the table's records. The caller closes them. */
  public TableRecords openRecords() throws IOException {
    return textFormat.isPresent()
        ? org.devpay.sources.table.Tables.delimited(table.open(), textFormat.get())
        : org.devpay.sources.table.Tables.sheet(table.container(), table.entryName());
  }

  /**
   * The first {@value TableHeader#ROWS} records, as detection shows them to adapters.
   *
   * @throws IOException when the table cannot be read or parsed, or holds no record
   */
  public TableHeader header() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (TableRecords records = openRecords()) {
      while (rows.size() < TableHeader.ROWS) {
        Optional<List<String>> next = records.next();
        if (next.isEmpty()) {
          break;
        }
        rows.add(next.get());
      }
    }
    if (rows.isEmpty()) {
      throw new IOException(table.displayName() + ": empty table, no header row");
    }
    return TableHeader.ofRows(table.fileName(), rows);
  }

  /** "UTF-8, comma-separated" or "XLSX sheet 'Form1'", for reports and errors. */
  public String describe() {
    return textFormat.map(TextFormat::describe).orElse("XLSX sheet '" + table.entryName() + "'");
  }
}
