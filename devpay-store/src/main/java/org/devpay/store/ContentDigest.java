package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import org.devpay.sources.Sha256;
import org.devpay.sources.SourceTable;

/**
 * The SHA-256 and the size of a table's decompressed bytes, computed in one pass: the hash is the
 * store's key for the table (the same as {@link SourceTable#contentSha256()}), the size feeds the
 * progress bar. Reading a compressed table whole here also finds a truncated archive before any row
 * is stored.
 */
record ContentDigest(String sha256, long bytes) {
  ContentDigest {
    requireNonNull(sha256, "sha256 is null");
  }

  /**
   * The digest of a table whose container has been hashed already. A plain file is its own
   * container, so its container hash is its content hash and its bytes are not read a second time;
   * a gzipped file or a ZIP entry is decompressed and hashed.
   */
  static ContentDigest of(SourceTable table, String containerSha256) throws IOException {
    if (table.compression() == SourceTable.Compression.NONE) {
      return new ContentDigest(containerSha256, Files.size(table.container()));
    }
    MessageDigest digest = Sha256.newDigest();
    long bytes;
    try (InputStream in = table.open()) {
      bytes = Sha256.update(digest, in);
    }
    return new ContentDigest(Sha256.hex(digest), bytes);
  }
}
