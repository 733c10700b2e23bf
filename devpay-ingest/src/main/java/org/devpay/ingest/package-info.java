/**
 * The ingest run: finds the tables under some paths (plain, gzipped, inside ZIP archives),
 * identifies each by its content, skips the ones the store holds, and streams the others' {@link
 * org.devpay.sources.NormalizedRows} into the store, one transaction per table, with a report per
 * table (rows read = accepted + rejected).
 *
 * <p>Entry points: {@link org.devpay.ingest.Ingestor} ingests everything under some paths, or one
 * detected table; {@link org.devpay.ingest.StorePayData} shows the store to the analyses through
 * core's {@code PayData} port, citing each edition's sources with the format catalog.
 */
package org.devpay.ingest;
