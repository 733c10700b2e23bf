package org.devpay.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.SourceAdapter;

/** Writes tables in the {@link TinyCsvAdapter} format: plain, gzipped or zipped. */
final class TinyCsv {
  private TinyCsv() {}

  /** A valid row; skills and industries are semicolon-separated. */
  static String row(
      String id, String edition, String role, String amount, String currency, String period) {
    return String.join(
        ",",
        id,
        edition,
        role,
        "senior",
        "7",
        "DE",
        "Berlin",
        amount,
        currency,
        period,
        "Java;SQL",
        "Fintech");
  }

  /** Deterministic valid rows: ids r1..rN, amounts cycling through a few currencies and roles. */
  static List<String> rows(int count) {
    return rows(count, "r");
  }

  /**
   * The same rows with ids PREFIX1..PREFIXN: other respondents, since the store rejects a row whose
   * respondent is already stored for its edition.
   */
  static List<String> rows(int count, String idPrefix) {
    List<String> rows = new ArrayList<>(count);
    String[] roles = {"backend", "frontend", "fullstack", "devops"};
    String[] currencies = {"USD", "EUR", "UAH"};
    for (int i = 1; i <= count; i++) {
      rows.add(
          row(
              idPrefix + i,
              i % 2 == 0 ? "2024" : "2025",
              roles[i % roles.length],
              String.format(Locale.ROOT, "%d", 30_000 + (i % 977) * 100),
              currencies[i % currencies.length],
              "YEAR"));
    }
    return rows;
  }

  static String content(List<String> rows) {
    return TinyCsvAdapter.HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  static Path write(Path file, List<String> rows) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.writeString(file, content(rows), StandardCharsets.UTF_8);
  }

  static Path gzip(Path file, List<String> rows) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content(rows).getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** A ZIP archive holding one table per entry name, each with the same rows. */
  static Path zip(Path file, List<String> rows, String... entryNames) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (String entryName : entryNames) {
        out.putNextEntry(new ZipEntry(entryName));
        out.write(content(rows).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return file;
  }

  static FormatDetector detector(SourceAdapter adapter) {
    return new FormatDetector(new AdapterRegistry(List.of(adapter)));
  }

  static FormatDetector detector() {
    return detector(new TinyCsvAdapter());
  }
}
