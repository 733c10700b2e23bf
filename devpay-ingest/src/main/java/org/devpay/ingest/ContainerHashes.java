package org.devpay.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.devpay.sources.SourceTable;

/**
 * Container hashes computed once per run: a ZIP archive holding many tables is hashed once, not
 * once per entry. The hash is what lets a rerun skip a known file without decompressing it.
 */
final class ContainerHashes {
  private final Map<Path, String> hashes = new HashMap<>();

  String sha256(SourceTable table) throws IOException {
    Path key = table.container().toAbsolutePath().normalize();
    String known = hashes.get(key);
    if (known != null) {
      return known;
    }
    String computed = table.containerSha256();
    hashes.put(key, computed);
    return computed;
  }
}
