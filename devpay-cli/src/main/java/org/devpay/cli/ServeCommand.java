package org.devpay.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.server.DevpayServer;
import org.devpay.server.IngestAccess;
import org.devpay.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay serve}: the HTTP API and the dashboard on loopback, over the store. Read-only
 * unless the {@value #TOKEN_VARIABLE} environment variable holds an ingest token. Runs until
 * interrupted (Ctrl-C).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the JSON API (/api/...), its OpenAPI document (/api/openapi.json, explorer at"
          + " /api/docs/) and the dashboard (/) on 127.0.0.1 until interrupted.",
      "The store is opened read-only only to load new data, so ./devpay ingest can add files"
          + " while it runs; new data is served from the next request on.",
      "Ingest over HTTP (POST /api/ingest) exists only when the environment variable "
          + ServeCommand.TOKEN_VARIABLE
          + " holds a token of at least 16 characters."
    })
final class ServeCommand implements Callable<Integer> {
  /** The environment variable holding the ingest token (never an option: options show in ps). */
  static final String TOKEN_VARIABLE = "DEVPAY_INGEST_TOKEN";

  @Mixin StoreOptions store;

  @Mixin AnswerSettingsOptions tuning;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = ServerSettings.LOOPBACK,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--rate-limit",
      defaultValue = "" + ServerSettings.DEFAULT_REQUESTS_PER_SECOND,
      description =
          "Requests per second per client address, bursts of twice that; 0 turns it off"
              + " (default: ${DEFAULT-VALUE}).")
  int rateLimit;

  @Option(
      names = "--max-upload-mb",
      defaultValue = "64",
      description =
          "Largest file accepted by POST /api/ingest, in MiB (default: ${DEFAULT-VALUE}).")
  int maxUploadMegabytes;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    ServerSettings settings = settings();
    DevpayServer server = DevpayServer.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "devpay-serve-shutdown"));
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "devpay: serving "
            + server.baseUri()
            + " (store "
            + store.location().path().toAbsolutePath().normalize()
            + ", "
            + (server.acceptsIngest() ? "ingest enabled with a token" : "read-only")
            + "); Ctrl-C stops");
    err.flush();
    stopped.await();
    return 0;
  }

  private ServerSettings settings() {
    try {
      ServerSettings settings =
          ServerSettings.defaults(store.location().path(), port)
              .withHost(host)
              .withAnswers(tuning.settings())
              .withRequestsPerSecond(rateLimit)
              .withMaxUploadBytes((long) maxUploadMegabytes * 1024 * 1024);
      String token = System.getenv(TOKEN_VARIABLE);
      if (token != null && !token.isBlank()) {
        settings = settings.withIngest(new IngestAccess(token, Wiring::ingestor));
      }
      return settings;
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }
}
