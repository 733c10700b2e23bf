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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.ingest.IngestListener;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.Ingestor;
import org.devpay.ingest.StorePayData;
import org.devpay.store.DevpayStore;

/**
 * The current {@link Snapshot} of the store file, loaded in the background so that no request waits
 * for a load. The file is opened read-only only to load a new snapshot and closed at once, so a
 * separate {@code ./devpay ingest} can write it while the server runs.
 *
 * <p>A request compares the file's size and modification time (and its write-ahead log's) with
 * those seen at the last load, a cheap check; when they changed it asks the one loader thread to
 * reload and goes on with the snapshot it has. The loader reopens the store, reads the records only
 * when the data version changed, lets the server precompute the new version's cached answers, and
 * only then swaps the snapshot in, in one atomic step: until then every request, health included,
 * is answered from the previous data, and {@code data_version} changes for everyone at once. While
 * another process holds the file (an ingest running) the load fails; it is retried after a pause
 * and health says the data is stale. Only the very first load is waited for by requests that need
 * data (there is nothing else to serve); health never waits.
 */
final class StoreSnapshots implements AutoCloseable {
  /** How long to wait before retrying a load that failed (the file is locked by an ingest). */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  /** How long a request that needs data waits for the first load before it is told to retry. */
  private static final Duration FIRST_LOAD_WAIT = Duration.ofMinutes(2);

  private final Path file;
  private final PrivacyFloor floor;
  private final Clock clock;
  private final Consumer<Snapshot> beforePublishing;
  private final Consumer<Snapshot> afterPublishing;
  private final ScheduledExecutorService loader;
  private final AtomicReference<Loaded> loaded = new AtomicReference<>();
  private final AtomicBoolean reloadRequested = new AtomicBoolean();
  private final CountDownLatch firstLoad = new CountDownLatch(1);
  private final Object ingests = new Object();

  private volatile Optional<Failure> lastFailure = Optional.empty();
  private volatile DevpayException firstLoadFailure;

  /**
   * @param beforePublishing runs on the loader thread with each new data version but the first
   *     before it is served (the server fills its cache for it)
   * @param afterPublishing runs on the loader thread with each new data version once it is served
   *     (the first is served at once: nothing was served before it)
   */
  StoreSnapshots(
      Path file,
      PrivacyFloor floor,
      Clock clock,
      Consumer<Snapshot> beforePublishing,
      Consumer<Snapshot> afterPublishing) {
    this.file = requireNonNull(file, "file is null").toAbsolutePath().normalize();
    this.floor = requireNonNull(floor, "floor is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.beforePublishing = requireNonNull(beforePublishing, "beforePublishing is null");
    this.afterPublishing = requireNonNull(afterPublishing, "afterPublishing is null");
    this.loader =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "devpay-snapshot-loader");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts the first load in the background. */
  void start() {
    requestReload();
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
   * The snapshot to answer from now: the last one loaded, never waiting for a reload (a changed
   * file only asks the loader for one). Before the first load has finished, waits for it.
   *
   * <p>Before any store file exists, this is an empty snapshot: the server runs, and says that
   * nothing was ingested yet.
   *
   * @throws DevpayException ENVIRONMENT when no snapshot could be loaded yet (the file is locked or
   *     unreadable); USER_INPUT when the file is not a devpay store
   */
  Snapshot current() {
    Optional<Snapshot> now = currentWithoutWaiting();
    if (now.isPresent()) {
      return now.get();
    }
    try {
      if (!firstLoad.await(FIRST_LOAD_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new DevpayException(
            ErrorCategory.ENVIRONMENT, "the data is still being loaded: retry in a moment");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevpayException(ErrorCategory.ENVIRONMENT, "interrupted while loading", e);
    }
    Loaded first = loaded.get();
    if (first == null) {
      DevpayException failure = firstLoadFailure;
      throw failure != null
          ? failure
          : new DevpayException(ErrorCategory.ENVIRONMENT, "no data could be loaded yet");
    }
    return first.snapshot();
  }

  /**
   * The snapshot served now, or empty before the first load has finished; never waits. Asks for a
   * reload when the file changed since.
   */
  Optional<Snapshot> currentWithoutWaiting() {
    Loaded seen = loaded.get();
    if (seen == null) {
      return Optional.empty();
    }
    if (!seen.stamp().equals(FileStamp.of(file))) {
      requestReload();
    }
    return Optional.of(seen.snapshot());
  }

  /** Asks the loader for a reload, unless one is already waiting to run. */
  private void requestReload() {
    if (reloadRequested.compareAndSet(false, true)) {
      loader.execute(
          () -> {
            reloadRequested.set(false);
            loadIfChanged(false);
          });
    }
  }

  /**
   * Loads the file when it changed since the last load; runs on the loader thread only.
   *
   * @param now ignore the pause after a failed load (an ingest of this server just ended)
   */
  private void loadIfChanged(boolean now) {
    FileStamp stamp = FileStamp.of(file);
    Loaded seen = loaded.get();
    if (seen != null && seen.stamp().equals(stamp)) {
      return;
    }
    Instant at = clock.instant();
    Optional<Failure> failure = lastFailure;
    if (!now
        && seen != null
        && failure.isPresent()
        && failure.get().stamp().equals(stamp)
        && at.isBefore(failure.get().at().plus(RETRY_AFTER))) {
      retryLater();
      return;
    }
    try {
      Snapshot snapshot;
      if (!Files.exists(file)) {
        snapshot =
            seen != null && seen.snapshot().version().equals(Snapshot.NO_DATA_VERSION)
                ? seen.snapshot()
                : Snapshot.empty(at);
      } else {
        try (DevpayStore store = DevpayStore.openReadOnly(file)) {
          StorePayData data = new StorePayData(store);
          String version = data.version();
          snapshot =
              seen != null && seen.snapshot().version().equals(version)
                  ? seen.snapshot()
                  : Snapshot.load(data, floor, at);
        }
      }
      boolean newVersion = seen == null || !seen.snapshot().version().equals(snapshot.version());
      if (newVersion && seen != null) {
        // The previous data goes on being served while the new version's answers are computed.
        beforePublishing.accept(snapshot);
      }
      loaded.set(new Loaded(stamp, snapshot));
      lastFailure = Optional.empty();
      if (seen == null) {
        firstLoad.countDown();
      }
      if (newVersion) {
        afterPublishing.accept(snapshot);
      }
    } catch (DevpayException e) {
      lastFailure = Optional.of(new Failure(stamp, at, e.getMessage()));
      if (seen == null) {
        firstLoadFailure = e;
        firstLoad.countDown();
      }
      retryLater();
    } catch (RuntimeException e) {
      lastFailure = Optional.of(new Failure(stamp, at, "the data could not be loaded"));
      if (seen == null) {
        firstLoadFailure =
            new DevpayException(ErrorCategory.INTERNAL, "the data could not be loaded", e);
        firstLoad.countDown();
      }
      retryLater();
      throw e;
    }
  }

  private void retryLater() {
    loader.schedule(this::requestReload, RETRY_AFTER.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Ingests one file into the store, opened for writing only for the duration, then loads the new
   * snapshot and returns once it is served. Ingests are serialized with each other; requests go on
   * being answered from the previous snapshot meanwhile.
   */
  IngestRun ingest(Path upload, Function<DevpayStore, Ingestor> ingestors) {
    IngestRun run;
    synchronized (ingests) {
      try (DevpayStore store = DevpayStore.open(file)) {
        run = ingestors.apply(store).ingestAll(List.of(upload), IngestListener.NONE);
      }
    }
    try {
      loader.submit(() -> loadIfChanged(true)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevpayException(ErrorCategory.ENVIRONMENT, "interrupted while reloading", e);
    } catch (ExecutionException e) {
      throw new DevpayException(
          ErrorCategory.INTERNAL, "the new data could not be loaded", e.getCause());
    }
    return run;
  }

  @Override
  public void close() {
    loader.shutdownNow();
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
