package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One readable table inside an input file: the file itself, a gzipped file, one entry of a ZIP
 * archive, or one sheet of an XLSX workbook. It is what adapters read, and its content hash (of the
 * decompressed bytes) is what makes ingest idempotent: the same CSV, zipped or not, is ingested
 * once.
 *
 * @param container the file on disk
 * @param entryName the table's name: the file name, the name without ".gz", the ZIP entry path, or
 *     the sheet's name
 * @param compression how the table is stored in the container
 */
public record SourceTable(Path container, String entryName, Compression compression) {
  /** How a table is stored in its container file. */
  public enum Compression {
    NONE,
    GZIP,
    ZIP_ENTRY,
    /** One sheet of an XLSX workbook: the entry name is the sheet's name. */
    SHEET
  }

  public SourceTable {
    requireNonNull(container, "container is null");
    requireNonNull(entryName, "entryName is null");
    requireNonNull(compression, "compression is null");
  }

  /** The entry's file name without directories; a sheet's is its workbook's file name. */
  public String fileName() {
    if (compression == Compression.SHEET) {
      return container.getFileName().toString();
    }
    int slash = entryName.lastIndexOf('/');
    return slash < 0 ? entryName : entryName.substring(slash + 1);
  }

  /**
   * A human-readable location: "dir/file.zip!entry.csv" for archive entries,
   * "dir/book.xlsx[Sheet1]" for sheets.
   */
  public String displayName() {
    switch (compression) {
      case ZIP_ENTRY:
        return container + "!" + entryName;
      case SHEET:
        return container + "[" + entryName + "]";
      default:
        return container.toString();
    }
  }

  /** Whether the table is a workbook sheet (read as cells), not delimited text. */
  public boolean isSheet() {
    return compression == Compression.SHEET;
  }

  /**
   * Opens the decompressed bytes. The caller closes the stream. A sheet's bytes, which identify it
   * (its content hash), are its workbook's followed by its name, so that two sheets of one workbook
   * are two tables; its cells are read by {@link org.devpay.sources.table.TableRecords}.
   */
  public InputStream open() throws IOException {
    switch (compression) {
      case NONE:
        return new BufferedInputStream(Files.newInputStream(container), 1 << 16);
      case SHEET:
        return new BufferedInputStream(
            new java.io.SequenceInputStream(
                Files.newInputStream(container),
                new java.io.ByteArrayInputStream(
                    ("\n#sheet=" + entryName).getBytes(StandardCharsets.UTF_8))),
            1 << 16);
      case GZIP:
        return new BufferedInputStream(
            new GZIPInputStream(Files.newInputStream(container), 1 << 16), 1 << 16);
      case ZIP_ENTRY:
        ZipFile zip = new ZipFile(container.toFile());
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
          zip.close();
          throw new IOException("no entry " + entryName + " in " + container);
        }
        InputStream in = zip.getInputStream(entry);
        return new BufferedInputStream(in, 1 << 16) {
          @Override
          public void close() throws IOException {
            try {
              super.close();
            } finally {
              zip.close();
            }
          }
        };
      default:
        throw new AssertionError(compression);
    }
  }

  /** Lower-case hex SHA-256 of the decompressed content. */
  public String contentSha256() throws IOException {
    try (InputStream in = open()) {
      return Sha256.of(in);
    }
  }

  /** Lower-case hex SHA-256 of the container file's bytes. */
  public String containerSha256() throws IOException {
    return Sha256.of(container);
  }
}
