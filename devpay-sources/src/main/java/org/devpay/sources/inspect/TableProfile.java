package org.devpay.sources.inspect;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.sources.ReadableTable;

/**
 * A whole table as {@code devpay inspect} reports it: how it is read (encoding and delimiter, or
 * the sheet), its header, how many data rows it has, and every column's profile.
 *
 * @param readable how the table is read
 * @param header the header row as written
 * @param rows data rows (after the header)
 * @param columns one profile per header column, in order
 * @param sheets the workbook's sheets when the table is one of them, else empty
 */
public record TableProfile(
    ReadableTable readable,
    List<String> header,
    long rows,
    List<ColumnProfile> columns,
    List<String> sheets) {
  public TableProfile {
    requireNonNull(readable, "readable is null");
    header = List.copyOf(header);
    columns = List.copyOf(columns);
    sheets = List.copyOf(sheets);
  }
}
