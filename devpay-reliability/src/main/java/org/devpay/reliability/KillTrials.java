package org.devpay.reliability;

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
   * @param trials ingests killed
   * @param killedMidIngest trials whose kill left the store with fewer tables than a clean ingest
   *     (the others were killed before the store existed or after the last commit)
   * @param partialTables tables held in part after a kill, over every trial
   * @param unequalAfterReingest trials whose store, ingested again, differs from a clean one
   * @param cleanIngestSeconds how long a clean ingest of the files took
   * @param examples a few of the problems found
   */
  record Result(
      int trials,
      int killedMidIngest,
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
    long cleanTables = clean.stream().filter(l -> l.split(" \\| ").length == 6).count();
    int midIngest = 0;
    int partial = 0;
    int unequal = 0;
    List<String> examples = new ArrayList<>();
    for (int t = 0; t < trials; t++) {
      Path store = work.resolve("kill-" + t + ".duckdb");
      List<String> trialArgs = new ArrayList<>(List.of("ingest", "--db", store.toString()));
      inputs.forEach(p -> trialArgs.add(p.toString()));
      Process ingest = Devpay.start(log, trialArgs.toArray(String[]::new));
      // Anywhere from the JVM's start to the end of a clean ingest.
      long delay = (long) (random.nextDouble() * cleanSeconds * 1000);
      if (!ingest.waitFor(delay, TimeUnit.MILLISECONDS)) {
        ingest.destroyForcibly().waitFor();
      }
      List<String> partialHere = StoreFingerprint.partialTables(store);
      partial += partialHere.size();
      partialHere.stream().limit(3).forEach(p -> examples.add("trial " + store + ": " + p));
      long tables =
          StoreFingerprint.of(store).stream().filter(l -> l.split(" \\| ").length == 6).count();
      if (tables < cleanTables) {
        midIngest++;
      }
      int again = Devpay.run(log, Duration.ofMinutes(20), trialArgs.toArray(String[]::new));
      List<String> after = StoreFingerprint.of(store);
      if (again != 0 || !after.equals(clean)) {
        unequal++;
        if (examples.size() < 20) {
          examples.add("trial " + t + ": re-ingest exited " + again + ", store differs from clean");
        }
      }
      deleteStore(store);
    }
    return new Result(trials, midIngest, partial, unequal, cleanSeconds, examples);
  }

  static void deleteStore(Path store) throws java.io.IOException {
    Files.deleteIfExists(store);
    Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
  }
}
