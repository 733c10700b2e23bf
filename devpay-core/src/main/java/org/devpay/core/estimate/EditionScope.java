package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.devpay.core.data.EditionKey;

/**
 * Which dataset editions an estimate or evaluation may use: all, one dataset's, or one edition.
 *
 * @param datasetId only this dataset
 * @param edition only editions with this label
 */
public record EditionScope(Optional<String> datasetId, Optional<String> edition) {
  /** Every edition. */
  public static final EditionScope ALL = new EditionScope(Optional.empty(), Optional.empty());

  public EditionScope {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
  }

  public static EditionScope of(EditionKey key) {
    return new EditionScope(Optional.of(key.datasetId()), Optional.of(key.edition()));
  }

  public boolean accepts(EditionKey key) {
    return datasetId.map(key.datasetId()::equals).orElse(true)
        && edition.map(key.edition()::equals).orElse(true);
  }

  /** "dataset it-salary-survey-eu, edition 2020", or "every edition". */
  public String describe() {
    if (datasetId.isEmpty() && edition.isEmpty()) {
      return "every edition";
    }
    StringBuilder text = new StringBuilder();
    datasetId.ifPresent(d -> text.append("dataset ").append(d));
    edition.ifPresent(e -> text.append(text.length() > 0 ? ", " : "").append("edition ").append(e));
    return text.toString();
  }
}
