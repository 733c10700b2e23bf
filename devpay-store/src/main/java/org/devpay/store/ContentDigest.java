package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import org.devpay.sources.Sha256;
import org.devpay.sources.SourceTable;

/**
 * The SHA-256 and the size of a table's decompressed bytes, computed in one pass: the hash is the
 * store's key for the table (the same as {@link SourceTable#contentSha256()}), the size feeds the
 * progress bar. Reading the whole table here also finds a truncated archive before any row is
 * stored.
 */
record ContentDigest(String sha256, long bytes) {
  ContentDigest {
    requireNonNull(sha256, "sha256 is null");
  }

  static ContentDigest of(SourceTable table) throws IOException {
    MessageDigest digest = Sha256.newDigest();
    long bytes;
    try (InputStream in = table.open()) {
      bytes = Sha256.update(digest, in);
    }
    return new ContentDigest(Sha256.hex(digest), bytes);
  }
}
