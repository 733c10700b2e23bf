package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.devpay.report.AnswerDocument;

/**
 * One API resource: an {@link Operation} that declares its route, parameters and caching, and the
 * code that answers a validated request. {@link ResourceRoutes} does the rest the same way for
 * every resource: validation, problem+json, ETags, the in-memory result cache and the headers. To
 * add an endpoint, write one class implementing this and list it in {@link DevpayServer}.
 */
interface Resource {
  /** What the resource is, declared once for routing, validation and the OpenAPI document. */
  Operation operation();

  /** The response to a request whose parameters passed validation. */
  Response respond(Request request) throws Exception;

  /**
   * Whether a request waits for the server's first data load (figures need data); false for
   * resources that answer at once from whatever is loaded, such as health.
   */
  default boolean waitsForFirstLoad() {
    return true;
  }

  /**
   * How a resource's responses may be cached.
   *
   * <p>{@link #BY_DATA_VERSION}: the response depends only on the data version and the validated
   * parameters, so it is computed once, kept in memory and sent with an ETag and {@code
   * Cache-Control: no-cache} (clients revalidate, and a 304 costs nothing). {@link #NONE}: computed
   * every time and sent with {@code Cache-Control: no-store}.
   */
  enum Caching {
    BY_DATA_VERSION,
    NONE
  }

  /**
   * A resource's declaration.
   *
   * @param method GET or POST
   * @param path Javalin path, with {name} for path parameters
   * @param summary one line for the OpenAPI document
   * @param description what it returns and how it is computed
   * @param parameters every parameter it accepts; anything else is refused
   * @param caching how responses may be cached
   * @param errors the problem statuses it may answer with, besides 429 and 500
   * @param responseSchema the name of its response schema in the OpenAPI document
   * @param mediaType the media type of its 200 response
   */
  record Operation(
      String method,
      String path,
      String summary,
      String description,
      List<Parameter> parameters,
      Caching caching,
      List<Integer> errors,
      String responseSchema,
      String mediaType) {
    /** An operation answering with JSON. */
    Operation(
        String method,
        String path,
        String summary,
        String description,
        List<Parameter> parameters,
        Caching caching,
        List<Integer> errors,
        String responseSchema) {
      this(
          method,
          path,
          summary,
          description,
          parameters,
          caching,
          errors,
          responseSchema,
          Response.JSON);
    }

    public Operation {
      requireNonNull(method, "method is null");
      requireNonNull(path, "path is null");
      requireNonNull(summary, "summary is null");
      requireNonNull(description, "description is null");
      parameters = List.copyOf(parameters);
      requireNonNull(caching, "caching is null");
      errors = List.copyOf(errors);
      requireNonNull(responseSchema, "responseSchema is null");
      requireNonNull(mediaType, "mediaType is null");
    }
  }

  /**
   * A validated request.
   *
   * @param query the parameters in canonical form
   * @param snapshot the data it is answered from
   * @param context the HTTP exchange, for the few resources that read a body or headers; empty when
   *     a response is computed ahead of any request
   */
  record Request(ValidatedQuery query, Snapshot snapshot, Optional<Context> context) {
    public Request {
      requireNonNull(query, "query is null");
      requireNonNull(snapshot, "snapshot is null");
      requireNonNull(context, "context is null");
    }
  }

  /**
   * A response body.
   *
   * @param status HTTP status
   * @param contentType its media type
   * @param body the bytes sent
   */
  record Response(int status, String contentType, byte[] body) {
    static final String JSON = "application/json";

    public Response {
      requireNonNull(contentType, "contentType is null");
      requireNonNull(body, "body is null");
    }

    /** A 200 response with a text body of this media type (UTF-8). */
    static Response text(String contentType, String body) {
      return new Response(200, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A 200 response with a JSON document, written as the CLI writes it. */
    static Response json(ObjectNode document) {
      return new Response(
          200, JSON, AnswerDocument.write(document).getBytes(StandardCharsets.UTF_8));
    }
  }
}
