package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to export and where: a new or empty folder, a format, and optional filters (empty = all).
 * Dataset and edition filters choose the files; role and country filters choose records only, as a
 * rejected row has no normalized role or country.
 *
 * @param directory the folder to create (or an empty one)
 * @param format Parquet or CSV
 * @param datasets dataset ids to export
 * @param editions editions to export
 * @param roles role families of the records to export ("backend")
 * @param countries ISO alpha-2 countries of the records to export
 */
public record ExportRequest(
    Path directory,
    ExportFormat format,
    Set<String> datasets,
    Set<String> editions,
    Set<String> roles,
    Set<String> countries) {
  public ExportRequest {
    requireNonNull(directory, "directory is null");
    requireNonNull(format, "format is null");
    datasets = Set.copyOf(new TreeSet<>(datasets));
    editions = Set.copyOf(new TreeSet<>(editions));
    roles = Set.copyOf(new TreeSet<>(roles));
    countries = Set.copyOf(new TreeSet<>(countries));
  }

  /** Every record and rejection of the store. */
  public static ExportRequest everything(Path directory, ExportFormat format) {
    return new ExportRequest(directory, format, Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** The filters in words, for messages. */
  String describeFilters() {
    List<String> parts = new ArrayList<>();
    add(parts, "dataset", datasets);
    add(parts, "edition", editions);
    add(parts, "role", roles);
    add(parts, "country", countries);
    return parts.isEmpty() ? "(no filter)" : String.join(", ", parts);
  }

  private static void add(List<String> parts, String name, Set<String> values) {
    if (!values.isEmpty()) {
      parts.add(name + " " + String.join("|", new TreeSet<>(values)));
    }
  }
}
