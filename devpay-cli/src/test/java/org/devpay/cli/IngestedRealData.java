package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.devpay.testing.RealData;
import org.devpay.testing.ScratchDirectory;

/**
 * A store holding every real dataset, ingested once per test JVM through {@code devpay ingest} (the
 * slow part of the analysis commands' tests) and copied for each test class that asks.
 */
final class IngestedRealData {
  private static Path ingested;

  private IngestedRealData() {}

  /**
   * A fresh copy of the store with every dataset under {@code devpay.data.dir}, at {@code target}.
   */
  static synchronized Path copyTo(Path target) {
    try {
      if (ingested == null) {
        Path directory = ScratchDirectory.create("devpay-cli-real-");
        Path store = directory.resolve("real.duckdb");
        CommandRunner run =
            CommandRunner.run("ingest", RealData.dir().toString(), "--db", store.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        ingested = store;
      }
      Files.copy(ingested, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
