/**
 * Embedded DuckDB store: atomic, idempotent ingest of source tables into typed pay records,
 * rejected rows kept with their reasons, queries for the analyses, and Parquet and CSV export.
 *
 * <p>Entry points: {@link org.devpay.store.StoreLocation} chooses the file, {@link
 * org.devpay.store.DevpayStore} opens it and ingests one table or answers queries, {@link
 * org.devpay.store.Ingestor} ingests everything under some paths. The schema is described in this
 * module's README.md.
 */
package org.devpay.store;
