package org.devpay.server;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request limits, checked before any handler runs: a declared body larger than the route allows
 * is refused with 413 before it is read, and each client address may send {@code rate} requests per
 * second on average, in bursts of up to twice that (a token bucket), beyond which it gets 429 with
 * Retry-After.
 */
final class RequestLimits {
  /** The largest body accepted by routes that read none (every route but ingest). */
  static final long MAX_BODY_BYTES = 16 * 1024;

  /** Buckets idle this long are forgotten, so the map does not grow with every address seen. */
  private static final long IDLE_NANOS = 60_000_000_000L;

  private final int rate;
  private final long maxUploadBytes;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RequestLimits(int rate, long maxUploadBytes) {
    this.rate = rate;
    this.maxUploadBytes = maxUploadBytes;
  }

  void check(Context ctx) {
    long limit = ctx.path().equals(IngestResource.PATH) ? maxUploadBytes : MAX_BODY_BYTES;
    String length = ctx.header("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        throw new ApiProblem(400, "Invalid request", "Content-Length is not a number");
      }
      if (declared > limit) {
        throw tooLarge(limit);
      }
    }
    if (rate > 0 && !take(ctx.ip(), System.nanoTime())) {
      throw new ApiProblem(
          429,
          "Too many requests",
          "more than " + rate + " requests per second from " + ctx.ip() + "; retry in a second",
          Map.of("Retry-After", "1"));
    }
  }

  static ApiProblem tooLarge(long limit) {
    return new ApiProblem(
        413, "Request too large", "the request body exceeds the limit of " + limit + " bytes");
  }

  boolean take(String client, long nowNanos) {
    if (buckets.size() > 10_000) {
      for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
        if (nowNanos - it.next().lastNanos > IDLE_NANOS) {
          it.remove();
        }
      }
    }
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(2.0 * rate, nowNanos));
    return bucket.take(rate, 2.0 * rate, nowNanos);
  }

  /** Tokens of one client: refilled at the rate, capped at the burst size. */
  private static final class Bucket {
    private double tokens;
    private long lastNanos;

    Bucket(double tokens, long nowNanos) {
      this.tokens = tokens;
      this.lastNanos = nowNanos;
    }

    synchronized boolean take(double rate, double burst, long nowNanos) {
      tokens = Math.min(burst, tokens + (nowNanos - lastNanos) * rate / 1e9);
      lastNanos = nowNanos;
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }
  }
}
