package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.StorePayData;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR}: ingest the datasets under DIR first (as {@code answer} does), then read the
 * store; shared by the analysis commands. Without it the store is only read, never created.
 */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR|FILE",
      description = "Ingest the datasets under DIR (or the FILE) first (known files are skipped).")
  Path data;

  /** The store, opened for writing when there is a directory to ingest, else read-only. */
  DevpayStore open(StoreOptions store) {
    return store.open(Optional.ofNullable(data));
  }

  /**
   * Ingests {@code --data} if given (its report goes to {@code err}), then the store's records
   * through the filter, each edition read once.
   *
   * @throws org.devpay.core.error.DevpayException MISSING_DATA when the store holds no record
   */
  PayData load(DevpayStore opened, FilterOptions filters, PrintWriter err) {
    Optional<IngestRun> run = Optional.empty();
    if (data != null) {
      IngestRun ingest = Wiring.ingestDirectory(opened, data);
      IngestSummary.print(ingest, err);
      run = Optional.of(ingest);
    }
    PayData stored = LoadedPayData.of(new StorePayData(opened));
    if (stored.editions().isEmpty()) {
      throw NoData.in(opened.file(), Optional.ofNullable(data), run);
    }
    return LoadedPayData.of(filters.filter().applyTo(stored));
  }
}
