package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One dataset present in the store, so analyses and the CLI can list what there is to compare.
 *
 * @param datasetId catalog id of the dataset
 * @param editions editions with at least one record, sorted
 * @param records number of pay records
 * @param files number of ingested tables of the dataset (including tables with no accepted row)
 */
public record DatasetSummary(String datasetId, List<String> editions, long records, long files) {
  public DatasetSummary {
    requireNonNull(datasetId, "datasetId is null");
    editions = List.copyOf(editions);
  }
}
