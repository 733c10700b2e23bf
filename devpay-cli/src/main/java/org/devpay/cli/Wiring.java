package org.devpay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.Ingestor;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.store.DevpayStore;

/** Assembles the standard components (adapters, normalizer, store) in one place for commands. */
final class Wiring {
  private static volatile Normalizer normalizer;

  private Wiring() {}

  /** The shipped normalizer, loaded once: its tables are immutable and it is thread-safe. */
  static Normalizer normalizer() {
    Normalizer local = normalizer;
    if (local == null) {
      synchronized (Wiring.class) {
        local = normalizer;
        if (local == null) {
          local = StandardNormalizer.fromResources();
          normalizer = local;
        }
      }
    }
    return local;
  }

  /**
   * Checks a {@code --data} directory or file before the store is opened, so a mistyped path or an
   * unknown file does not leave an empty store behind.
   *
   * @throws DevpayException MISSING_DATA when it does not exist, USER_INPUT when it is neither a
   *     directory nor a file, BAD_INPUT_FILE when it is a file no reader recognises
   */
  static void requireDataPath(Path path) {
    if (!Files.exists(path)) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA, "--data names no such file or directory: " + path);
    }
    if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "--data is neither a directory nor a file: " + path);
    }
    // A file named explicitly that no reader knows is refused before any store is opened.
    ExplicitFiles.requireRecognised(List.of(path));
  }

  static Ingestor ingestor(DevpayStore store) {
    return new Ingestor(store, new FormatDetector(AdapterRegistry.standard()), normalizer());
  }

  /**
   * Ingests every recognised file under a {@code --data} directory, or the one {@code --data} file,
   * with a progress bar on stderr.
   *
   * @throws DevpayException as {@link #requireDataPath} says
   */
  static IngestRun ingestDirectory(DevpayStore store, Path directory) {
    requireDataPath(directory);
    return ingestor(store).ingestAll(List.of(directory), ConsoleProgress.forStderr());
  }
}
