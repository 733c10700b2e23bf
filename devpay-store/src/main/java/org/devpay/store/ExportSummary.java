package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote, so the command can list it and a test can check it against the store.
 *
 * @param directory the folder written
 * @param format its files' format
 * @param editions one entry per edition, in dataset and edition order
 */
public record ExportSummary(Path directory, ExportFormat format, List<EditionFiles> editions) {
  public ExportSummary {
    requireNonNull(directory, "directory is null");
    requireNonNull(format, "format is null");
    editions = List.copyOf(editions);
  }

  /** Records written in all. */
  public long records() {
    return editions.stream().mapToLong(EditionFiles::records).sum();
  }

  /** Rejections written in all. */
  public long rejections() {
    return editions.stream().mapToLong(EditionFiles::rejections).sum();
  }

  /**
   * One edition's two files, named relative to the export folder.
   *
   * @param datasetId the dataset
   * @param edition the edition
   * @param recordsFile "records/DATASET/EDITION.parquet"
   * @param records rows in it
   * @param rejectionsFile "rejections/DATASET/EDITION.parquet"
   * @param rejections rows in it
   */
  public record EditionFiles(
      String datasetId,
      String edition,
      String recordsFile,
      long records,
      String rejectionsFile,
      long rejections) {
    public EditionFiles {
      requireNonNull(datasetId, "datasetId is null");
      requireNonNull(edition, "edition is null");
      requireNonNull(recordsFile, "recordsFile is null");
      requireNonNull(rejectionsFile, "rejectionsFile is null");
    }
  }
}
