package org.devpay.sources.mapping;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.Detection;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.sources.TableHeader;
import org.devpay.sources.csv.CsvHeader;

/**
 * The table of a file that a mapping reads, checked against the mapping before anything is stored:
 * the sheet it names exists (a workbook's first sheet when it names none; {@code sheet:} is ignored
 * for a CSV or TSV file, which is one table), and every column it maps is in the header. What it
 * returns is a detection like any recognised table's, so the mapped table is ingested by the same
 * path.
 */
public final class MappedTable {
  private MappedTable() {}

  /**
   * The table of {@code file} that {@code mapping} reads, recognised by a {@link MappedAdapter}.
   *
   * @throws DevpayException USER_INPUT when the file does not exist, the sheet is not in the
   *     workbook, a mapped column is not in the header, or the file holds several tables;
   *     BAD_INPUT_FILE when the file cannot be read
   */
  public static Detection open(Path file, Mapping mapping) {
    requireNonNull(file, "file is null");
    requireNonNull(mapping, "mapping is null");
    if (!Files.isRegularFile(file)) {
      throw new DevpayException(ErrorCategory.USER_INPUT, "no such file: " + file);
    }
    List<SourceTable> tables;
    try {
      tables = SourceTables.tablesIn(file);
    } catch (IOException e) {
      throw new DevpayException(
          ErrorCategory.BAD_INPUT_FILE, file + ": cannot be read: " + e.getMessage(), e);
    }
    SourceTable table = choose(file, tables, mapping);
    ReadableTable readable;
    TableHeader header;
    try {
      readable = ReadableTable.detect(table);
      header = readable.header();
    } catch (IOException | RuntimeException e) {
      throw new DevpayException(
          ErrorCategory.BAD_INPUT_FILE,
          table.displayName() + ": cannot be read: " + e.getMessage(),
          e);
    }
    List<String> problems = new ArrayList<>();
    MappedColumns.resolve(CsvHeader.of(header), mapping, table.displayName(), problems);
    if (!problems.isEmpty()) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          problems.size() == 1
              ? problems.get(0)
              : mapping.source()
                  + ": "
                  + problems.size()
                  + " columns it maps are not in "
                  + table.displayName()
                  + ":\n  "
                  + String.join("\n  ", problems));
    }
    return Detection.recognised(readable, new MappedAdapter(mapping));
  }

  private static SourceTable choose(Path file, List<SourceTable> tables, Mapping mapping) {
    boolean workbook = !tables.isEmpty() && tables.get(0).isSheet();
    if (!workbook) {
      // sheet: applies to workbooks only; a text file is one table, whatever the key says.
      if (tables.size() != 1) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            file
                + " holds "
                + tables.size()
                + " tables; a mapping reads one table: extract the one you mean ("
                + tables.stream().map(SourceTable::entryName).collect(Collectors.joining(", "))
                + ")");
      }
      return tables.get(0);
    }
    if (mapping.sheet().isEmpty()) {
      return tables.get(0);
    }
    String wanted = mapping.sheet().get();
    Optional<SourceTable> exact =
        tables.stream().filter(t -> t.entryName().equals(wanted)).findFirst();
    List<SourceTable> caseless =
        tables.stream()
            .filter(
                t ->
                    t.entryName()
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(wanted.strip().toLowerCase(Locale.ROOT)))
            .toList();
    if (exact.isPresent()) {
      return exact.get();
    }
    if (caseless.size() == 1) {
      return caseless.get(0);
    }
    throw new DevpayException(
        ErrorCategory.USER_INPUT,
        mapping.where("sheet")
            + ": sheet: '"
            + wanted
            + "' is not a sheet of "
            + file
            + "; its sheets are "
            + tables.stream()
                .map(t -> "'" + t.entryName() + "'")
                .collect(Collectors.joining(", ")));
  }
}
