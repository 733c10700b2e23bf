package org.devpay.store;

import java.util.Locale;
import java.util.Optional;

/** The file formats {@code devpay export} writes: Parquet for analysis tools, CSV for anything. */
public enum ExportFormat {
  PARQUET("parquet"),
  CSV("csv");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, also the name users type ("parquet", "csv"). */
  public String extension() {
    return extension;
  }

  /** The format a user named, case-insensitively. */
  public static Optional<ExportFormat> parse(String name) {
    for (ExportFormat format : values()) {
      if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
