package org.devpay.sources;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The descriptions of every shipped format, kept as data (formats.csv) rather than code, so the
 * citation and row-filter text can be reviewed and corrected without touching an adapter.
 */
public final class FormatCatalog {
  private static final String RESOURCE = "formats.csv";

  private final Map<String, FormatDescription> byFormatId;

  private FormatCatalog(Map<String, FormatDescription> byFormatId) {
    this.byFormatId = Map.copyOf(byFormatId);
  }

  /** Loads the shipped catalog. */
  public static FormatCatalog standard() {
    Map<String, FormatDescription> entries = new LinkedHashMap<>();
    try (InputStream in = FormatCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (CsvReader<NamedCsvRecord> reader =
          CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (NamedCsvRecord row : reader) {
          FormatDescription description =
              new FormatDescription(
                  row.getField("format_id"),
                  row.getField("dataset_id"),
                  row.getField("title"),
                  row.getField("publisher"),
                  row.getField("licence"),
                  row.getField("role_field"),
                  row.getField("pay_field"),
                  row.getField("pay_description"));
          if (entries.put(description.formatId(), description) != null) {
            throw new IllegalStateException(
                "duplicate format id in " + RESOURCE + ": " + description.formatId());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FormatCatalog(entries);
  }

  /** The description of a format, if the catalog has it. */
  public Optional<FormatDescription> describe(String formatId) {
    return Optional.ofNullable(byFormatId.get(formatId));
  }
}
