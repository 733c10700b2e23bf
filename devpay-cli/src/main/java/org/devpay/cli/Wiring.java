package org.devpay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestRun;
import org.devpay.store.Ingestor;

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
   * Checks a {@code --data} directory before the store is opened, so a mistyped directory does not
   * leave an empty store behind.
   *
   * @throws DevpayException MISSING_DATA when it does not exist, USER_INPUT when it is not a
   *     directory
   */
  static void requireDataDirectory(Path directory) {
    if (!Files.exists(directory)) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA, "--data names no such directory: " + directory);
    }
    if (!Files.isDirectory(directory)) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "--data is not a directory: " + directory);
    }
  }

  static Ingestor ingestor(DevpayStore store) {
    return new Ingestor(store, new FormatDetector(AdapterRegistry.standard()), normalizer());
  }

  /**
   * Ingests every recognised file under a {@code --data} directory, with a progress bar on stderr.
   *
   * @throws DevpayException MISSING_DATA when it does not exist, USER_INPUT when it is not a
   *     directory
   */
  static IngestRun ingestDirectory(DevpayStore store, Path directory) {
    requireDataDirectory(directory);
    return ingestor(store).ingestAll(List.of(directory), ConsoleProgress.forStderr());
  }
}
