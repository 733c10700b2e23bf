package org.devpay.server;

import static java.util.Objects.requireNonNull;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Serves every {@link Resource} the same way: validate the parameters against the current snapshot,
 * answer 304 when the client already holds this version, else take the response from the cache or
 * compute it, and send it with its ETag and Cache-Control. Failures on the way become problem+json
 * in {@link Problems}.
 */
final class ResourceRoutes {
  /** Request attribute telling the access log how the response was made. */
  static final String CACHE_ATTRIBUTE = "devpay.cache";

  private final StoreSnapshots snapshots;
  private final ResultCache<Prepared> cache;
  private final ComputeSlots slots;

  ResourceRoutes(StoreSnapshots snapshots, ResultCache<Prepared> cache, ComputeSlots slots) {
    this.snapshots = requireNonNull(snapshots, "snapshots is null");
    this.cache = requireNonNull(cache, "cache is null");
    this.slots = requireNonNull(slots, "slots is null");
  }

  void register(JavalinConfig config, List<Resource> resources) {
    for (Resource resource : resources) {
      Resource.Operation operation = resource.operation();
      config.routes.addHttpHandler(
          HandlerType.findOrCreate(operation.method()),
          operation.path(),
          ctx -> serve(resource, ctx));
    }
  }

  private void serve(Resource resource, Context ctx) throws Exception {
    Resource.Operation operation = resource.operation();
    Snapshot snapshot =
        resource.waitsForFirstLoad()
            ? snapshots.current()
            : snapshots.currentWithoutWaiting().orElseGet(Snapshot::loading);
    ValidatedQuery query =
        ValidatedQuery.of(
            operation.parameters(), ctx.queryParamMap(), ctx.pathParamMap(), snapshot);
    Resource.Request request = new Resource.Request(query, snapshot, Optional.of(ctx));
    Resource.Response response;
    if (operation.caching() == Resource.Caching.BY_DATA_VERSION) {
      String key = key(operation, query);
      String etag = "W/\"" + snapshot.version() + "-" + digest(key) + "\"";
      ctx.header("ETag", etag);
      ctx.header("Cache-Control", "no-cache");
      String ifNoneMatch = ctx.header("If-None-Match");
      if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
        ctx.attribute(CACHE_ATTRIBUTE, "not-modified");
        ctx.status(304);
        return;
      }
      boolean cached = cache.contains(snapshot.version(), key);
      // A figure computed here takes a compute slot; one taken from the cache does not.
      Prepared prepared =
          cache.get(
              snapshot.version(),
              key,
              () -> slots.run(() -> Prepared.of(resource.respond(request))));
      ctx.attribute(CACHE_ATTRIBUTE, cached ? "hit" : "miss");
      ctx.header("Vary", "Accept-Encoding");
      if (prepared.gzipped().isPresent() && acceptsGzip(ctx.header("Accept-Encoding"))) {
        // Compressed once when cached, not on every request: Javalin's own gzip is bypassed.
        ctx.disableCompression();
        ctx.header("Content-Encoding", "gzip");
        ctx.status(prepared.response().status());
        ctx.contentType(prepared.response().contentType());
        ctx.result(prepared.gzipped().get());
        return;
      }
      response = prepared.response();
    } else {
      ctx.header("Cache-Control", "no-store");
      response = resource.respond(request);
      ctx.attribute(CACHE_ATTRIBUTE, "none");
    }
    ctx.status(response.status());
    ctx.contentType(response.contentType());
    ctx.result(response.body());
  }

  /**
   * Computes a resource's unfiltered response into the cache ahead of any request (the dashboard's
   * first view), so the first visitor does not wait for the bootstrap.
   */
  void warm(Resource resource, Snapshot snapshot) throws Exception {
    Resource.Operation operation = resource.operation();
    cache.get(
        snapshot.version(),
        key(operation, ValidatedQuery.EMPTY),
        () ->
            slots.run(
                () ->
                    Prepared.of(
                        resource.respond(
                            new Resource.Request(
                                ValidatedQuery.EMPTY, snapshot, Optional.empty())))));
  }

  /** The cache key of a request: its route and canonical parameters. */
  static String key(Resource.Operation operation, ValidatedQuery query) {
    return operation.method() + " " + operation.path() + "?" + query.canonical();
  }

  /** Whether an Accept-Encoding header accepts gzip (and does not refuse it with q=0). */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.strip().split(";");
      String coding = pieces[0].strip().toLowerCase(java.util.Locale.ROOT);
      if (coding.equals("gzip") || coding.equals("*")) {
        for (int i = 1; i < pieces.length; i++) {
          String parameter = pieces[i].strip().replace(" ", "");
          if (parameter.equals("q=0") || parameter.matches("q=0\\.0+")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * A cached response with its gzip encoding, made once (responses under the gzip threshold are
   * sent as they are).
   */
  record Prepared(Resource.Response response, Optional<byte[]> gzipped) {
    static final int MINIMUM_GZIP_BYTES = 1024;

    static Prepared of(Resource.Response response) throws java.io.IOException {
      if (response.body().length < MINIMUM_GZIP_BYTES) {
        return new Prepared(response, Optional.empty());
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
        gzip.write(response.body());
      }
      return new Prepared(response, Optional.of(bytes.toByteArray()));
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    String bare = etag.substring(2);
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals(bare) || tag.equals("W/" + bare)) {
        return true;
      }
    }
    return false;
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
