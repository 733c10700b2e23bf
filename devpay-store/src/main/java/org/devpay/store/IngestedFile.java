package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A table the store holds, as recorded when it was ingested: where it came from, its format, its
 * row balance (rejections counted by reason) and when it was ingested. It is how the store cites
 * its sources.
 *
 * @param contentSha256 SHA-256 of the decompressed table, the store's key for it
 * @param formatId the adapter's format id
 * @param datasetId the adapter's dataset id
 * @param path absolute path of the container file at ingest time
 * @param entryName the table inside the container (the file name for a plain file)
 * @param containerSha256 SHA-256 of the container file's bytes
 * @param contentBytes size of the decompressed table
 * @param ingestedAt when the ingest committed
 * @param rows rows read, accepted and rejected (by reason)
 * @param duration how long the ingest took
 */
public record IngestedFile(
    String contentSha256,
    String formatId,
    String datasetId,
    String path,
    String entryName,
    String containerSha256,
    long contentBytes,
    Instant ingestedAt,
    RowCounts rows,
    Duration duration) {
  public IngestedFile {
    requireNonNull(contentSha256, "contentSha256 is null");
    requireNonNull(formatId, "formatId is null");
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(path, "path is null");
    requireNonNull(entryName, "entryName is null");
    requireNonNull(containerSha256, "containerSha256 is null");
    requireNonNull(ingestedAt, "ingestedAt is null");
    requireNonNull(rows, "rows is null");
    requireNonNull(duration, "duration is null");
  }
}
