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

  static Ingestor ingestor(DevpayStore store) {
    return new Ingestor(store, new FormatDetector(AdapterRegistry.standard()), normalizer());
  }

  /**
   * Ingests every recognised file under a {@code --data} directory, or the one {@code --data} file,
   * with a progress bar on stderr.
   *
   * @throws DevpayException USER_INPUT when it is neither a directory nor a file; BAD_INPUT_FILE
   *     when it is a file no reader recognises
   */
  static IngestRun ingestDirectory(DevpayStore store, Path directory) {
    if (!Files.isDirectory(directory) && !Files.isRegularFile(directory)) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "--data is neither a directory nor a file: " + directory);
    }
    ExplicitFiles.requireRecognised(List.of(directory));
    return ingestor(store).ingestAll(List.of(directory), ConsoleProgress.forStderr());
  }
}
