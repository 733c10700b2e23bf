package org.devpay.store;

import static java.util.Objects.requireNonNull;

/**
 * A stored table as ingest needs to know it to skip it: read from source_file alone, unlike {@link
 * IngestedFile}, whose rejections by reason would be counted over all of rejected_row.
 *
 * @param contentSha256 SHA-256 of the decompressed table, the store's key for it
 * @param formatId the adapter's format id
 * @param datasetId the adapter's dataset id
 */
public record KnownTable(String contentSha256, String formatId, String datasetId) {
  public KnownTable {
    requireNonNull(contentSha256, "contentSha256 is null");
    requireNonNull(formatId, "formatId is null");
    requireNonNull(datasetId, "datasetId is null");
  }
}
