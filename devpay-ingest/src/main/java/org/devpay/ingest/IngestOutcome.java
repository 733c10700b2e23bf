package org.devpay.ingest;

/** What happened to one table in an ingest, so a run can be summarised and a failure spotted. */
public enum IngestOutcome {
  /** Its rows were read and stored in one committed transaction. */
  INGESTED,
  /** Its content (by SHA-256 of the decompressed bytes) was already in the store; nothing read. */
  ALREADY_INGESTED,
  /** No adapter recognises it (or it holds no table): not an error, it is not a known dataset. */
  SKIPPED,
  /** It could not be read or stored; nothing of it is in the store. */
  FAILED
}
