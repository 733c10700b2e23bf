package org.devpay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.store.DevpayStore;
import org.devpay.store.StoreLocation;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every command that reads or writes the store shares. Commands that only
 * read open the store read-only and never create it: a mistyped path is missing data (exit 3) with
 * advice, not a new empty store.
 */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "DuckDB store file (default: $DEVPAY_DB, else ./devpay.duckdb).")
  Path db;

  StoreLocation location() {
    return StoreLocation.resolve(Optional.ofNullable(db), System.getenv());
  }

  /** Opens the store for an ingest, creating it (and its directory) when absent. */
  DevpayStore openForWriting() {
    return DevpayStore.open(location().path());
  }

  /**
   * Opens an existing store read-only.
   *
   * @throws DevpayException MISSING_DATA, with advice that names where the path came from, when
   *     there is no store file
   */
  DevpayStore openForReading() {
    StoreLocation location = location();
    if (!Files.isRegularFile(location.path())) {
      throw new DevpayException(ErrorCategory.MISSING_DATA, noStoreAdvice(location));
    }
    return DevpayStore.openReadOnly(location.path());
  }

  /** Opens the store for writing when {@code dataDirectory} is given (to ingest it), else reads. */
  DevpayStore open(Optional<Path> dataDirectory) {
    if (dataDirectory.isPresent()) {
      Wiring.requireDataPath(dataDirectory.get());
      return openForWriting();
    }
    return openForReading();
  }

  static String noStoreAdvice(StoreLocation location) {
    String path = location.path().toString();
    return switch (location.origin()) {
      case OPTION ->
          "no store at "
              + path
              + " (--db): check the path for a typo, or create it with ./devpay answer --db "
              + path
              + " --data DIR";
      case ENVIRONMENT ->
          "no store at "
              + path
              + " ($"
              + StoreLocation.ENVIRONMENT_VARIABLE
              + "): check the variable, or create the store with ./devpay answer --data DIR";
      case DEFAULT ->
          "no store at ./"
              + StoreLocation.DEFAULT_FILE_NAME
              + " yet: ingest data first (./devpay answer --data DIR, or ./devpay ingest FILE|DIR), or"
              + " name a store with --db";
    };
  }
}
