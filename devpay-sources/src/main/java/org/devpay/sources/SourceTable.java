package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One readable table inside an input file: the file itself, a gzipped file, or one entry of a ZIP
 * archive. It is what adapters read, and its content hash (of the decompressed bytes) is what makes
 * ingest idempotent: the same CSV, zipped or not, is ingested once.
 *
 * @param container the file on disk
 * @param entryName the table's name: the file name, the name without ".gz", or the ZIP entry path
 * @param compression how the table is stored in the container
 */
public record SourceTable(Path container, String entryName, Compression compression) {
  /** How a table is stored in its container file. */
  public enum Compression {
    NONE,
    GZIP,
    ZIP_ENTRY
  }

  public SourceTable {
    requireNonNull(container, "container is null");
    requireNonNull(entryName, "entryName is null");
    requireNonNull(compression, "compression is null");
  }

  /** The entry's file name without directories. */
  public String fileName() {
    int slash = entryName.lastIndexOf('/');
    return slash < 0 ? entryName : entryName.substring(slash + 1);
  }

  /** A human-readable location: "dir/file.zip!entry.csv" for archive entries. */
  public String displayName() {
    return compression == Compression.ZIP_ENTRY
        ? container + "!" + entryName
        : container.toString();
  }

  /** Opens the decompressed bytes. The caller closes the stream. */
  public InputStream open() throws IOException {
    switch (compression) {
      case NONE:
        return new BufferedInputStream(Files.newInputStream(container), 1 << 16);
      case GZIP:
        // Buffered so that mark/reset works: openReader peeks at the first bytes for a BOM.
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

  /**
   * Opens the content as text in the given charset, skipping a byte-order mark if there is one
   * (UTF-8, or UTF-16 when the charset is UTF-16).
   */
  public Reader openReader(Charset charset) throws IOException {
    InputStream in = open();
    try {
      in.mark(4);
      byte[] head = in.readNBytes(3);
      boolean utf8Bom =
          head.length == 3
              && (head[0] & 0xFF) == 0xEF
              && (head[1] & 0xFF) == 0xBB
              && (head[2] & 0xFF) == 0xBF;
      in.reset();
      if (utf8Bom) {
        in.skipNBytes(3);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
      }
      return new InputStreamReader(in, charset);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
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
