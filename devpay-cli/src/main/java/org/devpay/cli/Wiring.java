package org.devpay.cli;

import org.devpay.core.normalize.Normalizer;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.store.DevpayStore;
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
}
