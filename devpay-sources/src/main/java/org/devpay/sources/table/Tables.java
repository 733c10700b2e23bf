package org.devpay.sources.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.devpay.sources.text.TextFormat;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** Opens {@link TableRecords} of each kind, and lists a workbook's sheets. */
public final class Tables {
  private Tables() {}

  /** The records of delimited text in a known format; closing them closes the stream. */
  public static TableRecords delimited(InputStream in, TextFormat format) throws IOException {
    return new DelimitedRecords(in, format);
  }

  /**
   * The records of one sheet of an XLSX workbook.
   *
   * @throws IOException when the file is not a readable workbook or has no such sheet (the message
   *     lists the sheets it has)
   */
  public static TableRecords sheet(Path workbook, String sheetName) throws IOException {
    return new SheetRecords(workbook, sheetName);
  }

  /**
   * The sheet names of an XLSX workbook, in workbook order.
   *
   * @throws IOException when the file is not a readable workbook
   */
  public static List<String> sheetNames(Path workbook) throws IOException {
    try (ReadableWorkbook book = SheetRecords.open(workbook)) {
      return SheetRecords.sheetNames(book);
    }
  }
}
