package org.devpay.core.data;

import static java.util.Objects.requireNonNull;

/**
 * An ingested table a figure rests on, identified by the SHA-256 of its content, with its row
 * balance, so every answer can cite exactly what it was computed from.
 *
 * @param path the container file as ingested
 * @param entryName the table inside the container (the file name for a plain file)
 * @param sha256 SHA-256 of the decompressed table
 * @param formatId the adapter's format id
 * @param rowsRead data rows read
 * @param rowsAccepted rows that became records
 * @param rowsRejected rows rejected with a reason
 */
public record CitedFile(
    String path,
    String entryName,
    String sha256,
    String formatId,
    long rowsRead,
    long rowsAccepted,
    long rowsRejected) {
  public CitedFile {
    requireNonNull(path, "path is null");
    requireNonNull(entryName, "entryName is null");
    requireNonNull(sha256, "sha256 is null");
    requireNonNull(formatId, "formatId is null");
    if (rowsRead != rowsAccepted + rowsRejected) {
      throw new IllegalArgumentException(
          "rows read must equal accepted + rejected: "
              + rowsRead
              + " != "
              + rowsAccepted
              + " + "
              + rowsRejected);
    }
  }
}
