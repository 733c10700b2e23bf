package org.devpay.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as devpay writes it everywhere (lower-case hex): the key of an ingested table, the
 * checksum of a catalogued file, so every hash in devpay is made one way.
 */
public final class Sha256 {
  private Sha256() {}

  /** A fresh SHA-256 digest. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256, so this is a broken runtime.
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** The lower-case hex form of a finished digest. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Feeds everything left in a stream to a digest, for a caller that also wants the size; the
   * caller closes the stream.
   *
   * @return the number of bytes read
   */
  public static long update(MessageDigest digest, InputStream in) throws IOException {
    return new DigestInputStream(in, digest).transferTo(OutputStream.nullOutputStream());
  }

  /** The SHA-256 of everything left in a stream; the caller closes it. */
  public static String of(InputStream in) throws IOException {
    MessageDigest digest = newDigest();
    update(digest, in);
    return hex(digest);
  }

  /** The SHA-256 of a file's bytes. */
  public static String of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    }
  }
}
