package org.devpay.sources.catalog;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One file of a catalogued dataset: where it is published and the SHA-256 that proves a copy is
 * that file.
 *
 * @param fileName the file name, as saved and as found in a mirror
 * @param url where it is downloaded; empty for a local copy with no address of its own
 * @param sha256 lower-case hex SHA-256 of the file; empty when not recorded yet
 * @param bytes the size, when known
 * @param note where the file comes from, in a few words
 */
public record DatasetFile(
    String fileName, Optional<URI> url, Optional<String> sha256, OptionalLong bytes, String note) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public DatasetFile {
    requireNonNull(fileName, "fileName is null");
    if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("not a plain file name: '" + fileName + "'");
    }
    requireNonNull(url, "url is null");
    url.ifPresent(
        u -> {
          String scheme = u.getScheme() == null ? "" : u.getScheme();
          if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("not an http(s) address: " + u);
          }
        });
    requireNonNull(sha256, "sha256 is null");
    sha256.ifPresent(
        sha -> {
          if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha);
          }
        });
    requireNonNull(bytes, "bytes is null");
    requireNonNull(note, "note is null");
  }
}
