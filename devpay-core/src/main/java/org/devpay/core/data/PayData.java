package org.devpay.core.data;

import java.util.List;

/**
 * Read access to normalized pay records by dataset edition: the port analyses read through. The
 * store implements it; core never sees DuckDB, files or HTTP.
 */
public interface PayData {
  /** Every edition with at least one record, sorted. */
  List<EditionKey> editions();

  /** The records of one edition, in a stable order (empty for an unknown edition). */
  List<org.devpay.core.model.PayRecord> records(EditionKey edition);

  /** What the edition rests on: dataset description and ingested files. */
  SourceCitation citation(EditionKey edition);

  /**
   * A token that changes whenever the records change (an ingest commits), so presenters can cache
   * results and send ETags.
   */
  String version();
}
