package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestRun;
import org.devpay.store.StorePayData;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR}: ingest the datasets under DIR first (as {@code answer} does), then read the
 * store; shared by the analysis commands.
 */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR|FILE",
      description = "Ingest the datasets under DIR (or the FILE) first (known files are skipped).")
  Path data;

  /**
   * Ingests {@code --data} if given (its report goes to {@code err}), then the store's records
   * through the filter, each edition read once.
   */
  PayData load(DevpayStore opened, FilterOptions filters, PrintWriter err) {
    if (data != null) {
      IngestRun ingest = Wiring.ingestDirectory(opened, data);
      IngestSummary.print(ingest, err);
    }
    PayData stored = LoadedPayData.of(new StorePayData(opened));
    if (stored.editions().isEmpty()) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA,
          "no data in the store yet: run with --data DIR, or `devpay ingest DIR` first");
    }
    return LoadedPayData.of(filters.filter().applyTo(stored));
  }
}
