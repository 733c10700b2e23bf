package org.devpay.core.data;

import static java.util.Objects.requireNonNull;

/**
 * An ingested table a figure rests on, identified by the SHA-256 of its content, with its row
 * balance, so every answer can cite exactly what it was computed from.
 *
 * @param path the container file as ingested (absolute, on the machine that ingested it: for the
 *     local store's own use; published documents name the file by {@link #fileName()} and sha256)
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

  /**
   * The container's file name without its directories ("IT Salary Survey EU 2019.csv"): how
   * published documents name a source, together with the entry and the sha256, so that no answer
   * reveals where files lie on the machine that ingested them.
   */
  public String fileName() {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
