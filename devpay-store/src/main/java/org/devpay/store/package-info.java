/**
 * Embedded DuckDB store: typed pay records and rejected rows with their reasons, written one table
 * per transaction, queries for the analyses, and Parquet and CSV export. It depends on core only:
 * it knows nothing of files, adapters or the ingest run that feeds it.
 *
 * <p>Entry points: {@link org.devpay.store.StoreLocation} chooses the file, {@link
 * org.devpay.store.DevpayStore} opens it, answers queries and begins a {@link
 * org.devpay.store.TableWriter} for each table written. The schema is described in this module's
 * README.md.
 */
package org.devpay.store;
