package org.devpay.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error page of Jetty itself, for what never reaches a route: a request Jetty refuses while
 * parsing it (an ambiguous path such as {@code /../../etc/passwd}, a URI or headers too long, an
 * unknown HTTP version) gets the same {@code application/problem+json} body as every other error,
 * whatever the request accepts and whatever its method, never Jetty's HTML page. The detail is the
 * status's standard reason: nothing of the request is echoed, no exception named.
 */
final class JettyProblems extends ErrorHandler {
  JettyProblems() {
    setShowStacks(false);
    setShowCauses(false);
    setCacheControl("no-store");
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String title = HttpStatus.getMessage(code);
    String body =
        Problems.body(
                code,
                title,
                "the request was refused before it reached any resource: "
                    + title.toLowerCase(Locale.ROOT),
                Problems.slugOf(title))
            .toString();
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
