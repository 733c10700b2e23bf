package org.devpay.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;

/**
 * Times one table's records written into a new store through {@link TableWriter}, alternating the
 * Appender (every record appended) and the bulk load ({@link RecordSpill}, every record spilled),
 * commit included: survey-like records with two industries, three skills and four attributes. Not a
 * test: run its main with the store's test class path and the number of records (default
 * 1,000,000); prints the seconds each way takes, three rounds, and fails unless every record was
 * stored.
 */
public final class RecordLoadBenchmark {
  private static final List<String> SKILLS =
      List.of("java", "python", "go", "rust", "sql", "javascript", "typescript", "kotlin");

  private RecordLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Random random = new Random(1);
    PayRecord[] records = new PayRecord[n];
    // Row digests as SHA-256 hex looks: random, so that no two share their first 128 bits.
    String[] digests = new String[n];
    for (int i = 0; i < n; i++) {
      digests[i] =
          String.format(
              "%016x%016x%016x%016x",
              random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
      double amount = 30_000 + random.nextInt(200_000);
      records[i] =
          new PayRecord(
              "so-survey",
              "2024",
              2024,
              "r" + i,
              RoleFamily.BACKEND,
              "Developer, back-end",
              List.of(),
              Seniority.SENIOR,
              OptionalDouble.of(random.nextInt(30)),
              Employment.FULL_TIME,
              Profession.DEVELOPER,
              new Location(Optional.of("US"), Optional.empty(), Optional.empty()),
              List.of("finance", "tech"),
              List.of(
                  SKILLS.get(random.nextInt(8)),
                  SKILLS.get(random.nextInt(8)),
                  SKILLS.get(random.nextInt(8))),
              new PublishedPay(
                  amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.TOTAL, Optional.empty()),
              amount,
              amount,
              1,
              OptionalDouble.empty(),
              1,
              Map.of("EdLevel", "Bachelor", "OrgSize", "100 to 499", "RemoteWork", "Remote"));
    }
    Path dir = Files.createTempDirectory("devpay-record-load");
    for (int round = 0; round < 3; round++) {
      for (boolean spill : new boolean[] {false, true}) {
        Path file = dir.resolve("load-" + round + "-" + spill + ".duckdb");
        long start = System.nanoTime();
        write(file, records, digests, spill ? 0 : Long.MAX_VALUE, dir);
        System.out.printf(
            "%s: %,d records in %.2f s%n",
            spill ? "bulk load" : "appender", n, (System.nanoTime() - start) / 1e9);
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  private static void write(
      Path file, PayRecord[] records, String[] digests, long spillFrom, Path dir)
      throws SQLException {
    TableSource source =
        new TableSource("c0", "identity-c0", "bench", "so-survey", "/bench.csv", "", "c0", 1);
    try (DevpayStore store = DevpayStore.open(file);
        TableWriter writer = store.beginTable(source, spillFrom, RecordSpill.CHUNK_CHARS, dir)) {
      for (int i = 0; i < records.length; i++) {
        writer.appendRecord(i + 1, records[i], true, digests[i], () -> "");
      }
      writer.commit(Duration.ZERO, Instant.now());
    }
    try (DevpayStore store = DevpayStore.openReadOnly(file)) {
      long stored = store.tableRowCounts().get(PayRecordTable.NAME);
      if (stored != records.length) {
        throw new IllegalStateException(stored + " records stored of " + records.length);
      }
    }
  }
}
