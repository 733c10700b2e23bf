package org.devpay.server;

import io.javalin.Javalin;

/**
 * The baseline of docs/benchmarks.md: a bare Javalin endpoint returning a fixed small JSON body,
 * with no validation, cache, limits or logging, so the API's figures can be read against what
 * Javalin itself costs on the same machine. A {@code main}, not a test:
 *
 * <pre>
 * java -cp "devpay-server/target/test-classes:devpay-server/target/classes:$(cat /tmp/cp.txt)" \
 *     org.devpay.server.BareJavalinServer 8091
 * </pre>
 */
public final class BareJavalinServer {
  private BareJavalinServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8091;
    Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get(
                  "/bare",
                  ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            })
        .start("127.0.0.1", port);
  }
}
