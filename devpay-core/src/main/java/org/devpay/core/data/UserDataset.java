package org.devpay.core.data;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A dataset a user brought with a mapping file, as its mapping describes it: stored with each table
 * ingested through the mapping, so that citations, {@code devpay datasets}, the API and the
 * dashboard name it, its licence and attribution like a catalogued dataset's, and say it is
 * user-provided.
 *
 * @param datasetId the dataset id the mapping gives
 * @param edition the edition the table forms
 * @param title the title the mapping states, else "ID EDITION (user-provided)"
 * @param publisher the publisher it states, else "not stated"
 * @param licence the licence it states, else "not stated"
 * @param attribution the attribution it states, else "not stated"
 * @param url the address it states, if any
 * @param roleField the column the role comes from, in words
 * @param payField the column the pay comes from
 * @param payDescription what the pay is: basis, scope, currency, period and the annual factor
 * @param mappingFile the mapping file as it was named at ingest
 * @param mappingText the mapping file's text
 */
public record UserDataset(
    String datasetId,
    String edition,
    String title,
    String publisher,
    String licence,
    String attribution,
    Optional<String> url,
    String roleField,
    String payField,
    String payDescription,
    String mappingFile,
    String mappingText) {
  /** What a user-provided dataset's publisher, licence or attribution is when not stated. */
  public static final String NOT_STATED = "not stated";

  public UserDataset {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    requireNonNull(title, "title is null");
    requireNonNull(publisher, "publisher is null");
    requireNonNull(licence, "licence is null");
    requireNonNull(attribution, "attribution is null");
    requireNonNull(url, "url is null");
    requireNonNull(roleField, "roleField is null");
    requireNonNull(payField, "payField is null");
    requireNonNull(payDescription, "payDescription is null");
    requireNonNull(mappingFile, "mappingFile is null");
    requireNonNull(mappingText, "mappingText is null");
  }

  /**
   * The licence with the attribution it asks for, as one citation line (as a catalogued dataset's
   * is).
   */
  public String licenceAndAttribution() {
    return licence + "; attribution: " + attribution;
  }
}
