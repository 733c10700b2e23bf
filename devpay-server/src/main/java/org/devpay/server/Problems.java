package org.devpay.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.Map;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.report.AnswerDocument;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP responses: an RFC 9457 {@code application/problem+json}
 * body with type, title, status, detail and instance. A {@link DevpayException} takes the status of
 * its {@link ErrorCategory}; HTTP's own failures ({@link ApiProblem}, Javalin's) keep theirs;
 * anything else is a bug, reported as a 500 that names no class and carries no stack trace (the
 * trace goes to the server log).
 */
final class Problems {
  static final String CONTENT_TYPE = "application/problem+json";

  /** Where problem types are documented: the OpenAPI document's Problem schema. */
  private static final String TYPE_BASE = "/api/openapi.json#problem-";

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  private Problems() {}

  /**
   * Registers the exception and error handlers on a server configuration; every detail passes
   * through {@code redaction}, so no message names a directory of the server machine.
   */
  static void register(JavalinConfig config, PathRedaction redaction) {
    config.routes.exception(
        DevpayException.class,
        (e, ctx) -> {
          ErrorCategory category = e.category();
          if (category == ErrorCategory.INTERNAL) {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
          }
          write(
              ctx,
              category.httpStatus(),
              title(category),
              redaction.apply(e.getMessage()),
              slug(category));
        });
    config.routes.exception(
        ApiProblem.class,
        (e, ctx) -> {
          e.headers().forEach(ctx::header);
          write(ctx, e.status(), e.title(), redaction.apply(e.getMessage()), slug(e.title()));
        });
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          String title = reason(e.getStatus());
          write(ctx, e.getStatus(), title, redaction.apply(e.getMessage()), slug(title));
        });
    config.routes.exception(
        BadMessageException.class,
        (e, ctx) -> {
          // Jetty's own refusals met inside a handler: a request body slower than the minimum
          // data rate (408), a body that is not what its headers said.
          String title = HttpStatus.getMessage(e.getCode());
          write(ctx, e.getCode(), title, redaction.apply(e.getReason()), slug(title));
        });
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
          write(
              ctx,
              500,
              "Internal error",
              "the server failed to answer this request; the failure is in its log",
              "internal");
        });
    // Responses Javalin makes itself (no route matched, wrong method) become problems too.
    config.routes.error(
        404,
        ctx -> {
          if (!isProblem(ctx)) {
            write(ctx, 404, "Not found", "no resource at " + ctx.path(), "not-found");
          }
        });
    config.routes.error(
        405,
        ctx -> {
          if (!isProblem(ctx)) {
            write(
                ctx,
                405,
                "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path(),
                "method-not-allowed");
          }
        });
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(CONTENT_TYPE);
  }

  static void write(Context ctx, int status, String title, String detail, String slug) {
    ObjectNode body = body(status, title, detail, slug);
    body.put("instance", ctx.path());
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.removeHeader("ETag");
    ctx.contentType(CONTENT_TYPE);
    ctx.result(body.toString());
  }

  /** The RFC 9457 body (type, title, status, detail) that every error response carries. */
  static ObjectNode body(int status, String title, String detail, String slug) {
    ObjectNode body = AnswerDocument.object();
    body.put("type", TYPE_BASE + slug);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    return body;
  }

  /** A slug for a problem title: "Request Header Fields Too Large" becomes its lower-case words. */
  static String slugOf(String title) {
    return slug(title);
  }

  private static String title(ErrorCategory category) {
    return switch (category) {
      case USER_INPUT -> "Invalid request";
      case MISSING_DATA -> "No such data";
      case BAD_INPUT_FILE -> "Unreadable input file";
      case PRIVACY_FLOOR -> "Below the privacy floor";
      case ENVIRONMENT -> "Data store unavailable";
      case INTERNAL -> "Internal error";
    };
  }

  private static String slug(ErrorCategory category) {
    return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  private static final Map<Integer, String> REASONS =
      Map.of(
          400, "Invalid request",
          401, "Unauthorized",
          404, "Not found",
          405, "Method not allowed",
          413, "Request too large",
          415, "Unsupported media type",
          429, "Too many requests",
          503, "Service unavailable");

  private static String reason(int status) {
    return REASONS.getOrDefault(status, "HTTP " + status);
  }
}
