package org.devpay.sources.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An XLSX workbook is one table per sheet, read cell by cell as a person sees the values: numbers
 * plainly, dates in ISO form, and rows as wide as the header.
 */
class SheetRecordsTest {
  @TempDir Path directory;

  private Path workbook() throws IOException {
    Path file = directory.resolve("lønn 2024.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "devpay-test", "1.0");
      Worksheet form = book.newWorksheet("Form1");
      String[] header = {"lønn", "fag", "erfaring", "svart"};
      for (int c = 0; c < header.length; c++) {
        form.value(0, c, header[c]);
      }
      form.value(1, 0, 650000);
      form.value(1, 1, "backend");
      form.value(1, 2, 5.5);
      form.value(1, 3, LocalDate.of(2024, 11, 3));
      form.style(1, 3).format("yyyy-mm-dd").set();
      form.value(2, 0, 720000.0);
      form.value(2, 1, "frontend"); // no experience, no date: the row stops at column 1
      // Row 3 left empty: not a record.
      form.value(4, 0, 1.25e6);
      form.value(4, 1, "fullstack");
      form.value(4, 2, 12);
      Worksheet notes = book.newWorksheet("Notes");
      notes.value(0, 0, "about");
      book.finish();
    }
    return file;
  }

  private static List<List<String>> all(TableRecords records) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (records) {
      for (Optional<List<String>> r = records.next(); r.isPresent(); r = records.next()) {
        rows.add(r.get());
      }
    }
    return rows;
  }

  @Test
  void readsCellsAsTextAndPadsRowsToTheHeader() throws IOException {
    Path file = workbook();

    List<List<String>> rows = all(Tables.sheet(file, "Form1"));

    assertThat(rows)
        .containsExactly(
            List.of("lønn", "fag", "erfaring", "svart"),
            List.of("650000", "backend", "5.5", "2024-11-03T00:00"),
            List.of("720000", "frontend", "", ""),
            List.of("1250000", "fullstack", "12", ""));
  }

  @Test
  void discoveryListsOneTablePerSheetEachWithItsOwnIdentity() throws IOException {
    Path file = workbook();

    List<SourceTable> tables = SourceTables.tablesIn(file);

    assertThat(tables).extracting(SourceTable::entryName).containsExactly("Form1", "Notes");
    assertThat(tables.get(0).displayName()).endsWith("lønn 2024.xlsx[Form1]");
    assertThat(tables.get(0).fileName()).isEqualTo("lønn 2024.xlsx");
    assertThat(tables.get(0).contentSha256()).isNotEqualTo(tables.get(1).contentSha256());
    assertThat(ReadableTable.detect(tables.get(0)).header().columns())
        .containsExactly("lønn", "fag", "erfaring", "svart");
  }

  @Test
  void aMissingSheetIsNamedWithTheSheetsTheWorkbookHas() throws IOException {
    Path file = workbook();

    assertThatThrownBy(() -> Tables.sheet(file, "Skjema"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no sheet 'Skjema'")
        .hasMessageContaining("[Form1, Notes]");
  }

  @Test
  void aFileThatIsNotAWorkbookIsAClearError() throws IOException {
    Path file = directory.resolve("fake.xlsx");
    Files.writeString(file, "a,b\n1,2\n");

    assertThatThrownBy(() -> SourceTables.tablesIn(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a readable XLSX workbook");
  }
}
