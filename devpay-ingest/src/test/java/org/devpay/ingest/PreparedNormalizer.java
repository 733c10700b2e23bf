package org.devpay.ingest;

import java.util.List;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RawRecord;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.Normalizer;

/**
 * A normalizer that returns prepared records by row number (row n gives the n-th record), so a
 * round-trip test controls every field of what the store writes, whatever the CSV row says.
 */
final class PreparedNormalizer implements Normalizer {
  private final List<PayRecord> records;

  PreparedNormalizer(List<PayRecord> records) {
    this.records = List.copyOf(records);
  }

  @Override
  public NormalizationResult normalize(RawRecord raw) {
    return new NormalizationResult.Accepted(records.get((int) raw.rowNumber() - 1));
  }
}
