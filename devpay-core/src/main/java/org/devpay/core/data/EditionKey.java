package org.devpay.core.data;

import static java.util.Objects.requireNonNull;

/**
 * One edition of one dataset ("it-salary-survey-eu" 2019): the unit within which pay is compared,
 * since editions differ in currency, tax basis and pay scope.
 */
public record EditionKey(String datasetId, String edition) implements Comparable<EditionKey> {
  public EditionKey {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
  }

  @Override
  public int compareTo(EditionKey other) {
    int byDataset = datasetId.compareTo(other.datasetId);
    return byDataset != 0 ? byDataset : edition.compareTo(other.edition);
  }

  @Override
  public String toString() {
    return datasetId + " " + edition;
  }
}
