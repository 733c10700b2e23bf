package org.devpay.cli;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.devpay.core.analysis.EditionAnswer;
import org.devpay.sources.FormatDescription;
import org.devpay.store.IngestedFile;

/**
 * An edition's answer with what it rests on: the format description (title, licence, fields) and
 * the ingested files it was computed from, so the output cites its sources.
 *
 * @param answer the computed answer
 * @param format the format's description, when the catalog has it
 * @param files the ingested tables of this dataset the records came from
 */
record EditionReport(
    EditionAnswer answer, Optional<FormatDescription> format, List<IngestedFile> files) {
  EditionReport {
    requireNonNull(answer, "answer is null");
    requireNonNull(format, "format is null");
    files = List.copyOf(files);
  }
}
