package org.devpay.store;

import java.nio.file.Path;
import java.util.Locale;
import org.devpay.core.data.EditionColumns;

/**
 * Measures reading every edition of a store as records, as columns one edition at a time, or as
 * columns of all editions together ({@link DevpayStore#columns(java.util.List)}, what {@code
 * answer} reads), one way per process so that the process's maximum resident set size (from {@code
 * /usr/bin/time -v}) is that way's. Not a test (no assertion on time or memory, which depend on the
 * machine): run its main method with the test classpath and the arguments {@code STORE
 * records|columns|together}. The store is opened read-only.
 */
public final class EditionReadBenchmark {
  private EditionReadBenchmark() {}

  public static void main(String[] args) {
    if (args.length != 2
        || !java.util.List.of("records", "columns", "together").contains(args[1])) {
      System.err.println("usage: EditionReadBenchmark STORE records|columns|together");
      System.exit(2);
    }
    boolean columns = args[1].equals("columns");
    long total = 0;
    long start = System.nanoTime();
    try (DevpayStore store = DevpayStore.openReadOnly(Path.of(args[0]))) {
      if (args[1].equals("together")) {
        java.util.List<org.devpay.core.data.EditionKey> keys = new java.util.ArrayList<>();
        for (DatasetSummary dataset : store.datasets()) {
          for (String edition : dataset.editions()) {
            keys.add(new org.devpay.core.data.EditionKey(dataset.datasetId(), edition));
          }
        }
        for (EditionColumns read : store.columns(keys)) {
          total += read.size();
        }
      }
      for (DatasetSummary dataset :
          args[1].equals("together") ? java.util.List.<DatasetSummary>of() : store.datasets()) {
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
