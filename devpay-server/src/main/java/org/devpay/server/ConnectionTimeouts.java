package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long a client may take: to send a request's line and headers ({@code headerRead}, which Jetty
 * does not bound by itself, see {@link SlowHeaderGuard}), to send nothing at all on an open
 * connection ({@code idle}), and how slowly it may send a request body ({@code
 * minimumBodyBytesPerSecond}, Jetty's minimum request data rate; a slower upload is answered 408).
 *
 * @param headerRead the longest time from a request's first byte to the end of its headers
 * @param idle the longest time a connection may stay silent
 * @param minimumBodyBytesPerSecond the slowest request body accepted, in bytes per second
 */
public record ConnectionTimeouts(
    Duration headerRead, Duration idle, long minimumBodyBytesPerSecond) {
  /** 10 s for headers, 30 s idle, bodies at 1 KiB/s or faster. */
  public static final ConnectionTimeouts DEFAULTS =
      new ConnectionTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), 1024);

  public ConnectionTimeouts {
    requireNonNull(headerRead, "headerRead is null");
    requireNonNull(idle, "idle is null");
    if (headerRead.isNegative() || headerRead.isZero() || idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive: " + headerRead + ", " + idle);
    }
    if (minimumBodyBytesPerSecond < 0) {
      throw new IllegalArgumentException(
          "the minimum body rate must be >= 0: " + minimumBodyBytesPerSecond);
    }
  }
}
