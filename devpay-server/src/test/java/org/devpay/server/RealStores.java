package org.devpay.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.ingest.IngestListener;
import org.devpay.ingest.IngestOutcome;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.Ingestor;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.store.DevpayStore;
import org.devpay.testing.RealData;
import org.devpay.testing.ScratchDirectory;

/**
 * Stores built from the real datasets for the server's tests, ingested once per test JVM through
 * the standard adapters and normalizer (as {@code ./devpay ingest} does) and copied for each test,
 * which may then change its copy.
 */
final class RealStores {
  /**
   * The subset the API and browser tests serve: DOU's June 2025 wave (the one with a back-end
   * field; the earlier waves are served by {@link #serveEverything}) and the four EU surveys.
   */
  static final List<String> SUBSET =
      List.of("dou-ua-salaries/2025_june_raw.csv", "it-salary-survey-eu");

  private static Path subset;
  private static Path attack;

  private RealStores() {}

  /** The standard ingestor over a store opened for writing. */
  static Ingestor ingestor(DevpayStore store) {
    return new Ingestor(
        store, new FormatDetector(AdapterRegistry.standard()), StandardNormalizer.fromResources());
  }

  /** A fresh copy of the subset store, at {@code target}. */
  static synchronized Path subsetCopy(Path target) throws IOException {
    if (subset == null) {
      Path directory = ScratchDirectory.create("devpay-server-test-");
      Path file = directory.resolve("subset.duckdb");
      ingest(file, SUBSET.stream().map(RealData::file).toList());
      subset = file;
    }
    Files.copy(subset, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /**
   * A fresh copy, at {@code target}, of the store the differencing attacks run on: the subset and
   * levels.fyi (whose Swiss data-science cell is the example).
   */
  static synchronized Path attackCopy(Path target) throws IOException {
    if (attack == null) {
      Path directory = ScratchDirectory.create("devpay-server-attack-");
      Path file = directory.resolve("attack.duckdb");
      List<Path> paths = new java.util.ArrayList<>(SUBSET.stream().map(RealData::file).toList());
      paths.add(RealData.file("levels-fyi-stem-salaries"));
      ingest(file, paths);
      attack = file;
    }
    Files.copy(attack, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /**
   * A server over a fresh copy of the subset store at {@code target}, with the API tests' settings
   * (200 resamples), no rate limit and no access log.
   */
  static DevpayServer serveSubset(Path target) throws IOException {
    return serve(subsetCopy(target), ApiTest.SETTINGS);
  }

  /**
   * A server over every dataset under ../shared/data, ingested into {@code store}, with the default
   * settings (the figures of {@code ./devpay answer}): what the README's screenshots show.
   */
  static DevpayServer serveEverything(Path store) {
    ingest(store, List.of(RealData.dir()));
    return serve(store, AnswerSettings.defaults());
  }

  /** Tests send many requests and read no access log: no rate limit, no log. */
  static DevpayServer serve(Path store, AnswerSettings answers) {
    return DevpayServer.start(
        ServerSettings.defaults(store, 0)
            .withAnswers(answers)
            .withRequestsPerSecond(0)
            .withAccessLog(line -> {}));
  }

  /** Ingests paths into the store file (created if absent) and checks that nothing failed. */
  static IngestRun ingest(Path store, List<Path> paths) {
    try (DevpayStore opened = DevpayStore.open(store)) {
      IngestRun run = ingestor(opened).ingestAll(paths, IngestListener.NONE);
      if (run.count(IngestOutcome.FAILED) > 0) {
        throw new IllegalStateException("a real file failed to ingest: " + run.reports());
      }
      return run;
    }
  }
}
