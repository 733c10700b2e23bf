package org.devpay.sources;

import static java.util.Objects.requireNonNull;

/**
 * What a published format is and where its figures come from: its title, publisher, licence, and
 * the fields that decide role and pay. Presenters print it so every answer cites its source and
 * states its row filter.
 *
 * @param formatId the adapter's format id
 * @param datasetId the dataset id
 * @param title the dataset's title
 * @param publisher who published it
 * @param licence its licence or terms, with the attribution they ask for
 * @param roleField the published field the role family is derived from
 * @param payField the published field the pay amount comes from
 * @param payDescription what the pay figure is (basis, scope, period, currency)
 */
public record FormatDescription(
    String formatId,
    String datasetId,
    String title,
    String publisher,
    String licence,
    String roleField,
    String payField,
    String payDescription) {
  public FormatDescription {
    requireNonNull(formatId, "formatId is null");
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(title, "title is null");
    requireNonNull(publisher, "publisher is null");
    requireNonNull(licence, "licence is null");
    requireNonNull(roleField, "roleField is null");
    requireNonNull(payField, "payField is null");
    requireNonNull(payDescription, "payDescription is null");
  }
}
