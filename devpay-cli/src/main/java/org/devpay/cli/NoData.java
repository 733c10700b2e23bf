package org.devpay.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.ingest.IngestOutcome;
import org.devpay.ingest.IngestRun;

/**
 * The one message every analysis command gives when the store holds no records (exit 3), with
 * advice that fits how it got there: after {@code --data DIR} ingested nothing, that nothing in DIR
 * was recognised; otherwise how to ingest data.
 */
final class NoData {
  private NoData() {}

  static DevpayException in(Path store, Optional<Path> dataDirectory, Optional<IngestRun> run) {
    if (dataDirectory.isPresent() && run.isPresent()) {
      IngestRun ingest = run.get();
      long usable =
          ingest.count(IngestOutcome.INGESTED) + ingest.count(IngestOutcome.ALREADY_INGESTED);
      String directory = dataDirectory.get().toString();
      if (usable == 0) {
        return new DevpayException(
            ErrorCategory.MISSING_DATA,
            "nothing in "
                + directory
                + " was recognised ("
                + ingest.count(IngestOutcome.SKIPPED)
                + " skipped, "
                + ingest.count(IngestOutcome.FAILED)
                + " failed; see the report above): `devpay datasets` lists the datasets devpay"
                + " reads, and each file's report says why it was skipped");
      }
      return new DevpayException(
          ErrorCategory.MISSING_DATA,
          "the files recognised under " + directory + " hold no row with usable pay");
    }
    return new DevpayException(
        ErrorCategory.MISSING_DATA,
        "no data in the store "
            + store
            + " yet: run with --data DIR, or `devpay ingest FILE|DIR` first");
  }
}
