package org.devpay.sources.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.devpay.sources.csv.CsvHeader;

/**
 * Finds each column a mapping names in a table's header, by one rule used both to check a mapping
 * before anything is read and to read the rows: the header as written (surrounding whitespace and
 * line breaks aside, as {@link CsvHeader#normalizeName} compares); else the one column whose name
 * differs only in case, dots, underscores or spacing ({@link CsvHeader#looseKey}). A name that
 * matches no column, or several, is a problem naming the table's columns.
 */
final class MappedColumns {
  private MappedColumns() {}

  /**
   * The position of every mapped field's column; each one not found adds a problem to {@code
   * problems} (and is left out).
   */
  static Map<MappedField, Integer> resolve(
      CsvHeader header, Mapping mapping, String tableName, List<String> problems) {
    Map<MappedField, Integer> positions = new EnumMap<>(MappedField.class);
    for (Map.Entry<MappedField, String> column : mapping.columns().entrySet()) {
      String key = "columns." + column.getKey().id();
      String wanted = column.getValue();
      List<Integer> exact = positions(header.names(), CsvHeader.normalizeName(wanted), false);
      List<Integer> loose =
          exact.isEmpty() ? positions(header.names(), CsvHeader.looseKey(wanted), true) : exact;
      if (loose.size() == 1) {
        positions.put(column.getKey(), loose.get(0));
      } else if (loose.size() > 1) {
        problems.add(
            mapping.where(key)
                + ": "
                + key
                + ": '"
                + wanted
                + "' names "
                + loose.size()
                + " columns of "
                + tableName
                + " (positions "
                + loose.stream().map(p -> Integer.toString(p + 1)).collect(Collectors.joining(", "))
                + "); which one holds "
                + column.getKey().id()
                + " would be a guess: rename one in the table");
      } else {
        problems.add(
            mapping.where(key)
                + ": "
                + key
                + ": '"
                + wanted
                + "' is not a column of "
                + tableName
                + closest(header.names(), wanted).map(c -> " (closest: '" + c + "')").orElse("")
                + "; its columns are "
                + header.names().stream()
                    .map(n -> "'" + n + "'")
                    .collect(Collectors.joining(", ")));
      }
    }
    return positions;
  }

  private static List<Integer> positions(List<String> names, String wanted, boolean loose) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = loose ? CsvHeader.looseKey(names.get(i)) : names.get(i);
      if (name.equals(wanted)) {
        found.add(i);
      }
    }
    return found;
  }

  /**
   * The column nearest to a name: one whose loose key holds the name's (or is held in it), else the
   * nearest by edit distance of their loose keys, if near enough.
   */
  private static Optional<String> closest(List<String> names, String wanted) {
    String key = CsvHeader.looseKey(wanted);
    Comparator<String> byDistance =
        Comparator.comparingInt(n -> MappingFile.editDistance(CsvHeader.looseKey(n), key));
    Optional<String> containing =
        names.stream()
            .filter(n -> !n.isBlank())
            .filter(
                n -> {
                  String other = CsvHeader.looseKey(n);
                  return !key.isEmpty() && (other.contains(key) || key.contains(other));
                })
            .min(byDistance);
    return containing.or(
        () ->
            names.stream()
                .filter(n -> !n.isBlank())
                .min(byDistance)
                .filter(
                    n ->
                        MappingFile.editDistance(CsvHeader.looseKey(n), key)
                            <= Math.max(2, key.length() / 3)));
  }
}
