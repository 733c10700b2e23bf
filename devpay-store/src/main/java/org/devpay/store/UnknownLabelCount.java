package org.devpay.store;

import static java.util.Objects.requireNonNull;

import org.devpay.core.normalize.UnknownLabel;

/**
 * How many accepted rows of one edition carry a label that a taxonomy does not know, so that an
 * ingest report (and {@code devpay datasets} later, from the store) shows the labels a reviewer
 * should add to roles.csv, seniority.csv or employment.csv rather than letting them pass unseen.
 *
 * @param datasetId the dataset
 * @param edition the edition
 * @param taxonomy the taxonomy that does not know the label
 * @param label the label as published
 * @param rows how many rows carry it
 */
public record UnknownLabelCount(
    String datasetId, String edition, UnknownLabel.Taxonomy taxonomy, String label, long rows) {
  public UnknownLabelCount {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    requireNonNull(taxonomy, "taxonomy is null");
    requireNonNull(label, "label is null");
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be >= 1: " + rows);
    }
  }
}
