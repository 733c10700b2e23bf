package org.devpay.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.devpay.core.error.DevpayException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devpay HTTP server: the JSON API under /api/, its OpenAPI document and Swagger UI, and the
 * dashboard's static files, on one Javalin (Jetty) server. Every resource is listed in {@link
 * #resources}; everything they share (validation, problem+json, caching, limits, logging, gzip) is
 * set up once here.
 */
public final class DevpayServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DevpayServer.class);

  /** Classpath folder of the dashboard's page, script and style sheet. */
  static final String DASHBOARD = "/org/devpay/server/dashboard";

  /** Classpath folder of the Swagger UI page (its scripts come from the swagger-ui webjar). */
  static final String API_DOCS = "/org/devpay/server/apidocs";

  /** Responses smaller than this are sent uncompressed: gzip would not pay for itself. */
  private static final int MINIMUM_GZIP_BYTES = 1024;

  /**
   * Only this page's own files may run or load: no inline script, no other origin (the charts
   * library and Swagger UI are served from webjars on this server). Inline styles are allowed
   * because the chart library and Swagger UI set them.
   */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
          + " form-action 'self'";

  private final ServerSettings settings;
  private final StoreSnapshots snapshots;
  private final PathRedaction redaction;
  private final ResourceRoutes routes;
  private final ResultCache<ResourceRoutes.Prepared> cache;
  private final ExecutorService warmer;
  private final List<Resource> warmed;
  private final Javalin app;
  private final SlowHeaderGuard slowHeaders;

  private DevpayServer(ServerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
    Clock clock = Clock.systemUTC();
    this.warmer =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "devpay-warm-cache");
              thread.setDaemon(true);
              return thread;
            });
    this.redaction = PathRedaction.forServer(settings.store());
    this.cache = new ResultCache<>(256);
    this.snapshots =
        new StoreSnapshots(
            settings.store(),
            settings.answers().privacyFloor(),
            clock,
            this::warm,
            this::published);
    this.routes = new ResourceRoutes(snapshots, cache, ComputeSlots.perProcessor());
    List<Resource> resources = resources();
    this.warmed =
        resources.stream()
            .filter(
                r ->
                    r instanceof AnswerResource
                        || r instanceof DatasetsResource
                        || r instanceof ExperienceCurvesResource
                        || r instanceof ClaimsResource)
            .toList();
    RequestLimits limits =
        new RequestLimits(settings.requestsPerSecond(), settings.maxUploadBytes());
    AccessLog accessLog = new AccessLog(settings.accessLog(), clock);
    this.slowHeaders = new SlowHeaderGuard(settings.timeouts().headerRead());
    this.app = Javalin.create(config -> configure(config, resources, limits, accessLog));
  }

  /**
   * Starts a server and loads the store's current data (in the background when it takes long: the
   * server answers from the first second; cached answers are computed ahead of the first visitor).
   *
   * @throws DevpayException ENVIRONMENT when the address cannot be bound
   */
  public static DevpayServer start(ServerSettings settings) {
    DevpayServer server = new DevpayServer(settings);
    try {
      server.app.start(settings.host(), settings.port());
      for (Connector connector : server.app.jettyServer().server().getConnectors()) {
        // Every new connection is watched for headers that take too long (slowloris).
        connector.addBean(server.slowHeaders);
        if (connector instanceof AbstractConnector bounded) {
          bounded.setIdleTimeout(settings.timeouts().idle().toMillis());
        }
      }
    } catch (RuntimeException e) {
      server.slowHeaders.close();
      throw new DevpayException(
          org.devpay.core.error.ErrorCategory.ENVIRONMENT,
          "cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(),
          e);
    }
    server.snapshots.start();
    return server;
  }

  /** The port the server listens on (the one picked when port 0 was asked for). */
  public int port() {
    return app.port();
  }

  /** The server's base address, such as http://127.0.0.1:8080/. */
  public URI baseUri() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Whether ingest is enabled (a token is configured). */
  public boolean acceptsIngest() {
    return settings.ingest().isPresent();
  }

  @Override
  public void close() {
    app.stop();
    snapshots.close();
    slowHeaders.close();
    warmer.shutdownNow();
  }

  /** Every resource, in the order the OpenAPI document lists them. */
  private List<Resource> resources() {
    List<Resource> resources = new ArrayList<>();
    resources.add(new HealthResource(snapshots, redaction));
    resources.add(new DatasetsResource(settings.answers().privacyFloor()));
    resources.add(new AnswerResource(settings.answers()));
    resources.add(new EditionResource(settings.answers()));
    resources.add(new ExperienceCurvesResource(settings.answers()));
    EstimateResource estimates = new EstimateResource(settings.answers());
    resources.add(estimates);
    resources.add(new StandingResource(estimates));
    resources.add(new CompareResource(settings.answers()));
    resources.add(new FactorsResource(settings.answers()));
    resources.add(new ClaimsResource(settings.answers()));
    ArticleSource article = new ArticleSource(settings.answers());
    resources.add(new ArticleResource(article, ArticleResource.Form.HTML));
    resources.add(new ArticleResource(article, ArticleResource.Form.MARKDOWN));
    settings
        .ingest()
        .ifPresent(
            access ->
                resources.add(
                    new IngestResource(access, snapshots, settings.maxUploadBytes(), redaction)));
    resources.add(new OpenApiResource(List.copyOf(resources)));
    return resources;
  }

  private void configure(
      JavalinConfig config, List<Resource> resources, RequestLimits limits, AccessLog accessLog) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = settings.maxUploadBytes();
    CompressionStrategy compression = new CompressionStrategy(null, new Gzip());
    compression.setDefaultMinSizeForCompression(MINIMUM_GZIP_BYTES);
    config.http.compressionStrategy = compression;
    config.jetty.modifyHttpConfiguration(
        http -> {
          // Bounds the request line and headers (413/431 from Jetty beyond this).
          http.setRequestHeaderSize(16 * 1024);
          http.setSendServerVersion(false);
          // A request body slower than this is refused (408) rather than holding a thread.
          http.setMinRequestDataRate(settings.timeouts().minimumBodyBytesPerSecond());
        });
    // Errors Jetty answers itself (bad paths, 414, 431, 505) are problem+json too.
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = DASHBOARD;
          files.location = Location.CLASSPATH;
        });
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/api/docs";
          files.directory = API_DOCS;
          files.location = Location.CLASSPATH;
        });
    config.staticFiles.enableWebjars();
    config.requestLogger.http(accessLog::log);
    config.routes.before(
        ctx -> {
          securityHeaders(ctx);
          QueryEncoding.check(ctx.queryString());
          limits.check(ctx);
        });
    Problems.register(config, redaction);
    routes.register(config, resources);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  /**
   * Computes a data version's cached answers (the dashboard's first view): on the loader thread for
   * a new version, while the previous one is still served.
   */
  private void warm(Snapshot snapshot) {
    if (snapshot.editions().isEmpty()) {
      return;
    }
    for (Resource resource : warmed) {
      try {
        routes.warm(resource, snapshot);
      } catch (InterruptedException e) {
        // The server is closing: what is not warm yet is computed by no one.
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        LOG.warn("devpay: could not precompute {}", resource.operation().path(), e);
      }
    }
  }

  /**
   * A new data version is served: the previous version's cached answers are dropped; the first
   * snapshot, served at once since there was nothing before it, is warmed meanwhile.
   */
  private void published(Snapshot snapshot) {
    cache.retainOnly(snapshot.version());
    warmer.submit(() -> warm(snapshot));
  }
}
