package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One input file as discovery saw it: the tables it holds, or why it could not be opened, so that a
 * run over many files reports one corrupt archive instead of stopping at it.
 *
 * @param file the file on disk
 * @param tables the tables inside it, in name order; empty when it could not be opened
 * @param failure why the file could not be opened; empty when it was listed
 */
public record DiscoveredFile(Path file, List<SourceTable> tables, Optional<String> failure) {
  public DiscoveredFile {
    requireNonNull(file, "file is null");
    tables = List.copyOf(tables);
    requireNonNull(failure, "failure is null");
    if (failure.isPresent() && !tables.isEmpty()) {
      throw new IllegalArgumentException("a file that failed to open holds no tables: " + file);
    }
  }

  /** A file whose tables were listed. */
  public static DiscoveredFile listed(Path file, List<SourceTable> tables) {
    return new DiscoveredFile(file, tables, Optional.empty());
  }

  /** A file that could not be opened, with the reason. */
  public static DiscoveredFile unopened(Path file, String reason) {
    return new DiscoveredFile(file, List.of(), Optional.of(reason));
  }

  public boolean failed() {
    return failure.isPresent();
  }
}
