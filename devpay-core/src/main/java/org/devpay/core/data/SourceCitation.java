package org.devpay.core.data;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an edition's figures rest on: the dataset's title, publisher and licence, the published
 * fields that decide role and pay, and the ingested files. Presenters print it with every answer.
 *
 * @param title the dataset's title
 * @param publisher who published it
 * @param licence its licence or terms, with the attribution they ask for
 * @param roleField the published field role families are derived from
 * @param payField the published field pay comes from
 * @param payDescription what the pay figure is (basis, scope, period, currency)
 * @param files the ingested tables holding the edition's records
 */
public record SourceCitation(
    String title,
    String publisher,
    String licence,
    String roleField,
    String payField,
    String payDescription,
    List<CitedFile> files) {
  public SourceCitation {
    requireNonNull(title, "title is null");
    requireNonNull(publisher, "publisher is null");
    requireNonNull(licence, "licence is null");
    requireNonNull(roleField, "roleField is null");
    requireNonNull(payField, "payField is null");
    requireNonNull(payDescription, "payDescription is null");
    files = List.copyOf(files);
  }

  /**
   * The rows behind "as published" figures of one role, in words: which field was classified and
   * what made an amount usable.
   */
  public String rowFilter(String roleId) {
    return "role family '"
        + roleId
        + "' by the rules of roles.csv applied to '"
        + roleField
        + "'; '"
        + payField
        + "' present, numeric and > 0 ("
        + payDescription
        + ")";
  }
}
