package org.devpay.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.devpay.ingest.IngestListener;
import org.devpay.ingest.IngestOutcome;
import org.devpay.ingest.IngestRun;
import org.devpay.store.DevpayStore;
import org.devpay.testing.RealData;
import org.devpay.testing.ScratchDirectory;

/**
 * One store holding every real dataset under ../shared/data, ingested once per test JVM through the
 * standard adapters and normalizer (as {@code ./devpay answer --data} does), for the tests that
 * measure the estimator on real data. Tests only read it.
 */
final class RealStore {
  private static Path file;

  private RealStore() {}

  /** The store file, ingested on first use (or the test skips when the data is absent). */
  static synchronized Path file() throws IOException {
    if (file == null) {
      Path data = RealData.dir();
      Path directory = ScratchDirectory.create("devpay-cli-real-");
      Path store = directory.resolve("all.duckdb");
      try (DevpayStore opened = DevpayStore.open(store)) {
        IngestRun run = Wiring.ingestor(opened).ingestAll(List.of(data), IngestListener.NONE);
        if (run.count(IngestOutcome.FAILED) > 0) {
          throw new IllegalStateException("a real file failed to ingest: " + run.reports());
        }
      }
      file = store;
    }
    return file;
  }
}
