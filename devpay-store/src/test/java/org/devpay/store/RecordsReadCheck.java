package org.devpay.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.devpay.core.model.PayRecord;

/**
 * Checks every edition and dataset of an existing store: the coded record read ({@link
 * DevpayStore#records}) against the reference read ({@link ReferenceRecordRead}), record by record.
 * Not a test: the stores worth checking (the real data ingested, a million synthetic rows) are made
 * by devpay-ingest, which this module's tests cannot use. Run its main method with the test
 * classpath and the argument {@code STORE}; the store is opened read-only, and the exit status is 1
 * when a read differs.
 */
public final class RecordsReadCheck {
  private RecordsReadCheck() {}

  public static void main(String[] args) throws SQLException {
    if (args.length != 1) {
      System.err.println("usage: RecordsReadCheck STORE");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    boolean same = true;
    long records = 0;
    try (DevpayStore store = DevpayStore.openReadOnly(file);
        Connection reference =
            DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly)) {
      for (DatasetSummary dataset : store.datasets()) {
        for (String edition : dataset.editions()) {
          List<PayRecord> read = store.records(dataset.datasetId(), edition);
          same &=
              report(
                  dataset.datasetId() + " " + edition,
                  read,
                  ReferenceRecordRead.read(reference, dataset.datasetId(), edition));
          records += read.size();
        }
        same &=
            report(
                dataset.datasetId(),
                store.records(dataset.datasetId()),
                ReferenceRecordRead.read(reference, dataset.datasetId(), null));
      }
    }
    System.out.printf(
        Locale.ROOT, "%,d records: %s%n", records, same ? "every read the same" : "READS DIFFER");
    System.exit(same ? 0 : 1);
  }

  private static boolean report(String what, List<PayRecord> read, List<PayRecord> reference) {
    int differs = -1;
    for (int i = 0; i < Math.min(read.size(), reference.size()) && differs < 0; i++) {
      if (!read.get(i).equals(reference.get(i))) {
        differs = i;
      }
    }
    if (differs < 0 && read.size() == reference.size()) {
      System.out.printf(Locale.ROOT, "%s: %,d records, the same%n", what, read.size());
      return true;
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %,d records read, %,d by the reference; first difference at %d:%n  %s%n  %s%n",
        what,
        read.size(),
        reference.size(),
        differs,
        differs < 0 ? "" : read.get(differs),
        differs < 0 ? "" : reference.get(differs));
    return false;
  }
}
