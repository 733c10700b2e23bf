package org.devpay.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Kills {@code devpay ingest} with SIGKILL at a random moment, many times, and checks what the
 * store holds: no table in part (records or rejections of a table whose transaction did not
 * commit), and after ingesting the same files again, exactly what a clean ingest holds.
 */
final class KillTrials {
  /**
   * What the trials found.
   *
   * @param requested ingests to kill
   * @param trials ingests killed (each was still running when killed)
   * @param finishedBeforeKill ingests that ended before their kill moment: not trials, and the
   *     moments drawn after them are earlier
   * @param killedBeforeFirstTable trials killed before the ingest began reading a table (the JVM
   *     starting, the store being created)
   * @param killedDuringTables trials killed once tables were being read but before the last one was
   *     committed (most of them with a table's transaction open)
   * @param killedAfterLastCommit trials killed after the last table's commit
   * @param partialTables tables held in part after a kill, over every trial
   * @param unequalAfterReingest trials whose store, ingested again, differs from a clean one
   * @param cleanIngestSeconds how long a clean ingest of the files took
   * @param examples a few of the problems found
   */
  record Result(
      int requested,
      int trials,
      int finishedBeforeKill,
      int killedBeforeFirstTable,
      int killedDuringTables,
      int killedAfterLastCommit,
      int partialTables,
      int unequalAfterReingest,
      double cleanIngestSeconds,
      List<String> examples) {}

  private KillTrials() {}

  /** The reference store of a clean ingest, kept for the other parts of the suite. */
  static Path cleanStore(Path work) {
    return work.resolve("kill-clean.duckdb");
  }

  static Result run(int trials, List<Path> inputs, Path work, Random random) throws Exception {
    Path log = work.resolve("kill-trials.log");
    List<String> args = new ArrayList<>(List.of("ingest", "--db", cleanStore(work).toString()));
    inputs.forEach(p -> args.add(p.toString()));
    long start = System.nanoTime();
    int exit = Devpay.run(log, Duration.ofMinutes(20), args.toArray(String[]::new));
    double cleanSeconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException("the clean ingest exited " + exit + " (see " + log + ")");
    }
    List<String> clean = StoreFingerprint.of(cleanStore(work));
    long cleanTables = tables(clean);
    // Kill moments are drawn up to the end of an ingest (at first the clean ingest's duration,
    // then the shortest an ingest took that ended before its kill): one in four from the JVM's
    // start, three in four from the moment the ingest began reading its first table.
    double ceiling = cleanSeconds;
    int killed = 0;
    int finished = 0;
    int beforeFirst = 0;
    int during = 0;
    int afterLast = 0;
    int partial = 0;
    int unequal = 0;
    List<String> examples = new ArrayList<>();
    for (int attempt = 0; killed < trials && attempt < 4 * trials; attempt++) {
      Path store = work.resolve("kill-" + attempt + ".duckdb");
      List<String> trialArgs = new ArrayList<>(List.of("ingest", "--db", store.toString()));
      inputs.forEach(p -> trialArgs.add(p.toString()));
      long started = System.nanoTime();
      Path trialLog = work.resolve("kill-" + attempt + ".log");
      Process ingest = Devpay.start(trialLog, trialArgs.toArray(String[]::new));
      boolean fromFirstTable = random.nextInt(4) > 0;
      double fraction = random.nextDouble();
      double from = fromFirstTable ? awaitFirstTable(trialLog, ingest, started, ceiling) : 0;
      long killAt = started + (long) ((from + fraction * Math.max(0, ceiling - from)) * 1e9);
      long delay = Math.max(0, (killAt - System.nanoTime()) / 1_000_000);
      if (ingest.waitFor(delay, TimeUnit.MILLISECONDS)) {
        finished++;
        ceiling = Math.min(ceiling, (System.nanoTime() - started) / 1e9);
        deleteStore(store);
        Files.deleteIfExists(trialLog);
        continue;
      }
      ingest.destroyForcibly().waitFor();
      killed++;
      List<String> partialHere = StoreFingerprint.partialTables(store);
      partial += partialHere.size();
      partialHere.stream().limit(3).forEach(p -> examples.add("trial " + store + ": " + p));
      long tables = tables(StoreFingerprint.of(store));
      if (tables >= cleanTables) {
        afterLast++;
      } else if (beganReading(trialLog)) {
        during++;
      } else {
        beforeFirst++;
      }
      Files.deleteIfExists(trialLog);
      int again = Devpay.run(log, Duration.ofMinutes(20), trialArgs.toArray(String[]::new));
      List<String> after = StoreFingerprint.of(store);
      if (again != 0 || !after.equals(clean)) {
        unequal++;
        if (examples.size() < 20) {
          examples.add(
              "attempt " + attempt + ": re-ingest exited " + again + ", store differs from clean");
        }
      }
      deleteStore(store);
    }
    return new Result(
        trials,
        killed,
        finished,
        beforeFirst,
        during,
        afterLast,
        partial,
        unequal,
        cleanSeconds,
        examples);
  }

  /**
   * Seconds from {@code started} until the ingest began reading its first table, or {@code ceiling}
   * when it ended or took longer.
   */
  private static double awaitFirstTable(Path log, Process ingest, long started, double ceiling)
      throws IOException, InterruptedException {
    while (ingest.isAlive()) {
      double elapsed = (System.nanoTime() - started) / 1e9;
      if (elapsed >= ceiling) {
        break;
      }
      if (beganReading(log)) {
        return elapsed;
      }
      Thread.sleep(5);
    }
    return ceiling;
  }

  /** Whether an ingest's output shows it began reading a table (it names each as it begins). */
  private static boolean beganReading(Path log) throws IOException {
    return Files.isRegularFile(log)
        && Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
            .anyMatch(l -> l.startsWith("ingesting "));
  }

  /** The committed tables a store's fingerprint lists. */
  private static long tables(List<String> fingerprint) {
    return fingerprint.stream().filter(l -> l.split(" \\| ").length == 6).count();
  }

  static void deleteStore(Path store) throws IOException {
    Files.deleteIfExists(store);
    Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
  }
}
