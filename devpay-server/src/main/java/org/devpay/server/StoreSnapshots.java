package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.devpay.core.analysis.PrivacyFloor;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestListener;
import org.devpay.store.IngestRun;
import org.devpay.store.Ingestor;
import org.devpay.store.StorePayData;

/**
 * The current {@link Snapshot} of the store file. The file is opened read-only only to load a new
 * snapshot and closed at once, so a separate {@code ./devpay ingest} can write it while the server
 * runs. A request first compares the file's size and modification time (and its write-ahead log's)
 * with those seen at the last load, a cheap check; only when they changed is the store reopened,
 * and only when its data version changed are the records read again. While another process holds
 * the file (an ingest running), the previous snapshot goes on being served and the reload is
 * retried after a pause.
 */
final class StoreSnapshots {
  /** How long to wait before retrying a load that failed (the file is locked by an ingest). */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  private final Path file;
  private final PrivacyFloor floor;
  private final Clock clock;
  private final Consumer<Snapshot> onNewVersion;

  private volatile Loaded loaded;
  private volatile Optional<Failure> lastFailure = Optional.empty();

  StoreSnapshots(Path file, PrivacyFloor floor, Clock clock, Consumer<Snapshot> onNewVersion) {
    this.file = requireNonNull(file, "file is null").toAbsolutePath().normalize();
    this.floor = requireNonNull(floor, "floor is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.onNewVersion = requireNonNull(onNewVersion, "onNewVersion is null");
  }

  /** The store file. */
  Path file() {
    return file;
  }

  /** Why the last load failed, when the snapshot served is older than the file. */
  Optional<Failure> lastFailure() {
    return lastFailure;
  }

  /**
   * The snapshot for the file as it is now, reloading it first when the file changed.
   *
   * <p>Before any store file exists, this is an empty snapshot: the server runs, and says that
   * nothing was ingested yet.
   *
   * @throws DevpayException ENVIRONMENT when no snapshot could ever be loaded (the file is locked
   *     or unreadable); USER_INPUT when the file is not a devpay store
   */
  Snapshot current() {
    Loaded seen = loaded;
    FileStamp stamp = FileStamp.of(file);
    if (seen != null && seen.stamp().equals(stamp)) {
      return seen.snapshot();
    }
    return reload(stamp);
  }

  private synchronized Snapshot reload(FileStamp stamp) {
    Loaded seen = loaded;
    if (seen != null && seen.stamp().equals(stamp)) {
      return seen.snapshot();
    }
    Optional<Failure> failure = lastFailure;
    Instant now = clock.instant();
    if (seen != null
        && failure.isPresent()
        && failure.get().stamp().equals(stamp)
        && now.isBefore(failure.get().at().plus(RETRY_AFTER))) {
      return seen.snapshot();
    }
    if (!Files.exists(file)) {
      Snapshot empty =
          seen != null && seen.snapshot().version().equals(Snapshot.NO_DATA_VERSION)
              ? seen.snapshot()
              : Snapshot.empty(now);
      loaded = new Loaded(stamp, empty);
      lastFailure = Optional.empty();
      return empty;
    }
    try (DevpayStore store = DevpayStore.openReadOnly(file)) {
      StorePayData data = new StorePayData(store);
      Snapshot snapshot;
      if (seen != null && seen.snapshot().version().equals(data.version())) {
        snapshot = seen.snapshot();
      } else {
        snapshot = Snapshot.load(data, floor, now);
      }
      boolean newVersion = seen == null || !seen.snapshot().version().equals(snapshot.version());
      loaded = new Loaded(stamp, snapshot);
      lastFailure = Optional.empty();
      if (newVersion) {
        onNewVersion.accept(snapshot);
      }
      return snapshot;
    } catch (DevpayException e) {
      lastFailure = Optional.of(new Failure(stamp, now, e.getMessage()));
      if (seen == null) {
        throw e;
      }
      return seen.snapshot();
    }
  }

  /**
   * Ingests one file into the store, opened for writing only for the duration, then loads the new
   * snapshot. Ingests are serialized with loads.
   */
  synchronized IngestRun ingest(Path upload, Function<DevpayStore, Ingestor> ingestors) {
    IngestRun run;
    try (DevpayStore store = DevpayStore.open(file)) {
      run = ingestors.apply(store).ingestAll(List.of(upload), IngestListener.NONE);
    }
    lastFailure = Optional.empty();
    reload(FileStamp.of(file));
    return run;
  }

  /** The snapshot last loaded and the file state it was loaded from. */
  private record Loaded(FileStamp stamp, Snapshot snapshot) {}

  /**
   * A load that failed, kept to report in health and to pace retries.
   *
   * @param stamp the file state the load saw
   * @param at when it failed
   * @param message why
   */
  record Failure(FileStamp stamp, Instant at, String message) {}

  /**
   * Size and modification time of the store file and of its write-ahead log: what changes when an
   * ingest commits, read without opening the database.
   */
  record FileStamp(long size, Instant modified, long walSize, Instant walModified) {
    static FileStamp of(Path file) {
      BasicFileAttributes main = attributes(file);
      BasicFileAttributes wal = attributes(file.resolveSibling(file.getFileName() + ".wal"));
      return new FileStamp(
          main == null ? -1 : main.size(),
          main == null ? Instant.EPOCH : main.lastModifiedTime().toInstant(),
          wal == null ? -1 : wal.size(),
          wal == null ? Instant.EPOCH : wal.lastModifiedTime().toInstant());
    }

    private static BasicFileAttributes attributes(Path path) {
      try {
        return Files.readAttributes(path, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return null;
      } catch (IOException e) {
        throw new DevpayException(
            ErrorCategory.ENVIRONMENT, "cannot read the attributes of " + path, e);
      }
    }
  }
}
