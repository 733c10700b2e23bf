package org.devpay.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.Sha256;
import org.devpay.sources.SourceTable;

/**
 * The SHA-256 and the size of a table's decompressed bytes, and its identity, computed in one pass.
 * The SHA-256 is the store's key for the table (the same as {@link SourceTable#contentSha256()});
 * the identity is the SHA-256 of the same bytes with a leading UTF-8 byte-order mark dropped, CRLF
 * and CR line ends read as LF and trailing line ends dropped, so a copy of a file saved with other
 * line ends, or with or without a final newline or a BOM, is the same table ("already ingested");
 * the size feeds the progress bar. Reading a compressed table whole here also finds a truncated
 * archive, and a table that decompresses beyond the {@link DecompressionLimits}, before any row is
 * stored.
 */
record ContentDigest(String sha256, String identitySha256, long bytes) {
  ContentDigest {
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(identitySha256, "identitySha256 is null");
  }

  /**
   * The digest of a table whose container has been hashed already (a plain file's content hash is
   * its container hash).
   *
   * @throws DevpayException BAD_INPUT_FILE when the table decompresses beyond the limits
   */
  static ContentDigest of(SourceTable table, String containerSha256, DecompressionLimits limits)
      throws IOException {
    long compressed = Files.size(table.container());
    boolean plain = table.compression() == SourceTable.Compression.NONE;
    MessageDigest content = Sha256.newDigest();
    IdentityDigest identity = new IdentityDigest();
    byte[] buffer = new byte[1 << 16];
    long bytes = 0;
    try (InputStream in = table.open()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        bytes += read;
        if (!plain) {
          String exceeded = limits.exceeded(bytes, compressed);
          if (exceeded != null) {
            throw new DevpayException(
                ErrorCategory.BAD_INPUT_FILE, table.displayName() + " " + exceeded);
          }
          content.update(buffer, 0, read);
        }
        identity.update(buffer, read);
      }
    }
    return new ContentDigest(plain ? containerSha256 : Sha256.hex(content), identity.hex(), bytes);
  }

  /**
   * SHA-256 of a text's bytes with its line ends normalised: a leading EF BB BF dropped, CR LF and
   * lone CR read as LF, and the line ends at the very end dropped (held back until more bytes come,
   * so the digest never depends on where the buffers split).
   */
  private static final class IdentityDigest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageDigest digest = Sha256.newDigest();
    private final byte[] head = new byte[BOM.length];
    private int headLength;
    private boolean headDone;
    private boolean pendingCarriageReturn;
    private long pendingNewlines;

    void update(byte[] buffer, int length) {
      int i = 0;
      while (i < length && !headDone) {
        byte b = buffer[i++];
        head[headLength++] = b;
        if (headLength == BOM.length || b != BOM[headLength - 1]) {
          endHead();
        }
      }
      // The bytes between line ends go to the digest as runs, as feed would pass them one by one.
      while (i < length) {
        int run = i;
        while (run < length && buffer[run] != '\r' && buffer[run] != '\n') {
          run++;
        }
        if (run > i) {
          feed(buffer[i]);
          digest.update(buffer, i + 1, run - i - 1);
          i = run;
        }
        if (i < length) {
          feed(buffer[i++]);
        }
      }
    }

    String hex() {
      if (!headDone) {
        endHead();
      }
      return Sha256.hex(digest);
    }

    /** Drops the first bytes when they are the BOM, else feeds them like any other. */
    private void endHead() {
      headDone = true;
      boolean bom = headLength == BOM.length && Arrays.equals(head, BOM);
      if (!bom) {
        for (int j = 0; j < headLength; j++) {
          feed(head[j]);
        }
      }
    }

    private void feed(byte b) {
      if (b == '\r') {
        if (pendingCarriageReturn) {
          pendingNewlines++;
        }
        pendingCarriageReturn = true;
        return;
      }
      if (b == '\n' || pendingCarriageReturn) {
        pendingNewlines++;
        pendingCarriageReturn = false;
        if (b == '\n') {
          return;
        }
      }
      for (; pendingNewlines > 0; pendingNewlines--) {
        digest.update((byte) '\n');
      }
      digest.update(b);
    }
  }
}
