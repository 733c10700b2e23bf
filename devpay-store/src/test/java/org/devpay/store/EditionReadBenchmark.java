package org.devpay.store;

import java.nio.file.Path;
import java.util.Locale;
import org.devpay.core.data.EditionColumns;

/**
 * Measures reading every edition of a store as records or as columns, one way per process so that
 * the process's maximum resident set size (from {@code /usr/bin/time -v}) is that way's. Not a test
 * (no assertion on time or memory, which depend on the machine): run its main method with the test
 * classpath and the arguments {@code STORE records|columns}. The store is opened read-only.
 */
public final class EditionReadBenchmark {
  private EditionReadBenchmark() {}

  public static void main(String[] args) {
    if (args.length != 2 || !(args[1].equals("records") || args[1].equals("columns"))) {
      System.err.println("usage: EditionReadBenchmark STORE records|columns");
      System.exit(2);
    }
    boolean columns = args[1].equals("columns");
    long total = 0;
    long start = System.nanoTime();
    try (DevpayStore store = DevpayStore.openReadOnly(Path.of(args[0]))) {
      for (DatasetSummary dataset : store.datasets()) {
        for (String edition : dataset.editions()) {
          long editionStart = System.nanoTime();
          int rows;
          if (columns) {
            EditionColumns read = store.columns(dataset.datasetId(), edition);
            rows = read.size();
          } else {
            rows = store.records(dataset.datasetId(), edition).size();
          }
          total += rows;
          System.out.printf(
              Locale.ROOT,
              "%s %s %s: %,d rows in %.2f s%n",
              args[1],
              dataset.datasetId(),
              edition,
              rows,
              (System.nanoTime() - editionStart) / 1e9);
        }
      }
    }
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.out.printf(
        Locale.ROOT,
        "%s: %,d rows in %.2f s; heap used after GC %.0f MiB%n",
        args[1],
        total,
        (System.nanoTime() - start) / 1e9,
        (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0);
  }
}
