package org.devpay.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.devpay.core.error.DevpayException;
import org.devpay.core.normalize.Normalizer;
import org.devpay.sources.Detection;
import org.devpay.sources.SourceTable;
import org.devpay.store.DevpayStore;
import org.devpay.store.KnownTable;

/**
 * The steps of one table's ingest, shared by {@link Ingestor#ingestAll} and {@link
 * Ingestor#ingest}: skip known content by its container hash, then by its content hash or its
 * identity (the content with line ends normalised), reading the table once, which also finds a
 * truncated archive or a table decompressing beyond the limits before anything is stored; then
 * detect, then ingest, rejecting rows the edition already holds. Does not call tableFinished.
 */
final class TableIngest {
  private TableIngest() {}

  static IngestReport ingest(
      DevpayStore store,
      SourceTable table,
      ContainerHashes containers,
      Function<SourceTable, Detection> detector,
      Normalizer normalizer,
      IngestListener listener,
      DecompressionLimits limits) {
    requireNonNull(table, "table is null");
    requireNonNull(limits, "limits is null");
    requireNonNull(normalizer, "normalizer is null");
    requireNonNull(listener, "listener is null");
    // One table at a time, and no other call of the store inside its transaction.
    synchronized (store) {
      return ingestLocked(store, table, containers, detector, normalizer, listener, limits);
    }
  }

  private static IngestReport ingestLocked(
      DevpayStore store,
      SourceTable table,
      ContainerHashes containers,
      Function<SourceTable, Detection> detector,
      Normalizer normalizer,
      IngestListener listener,
      DecompressionLimits limits) {
    long start = System.nanoTime();
    String containerSha256;
    ContentDigest digest;
    try {
      containerSha256 = containers.sha256(table);
      Optional<KnownTable> known = store.knownTableInContainer(containerSha256, table.entryName());
      if (known.isPresent()) {
        remember(store, containerSha256, table, known.get().contentSha256());
        return IngestReport.alreadyIngested(table, known.get(), since(start));
      }
      digest = ContentDigest.of(table, containerSha256, limits);
      // Known by its bytes, or as the same text with other line ends, final newline or BOM.
      known = store.knownTable(digest.sha256(), digest.identitySha256());
      if (known.isPresent()) {
        remember(store, containerSha256, table, digest.sha256());
        return IngestReport.alreadyIngested(table, known.get(), since(start));
      }
    } catch (IOException | SQLException | RuntimeException e) {
      String reason =
          (e instanceof IOException ? "cannot be read: " : "") + DevpayException.describe(e);
      return IngestReport.failed(
          table,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Failures.category(e),
          reason,
          since(start));
    }
    Detection detection;
    try {
      detection = detector.apply(table);
    } catch (RuntimeException e) {
      // The detector throws only for a registry bug, such as two adapters claiming one header.
      return IngestReport.failed(
          table,
          Optional.empty(),
          Optional.empty(),
          Optional.of(digest.sha256()),
          Failures.category(e),
          DevpayException.describe(e),
          since(start));
    }
    if (detection.adapter().isEmpty()) {
      return IngestReport.skipped(table, detection.skipReason(), detection.kind(), since(start));
    }
    return new FileIngestion(
            store,
            detection.readable().orElseThrow(),
            detection.adapter().get(),
            containerSha256,
            digest,
            normalizer,
            listener,
            start)
        .run();
  }

  private static void remember(
      DevpayStore store, String containerSha256, SourceTable table, String contentSha256)
      throws SQLException {
    store.rememberContainer(containerSha256, storedPath(table), table.entryName(), contentSha256);
  }

  /** Paths are stored absolute, so a store read later from another directory still locates them. */
  static String storedPath(SourceTable table) {
    return table.container().toAbsolutePath().normalize().toString();
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
