package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import org.devpay.report.AnswerDocument;

/**
 * The structured access log: one JSON object per request, on one line, with time, client, method,
 * path, query, status, duration and how the response was made (cache hit, miss, not-modified, or
 * static). Parameters are logged as sent; no header (tokens included) is ever logged.
 */
final class AccessLog {
  private final Consumer<String> sink;
  private final Clock clock;

  AccessLog(Consumer<String> sink, Clock clock) {
    this.sink = requireNonNull(sink, "sink is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  void log(Context ctx, Float milliseconds) {
    ObjectNode line = AnswerDocument.object();
    line.put("time", clock.instant().toString());
    line.put("client", ctx.ip());
    line.put("method", ctx.method().name());
    line.put("path", ctx.path());
    String query = ctx.queryString();
    if (query != null) {
      line.put("query", query);
    }
    line.put("status", ctx.statusCode());
    line.put(
        "duration_ms", Math.round((milliseconds == null ? 0f : milliseconds) * 1000.0) / 1000.0);
    String cache = ctx.attribute(ResourceRoutes.CACHE_ATTRIBUTE);
    if (cache == null) {
      cache = ctx.path().startsWith("/api/") ? "none" : "static";
    }
    line.put("cache", cache);
    String encoding = ctx.res().getHeader("Content-Encoding");
    if (encoding != null) {
      line.put("encoding", encoding.toLowerCase(Locale.ROOT));
    }
    sink.accept(line.toString());
  }
}
