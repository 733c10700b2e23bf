package org.devpay.core.normalize;

import org.devpay.core.model.RawRecord;

/**
 * Turns a source adapter's raw row into a {@link org.devpay.core.model.PayRecord}: currency at the
 * survey year's average rate, pay period to annual, role family, seniority, years of experience,
 * country (ISO 3166) and metro, industry and skills. Each mapping is a reviewed table in resources.
 * Thread-safe, so Spark executors and parallel ingest can share one instance.
 */
public interface Normalizer {
  NormalizationResult normalize(RawRecord raw);
}
