package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which adapter reads a table, from its first records read as {@link ReadableTable} detects
 * (encoding, delimiter, or a workbook sheet). Unknown tables are skipped with a reason and the
 * closest known formats; a table two adapters both claim is an error in the registry.
 */
public final class FormatDetector {
  /** How many of the closest formats a skipped table reports. */
  static final int CLOSEST = 3;

  private final AdapterRegistry registry;

  public FormatDetector(AdapterRegistry registry) {
    this.registry = requireNonNull(registry, "registry is null");
  }

  /** Detects the format of one table; never throws for unreadable content, it skips it. */
  public Detection detect(SourceTable table) {
    ReadableTable readable;
    TableHeader header;
    try {
      if (!table.isSheet()) {
        String binary = binaryContent(table);
        if (!binary.isEmpty()) {
          return Detection.skipped(table, Optional.empty(), binary, List.of());
        }
      }
      readable = ReadableTable.detect(table);
      header = readable.header();
    } catch (IOException | RuntimeException e) {
      return Detection.skipped(
          table, Optional.empty(), "cannot be read: " + e.getMessage(), List.of());
    }
    return detect(readable, header);
  }

  /** Detects the format of a table whose reading and first records are known. */
  public Detection detect(ReadableTable readable, TableHeader header) {
    List<SourceAdapter> matches = new ArrayList<>();
    List<HeaderMatch> near = new ArrayList<>();
    for (SourceAdapter adapter : registry.adapters()) {
      HeaderMatch match = adapter.match(header);
      if (match.recognised()) {
        matches.add(adapter);
      } else if (match.coverage() > 0) {
        near.add(match);
      }
    }
    if (matches.size() > 1) {
      throw new IllegalStateException(
          "ambiguous format for "
              + readable.table().displayName()
              + ": claimed by "
              + matches.stream().map(SourceAdapter::formatId).toList());
    }
    if (matches.size() == 1) {
      return Detection.recognised(readable, matches.get(0));
    }
    Optional<String> aggregates = AggregateTables.describe(header);
    if (aggregates.isPresent()) {
      return Detection.skipped(
          readable.table(),
          Optional.of(readable),
          aggregates.get(),
          List.of(),
          Detection.Kind.AGGREGATES);
    }
    near.sort(
        Comparator.comparingDouble(HeaderMatch::coverage)
            .reversed()
            .thenComparingInt(m -> m.missing().size())
            .thenComparing(HeaderMatch::formatId));
    List<HeaderMatch> closest = near.subList(0, Math.min(CLOSEST, near.size()));
    boolean data = !closest.isEmpty() || namesPay(header);
    return Detection.skipped(
        readable.table(),
        Optional.of(readable),
        data
            ? "no adapter recognises its header"
            : "not a table of pay: no column names pay and no known format is near",
        closest,
        data ? Detection.Kind.UNKNOWN_DATA : Detection.Kind.NOT_DATA);
  }

  /**
   * Whether a header of several columns, followed by a record of as many fields, speaks of pay:
   * what makes an unknown table respondent data rather than a reference table, or a text file
   * (README, SOURCE.md: a heading starts with '#') that a comma in a sentence makes look like a
   * table. When the first row is mostly blank (a survey's question groups over its answers), the
   * second row names columns too.
   */
  static boolean namesPay(TableHeader header) {
    int width = header.columns().size();
    if (width < 2
        || header.columns().get(0).strip().startsWith("#")
        || header.following().stream().noneMatch(row -> row.size() == width)) {
      return false;
    }
    List<String> names = new ArrayList<>(header.columns());
    long blank = names.stream().filter(String::isBlank).count();
    if (blank * 2 > width && !header.following().isEmpty()) {
      names.addAll(header.following().get(0));
    }
    return names.stream().anyMatch(org.devpay.sources.inspect.HeaderWords::speaksOfPay);
  }

  /**
   * Why a table is not text ("" when it may be): empty, or zero bytes that no text encoding (UTF-16
   * and UTF-32 included) explains. Images, archives and databases are skipped before any decoding.
   */
  private static String binaryContent(SourceTable table) throws IOException {
    byte[] head;
    try (InputStream in = table.open()) {
      head = in.readNBytes(8192);
    }
    if (head.length == 0) {
      return "empty file";
    }
    String charset = org.devpay.sources.text.EncodingDetector.detect(head).charset().name();
    if (hasZeroBytes(head) && !charset.startsWith("UTF-16") && !charset.startsWith("UTF-32")) {
      return "binary content, not a delimited text table";
    }
    return "";
  }

  private static boolean hasZeroBytes(byte[] head) {
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
