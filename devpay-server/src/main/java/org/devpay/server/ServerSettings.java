package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.devpay.core.analysis.AnswerSettings;

/**
 * How a server runs: where it listens, which store it reads, how answers are computed, its limits,
 * and whether it accepts ingests. Read-only unless {@code ingest} is present.
 *
 * @param host address to bind; loopback (127.0.0.1) unless the user asks otherwise
 * @param port TCP port; 0 picks a free one (tests)
 * @param store the DuckDB store file, opened read-only for each refresh and never held
 * @param answers resamples, seed, confidence, screen and privacy floor of every figure
 * @param requestsPerSecond sustained requests per second allowed per client address, with bursts of
 *     twice that; 0 turns the limit off (load tests)
 * @param maxUploadBytes the largest ingest body accepted
 * @param ingest the token and ingestor of the ingest endpoint; empty: no ingest endpoint exists
 * @param accessLog receives one JSON line per request
 * @param timeouts how long and how slowly a client may send a request
 */
public record ServerSettings(
    String host,
    int port,
    Path store,
    AnswerSettings answers,
    int requestsPerSecond,
    long maxUploadBytes,
    Optional<IngestAccess> ingest,
    Consumer<String> accessLog,
    ConnectionTimeouts timeouts) {
  /** Binds loopback only, so a fresh `serve` is not reachable from other machines. */
  public static final String LOOPBACK = "127.0.0.1";

  /** Sustained requests per second per client address by default. */
  public static final int DEFAULT_REQUESTS_PER_SECOND = 50;

  /** The largest ingest body by default: 64 MiB, above every dataset devpay knows. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;

  public ServerSettings {
    requireNonNull(host, "host is null");
    requireNonNull(store, "store is null");
    requireNonNull(answers, "answers is null");
    requireNonNull(ingest, "ingest is null");
    requireNonNull(accessLog, "accessLog is null");
    requireNonNull(timeouts, "timeouts is null");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535: " + port);
    }
    if (requestsPerSecond < 0) {
      throw new IllegalArgumentException("requests per second must be >= 0: " + requestsPerSecond);
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("the upload limit must be positive: " + maxUploadBytes);
    }
  }

  /** Loopback, the given port and store, default answers and limits, read-only, log to stdout. */
  public static ServerSettings defaults(Path store, int port) {
    return new ServerSettings(
        LOOPBACK,
        port,
        store,
        AnswerSettings.defaults(),
        DEFAULT_REQUESTS_PER_SECOND,
        DEFAULT_MAX_UPLOAD_BYTES,
        Optional.empty(),
        System.out::println,
        ConnectionTimeouts.DEFAULTS);
  }

  public ServerSettings withHost(String value) {
    return new ServerSettings(
        value,
        port,
        store,
        answers,
        requestsPerSecond,
        maxUploadBytes,
        ingest,
        accessLog,
        timeouts);
  }

  public ServerSettings withAnswers(AnswerSettings value) {
    return new ServerSettings(
        host, port, store, value, requestsPerSecond, maxUploadBytes, ingest, accessLog, timeouts);
  }

  public ServerSettings withRequestsPerSecond(int value) {
    return new ServerSettings(
        host, port, store, answers, value, maxUploadBytes, ingest, accessLog, timeouts);
  }

  public ServerSettings withMaxUploadBytes(long value) {
    return new ServerSettings(
        host, port, store, answers, requestsPerSecond, value, ingest, accessLog, timeouts);
  }

  public ServerSettings withIngest(IngestAccess value) {
    return new ServerSettings(
        host,
        port,
        store,
        answers,
        requestsPerSecond,
        maxUploadBytes,
        Optional.of(value),
        accessLog,
        timeouts);
  }

  public ServerSettings withAccessLog(Consumer<String> value) {
    return new ServerSettings(
        host, port, store, answers, requestsPerSecond, maxUploadBytes, ingest, value, timeouts);
  }

  public ServerSettings withTimeouts(ConnectionTimeouts value) {
    return new ServerSettings(
        host, port, store, answers, requestsPerSecond, maxUploadBytes, ingest, accessLog, value);
  }
}
