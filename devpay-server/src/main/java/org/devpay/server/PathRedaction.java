package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Removes the server machine's own directories from text the server sends: exception messages in
 * problem details, the reason a reload failed, an ingest's per-file details. A response names a
 * file by its name (and its sha256 where it cites data), never by where it lies: the store's
 * directory, the upload directory, the temporary directory, the working and home directories are
 * replaced, the longest first, by a placeholder.
 */
final class PathRedaction {
  private final List<Map.Entry<String, String>> replacements;

  private PathRedaction(List<Map.Entry<String, String>> replacements) {
    this.replacements = List.copyOf(replacements);
  }

  /** Redacts the store's directory and the JVM's temporary, working and home directories. */
  static PathRedaction forServer(Path store) {
    requireNonNull(store, "store is null");
    List<Map.Entry<String, String>> out = new ArrayList<>();
    Path parent = store.toAbsolutePath().normalize().getParent();
    if (parent != null) {
      out.add(Map.entry(parent.toString(), ""));
    }
    for (String property : List.of("java.io.tmpdir", "user.dir", "user.home", "java.home")) {
      String value = System.getProperty(property);
      if (value != null && value.length() > 1) {
        out.add(
            Map.entry(
                Path.of(value).toAbsolutePath().normalize().toString(), "<" + property + ">"));
      }
    }
    return new PathRedaction(out).longestFirst();
  }

  /** The same, also replacing {@code directory} (an upload's private directory) by nothing. */
  PathRedaction and(Path directory) {
    List<Map.Entry<String, String>> out = new ArrayList<>(replacements);
    out.add(Map.entry(directory.toAbsolutePath().normalize().toString(), ""));
    return new PathRedaction(out).longestFirst();
  }

  /**
   * The text with every redacted directory replaced; a file directly inside one keeps its name
   * ("/srv/devpay/devpay.duckdb" becomes "devpay.duckdb").
   */
  String apply(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (Map.Entry<String, String> replacement : replacements) {
      String directory = replacement.getKey();
      String placeholder = replacement.getValue();
      out = out.replace(directory + "/", placeholder.isEmpty() ? "" : placeholder + "/");
      out = out.replace(directory, placeholder.isEmpty() ? "." : placeholder);
    }
    return out;
  }

  private PathRedaction longestFirst() {
    List<Map.Entry<String, String>> sorted = new ArrayList<>(replacements);
    sorted.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    return new PathRedaction(sorted);
  }
}
