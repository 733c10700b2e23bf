package org.devpay.testing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Reads one column of a real dataset file as value counts, so taxonomy tests can check every
 * published label with its number of rows. Files are found through {@link RealData} (skipped when
 * absent, failing under CI).
 */
public final class RealColumns {
  private RealColumns() {}

  /** Counts of each distinct value of {@code column} (UTF-8), most frequent first. */
  public static Map<String, Long> counts(String relative, String column) {
    return counts(relative, StandardCharsets.UTF_8, column, List::of);
  }

  /** Counts of each distinct value of {@code column} in {@code charset}, most frequent first. */
  public static Map<String, Long> counts(String relative, Charset charset, String column) {
    return counts(relative, charset, column, List::of);
  }

  /**
   * Counts of the values {@code split} makes of each cell (for multi-select answers such as "Java;
   * SQL"), most frequent first, ties in value order. Empty cells are skipped; the last row of a
   * truncated file (fewer fields than the header) is skipped too.
   */
  public static Map<String, Long> counts(
      String relative, Charset charset, String column, Function<String, List<String>> split) {
    Path path = RealData.file(relative);
    Map<String, Long> counts = new HashMap<>();
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = relative.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder().allowMissingFields(true).ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord record : csv) {
        String cell = record.findField(column).orElse("");
        if (cell.isEmpty()) {
          continue;
        }
        for (String value : split.apply(cell)) {
          counts.merge(value, 1L, Long::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Sum of the counts whose value satisfies {@code test}. */
  public static long rows(Map<String, Long> counts, java.util.function.Predicate<String> test) {
    return counts.entrySet().stream()
        .filter(e -> test.test(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Windows-1251, the encoding of the DOU files. */
  public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
}
