package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A failure that belongs to HTTP itself (unknown route, missing token, request too large, too many
 * requests) rather than to devpay's own error categories; reported as problem+json like any other.
 */
final class ApiProblem extends RuntimeException {
  private final int status;
  private final String title;
  private final Map<String, String> headers;

  ApiProblem(int status, String title, String detail) {
    this(status, title, detail, Map.of());
  }

  ApiProblem(int status, String title, String detail, Map<String, String> headers) {
    super(requireNonNull(detail, "detail is null"));
    this.status = status;
    this.title = requireNonNull(title, "title is null");
    this.headers = Map.copyOf(headers);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  /** Response headers the problem needs (Retry-After, WWW-Authenticate). */
  Map<String, String> headers() {
    return headers;
  }
}
