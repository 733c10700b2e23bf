package org.devpay.store;

import static java.util.Objects.requireNonNull;

/**
 * The table a {@link TableWriter} writes, as source_file records it: its content, its format and
 * where it came from.
 *
 * @param contentSha256 SHA-256 of the decompressed table, the store's key for it
 * @param identitySha256 SHA-256 of the same text with line ends normalised (see the README)
 * @param formatId the adapter's format id
 * @param datasetId the adapter's dataset id
 * @param path absolute path of the container file
 * @param entryName the table inside the container (the file name for a plain file)
 * @param containerSha256 SHA-256 of the container file's bytes
 * @param contentBytes size of the decompressed table
 */
public record TableSource(
    String contentSha256,
    String identitySha256,
    String formatId,
    String datasetId,
    String path,
    String entryName,
    String containerSha256,
    long contentBytes) {
  public TableSource {
    requireNonNull(contentSha256, "contentSha256 is null");
    requireNonNull(identitySha256, "identitySha256 is null");
    requireNonNull(formatId, "formatId is null");
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(path, "path is null");
    requireNonNull(entryName, "entryName is null");
    requireNonNull(containerSha256, "containerSha256 is null");
  }
}
