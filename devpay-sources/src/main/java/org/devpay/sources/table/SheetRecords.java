package org.devpay.sources.table;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The records of one XLSX sheet, streamed by fastexcel-reader (the sheet is never held whole), each
 * cell as the text a person sees in it: numbers in plain decimal form, dates and times in ISO form,
 * booleans as TRUE/FALSE. Rows are as wide as the header row: trailing empty cells, which a sheet
 * does not store, become empty fields. Empty rows are not records, as blank lines are not in text.
 */
final class SheetRecords implements TableRecords {
  /** A number format that shows a date or a time (y, m, d, h or s outside quotes and brackets). */
  private static final Pattern DATE_FORMAT = Pattern.compile("[ymdhs]", Pattern.CASE_INSENSITIVE);

  private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]");

  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> iterator;
  private int width = -1;

  SheetRecords(Path file, String sheetName) throws IOException {
    this.workbook = open(file);
    try {
      Optional<Sheet> sheet = workbook.findSheet(sheetName);
      if (sheet.isEmpty()) {
        throw new IOException(
            file.getFileName()
                + " has no sheet '"
                + sheetName
                + "'; it has "
                + sheetNames(workbook));
      }
      this.rows = sheet.get().openStream();
      this.iterator = rows.iterator();
    } catch (IOException | RuntimeException e) {
      workbook.close();
      throw e;
    }
  }

  /** Opens a workbook, turning the reader's unchecked failures into a clear IOException. */
  static ReadableWorkbook open(Path file) throws IOException {
    try {
      return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (IOException
        | ExcelReaderException
        | IllegalStateException
        | IllegalArgumentException e) {
      throw new IOException(
          file.getFileName() + " is not a readable XLSX workbook: " + e.getMessage(), e);
    }
  }

  /** The names of a workbook's sheets, in workbook order. */
  static List<String> sheetNames(ReadableWorkbook workbook) {
    return workbook.getSheets().map(Sheet::getName).toList();
  }

  @Override
  public Optional<List<String>> next() throws IOException {
    try {
      while (iterator.hasNext()) {
        Row row = iterator.next();
        List<String> fields = fields(row);
        if (fields.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (width < 0) {
          width = fields.size();
        }
        return Optional.of(fitted(fields));
      }
      return Optional.empty();
    } catch (ExcelReaderException | java.io.UncheckedIOException e) {
      throw new IOException("sheet not readable: " + e.getMessage(), e);
    }
  }

  /** Pads a row to the header's width, and drops empty cells beyond it. */
  private List<String> fitted(List<String> fields) {
    List<String> out = new ArrayList<>(fields);
    while (out.size() < width) {
      out.add("");
    }
    while (out.size() > width && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static List<String> fields(Row row) {
    int count = row.getCellCount();
    List<String> fields = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Cell cell = row.getCell(i);
      fields.add(cell == null ? "" : text(cell));
    }
    // A row ends at its last non-empty cell; the header's width pads it again.
    while (!fields.isEmpty() && fields.get(fields.size() - 1).isEmpty()) {
      fields.remove(fields.size() - 1);
    }
    return fields;
  }

  /** The text a person sees in a cell, in a form devpay's parsers read. */
  static String text(Cell cell) {
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case NUMBER:
        if (isDateFormat(cell.getDataFormatString())) {
          return cell.asDate().toString();
        }
        BigDecimal number = cell.asNumber();
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
      case BOOLEAN:
        return cell.asBoolean() ? "TRUE" : "FALSE";
      case ERROR:
        return cell.getRawValue() == null ? "" : cell.getRawValue();
      case FORMULA:
        Object value = cell.getValue();
        if (value instanceof BigDecimal) {
          return ((BigDecimal) value).stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
      default:
        String text = cell.getText();
        return text == null ? "" : text;
    }
  }

  static boolean isDateFormat(String format) {
    if (format == null || format.isEmpty()) {
      return false;
    }
    String bare = QUOTED_OR_BRACKETED.matcher(format).replaceAll("");
    String lower = bare.toLowerCase(Locale.ROOT);
    return !lower.equals("general") && DATE_FORMAT.matcher(lower).find();
  }

  @Override
  public void close() throws IOException {
    try (ReadableWorkbook closing = workbook) {
      rows.close();
    }
  }
}
