package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import org.devpay.core.data.SourceCitation;

/**
 * An edition's answer together with what it rests on, so no presenter can print a figure without
 * its source.
 *
 * @param answer the computed answer
 * @param citation the dataset description and ingested files
 */
public record EditionReport(EditionAnswer answer, SourceCitation citation) {
  public EditionReport {
    requireNonNull(answer, "answer is null");
    requireNonNull(citation, "citation is null");
  }
}
