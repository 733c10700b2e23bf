package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Rejection;
import org.devpay.core.normalize.UnknownLabel;

/**
 * One row of a table after the adapter and the normalizer: a record, or a rejection with where and
 * why it was rejected. Every row an adapter reads becomes exactly one of these, so a consumer that
 * counts them keeps rows read = accepted + rejected.
 */
public sealed interface NormalizedRow {
  /**
   * The adapter's number of the row (1 for the first data row), which identifies it in its table.
   */
  long rowNumber();

  /** Where a row was rejected. */
  enum Stage {
    /** The adapter could not read the row (a malformed or unusable row). */
    ADAPTER,
    /** The normalizer could not turn the row into a record (no exchange rate, no pay, ...). */
    NORMALIZER
  }

  /**
   * A row the normalizer turned into a record.
   *
   * @param rowNumber the adapter's row number
   * @param record the normalized record
   * @param unknownLabels the row's labels that no taxonomy rule knows (see {@link
   *     org.devpay.core.normalize.NormalizationResult.Accepted})
   * @param publishedKey whether the record's respondent key is an id the source publishes (see
   *     {@link org.devpay.core.model.RawRecord#publishedKey()}), not a row number
   * @param rowSha256 the {@link RowDigest} of the row's content: its fields as read when the reader
   *     passed them, else the raw record without its row number
   * @param rawFields the row's fields exactly as read; empty when the reader did not pass them
   */
  record Accepted(
      long rowNumber,
      PayRecord record,
      List<UnknownLabel> unknownLabels,
      boolean publishedKey,
      String rowSha256,
      List<String> rawFields)
      implements NormalizedRow {
    public Accepted {
      requireNonNull(record, "record is null");
      unknownLabels = List.copyOf(unknownLabels);
      requireNonNull(rowSha256, "rowSha256 is null");
      // A field may be null in a reader's row (the digest reads it as ""), so no List.copyOf.
      rawFields = Collections.unmodifiableList(new ArrayList<>(rawFields));
    }

    /** The row's fields as one text, as a rejection keeps them ("" when they were not passed). */
    public String rawText() {
      return Rejection.joinFields(rawFields);
    }
  }

  /**
   * A row rejected by the adapter or the normalizer.
   *
   * @param rowNumber the adapter's row number (for a normalizer rejection the adapter's number, not
   *     the one the normalizer wrote: the normalizer only explains the rejection)
   * @param stage which of the two rejected it
   * @param rejection the reason, detail and raw content
   */
  record Rejected(long rowNumber, Stage stage, Rejection rejection) implements NormalizedRow {
    public Rejected {
      requireNonNull(stage, "stage is null");
      requireNonNull(rejection, "rejection is null");
    }
  }
}
