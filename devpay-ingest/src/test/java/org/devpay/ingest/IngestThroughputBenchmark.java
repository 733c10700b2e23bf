package org.devpay.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.devpay.sources.NormalizedRow;
import org.devpay.sources.NormalizedRows;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.store.DevpayStore;

/**
 * Measures ingest throughput on synthetic rows of the tiny CSV format. Not a test (no assertion on
 * time, which depends on the machine): run its main method with the test classpath, optionally with
 * the number of rows as the argument (default 100,000).
 *
 * <p>It reports the full ingest (hashing, detection, adapter, normalizer, appenders, commit) and,
 * to isolate the store's share, the table's NormalizedRows (adapter and normalizer) alone, counted
 * and dropped.
 */
public final class IngestThroughputBenchmark {
  private IngestThroughputBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Files.createTempDirectory("devpay-bench");
    Path csv = TinyCsv.write(dir.resolve("synthetic.csv"), TinyCsv.rows(rows));
    SourceTable table = SourceTables.tablesIn(csv).get(0);

    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      RateTableNormalizer normalizer = new RateTableNormalizer();
      long[] accepted = {0};
      NormalizedRows.of(ReadableTable.detect(table), new TinyCsvAdapter(), normalizer)
          .forEach(
              (NormalizedRow row) -> {
                if (row instanceof NormalizedRow.Accepted) {
                  accepted[0]++;
                }
              });
      if (accepted[0] != rows) {
        throw new IllegalStateException("unexpected rows: " + accepted[0] + " accepted");
      }
      report("NormalizedRows only", rows, System.nanoTime() - start);

      Path storeFile = dir.resolve("store-" + round + ".duckdb");
      try (DevpayStore store = DevpayStore.open(storeFile)) {
        start = System.nanoTime();
        IngestRun run =
            new Ingestor(store, TinyCsv.detector(), normalizer)
                .ingestAll(List.of(csv), IngestListener.NONE);
        long elapsed = System.nanoTime() - start;
        if (run.rowsAccepted() != rows) {
          throw new IllegalStateException("unexpected run: " + run);
        }
        report("full ingest into DuckDB", rows, elapsed);
      }
    }
  }

  private static void report(String what, int rows, long nanos) {
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-28s %,d rows in %.3f s = %,.0f rows/s%n",
        what,
        rows,
        seconds,
        rows / seconds);
  }
}
