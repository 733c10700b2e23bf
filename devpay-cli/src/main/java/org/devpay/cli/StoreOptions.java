package org.devpay.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.devpay.store.DevpayStore;
import org.devpay.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that reads or writes the store shares. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "DuckDB store file (default: $DEVPAY_DB, else ./devpay.duckdb).")
  Path db;

  StoreLocation location() {
    return StoreLocation.resolve(Optional.ofNullable(db), System.getenv());
  }

  DevpayStore open() {
    return DevpayStore.open(location().path());
  }
}
