package org.devpay.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.report.AnswerDocument;

/**
 * GET /api/openapi.json: the OpenAPI 3.1 document, generated from the same {@link
 * Resource.Operation} declarations that route and validate requests, so it lists exactly the
 * endpoints this server has (the ingest endpoint only when it is enabled). Swagger UI at /api/docs/
 * reads it.
 */
final class OpenApiResource implements Resource {
  static final String PATH = "/api/openapi.json";

  private final List<Resource> resources;

  /**
   * @param resources every other resource the server serves
   */
  OpenApiResource(List<Resource> resources) {
    this.resources = List.copyOf(requireNonNull(resources, "resources is null"));
  }

  @Override
  public Operation operation() {
    return new Operation(
        "GET",
        PATH,
        "This OpenAPI document",
        "Generated from the server's own route declarations.",
        List.of(),
        Caching.BY_DATA_VERSION,
        List.of(),
        "OpenApi");
  }

  @Override
  public Response respond(Request request) {
    List<Resource> all = new ArrayList<>(resources);
    all.add(this);
    return Response.json(document(all));
  }

  static ObjectNode document(List<Resource> resources) {
    ObjectNode root = AnswerDocument.object();
    root.put("openapi", "3.1.0");
    ObjectNode info = root.putObject("info");
    info.put("title", "devpay API");
    info.put("version", "0.1.0");
    info.put(
        "description",
        AnswerDocument.QUESTION
            + " Read-only JSON over the ingested survey data: every figure with its n and a"
            + " bootstrap interval, no cell under the privacy floor k, no individual row. Errors"
            + " are application/problem+json (RFC 9457). Responses that change only when data is"
            + " ingested carry an ETag (revalidate with If-None-Match) and Cache-Control: no-cache.");
    Map<String, ObjectNode> paths = new TreeMap<>();
    for (Resource resource : resources) {
      Operation operation = resource.operation();
      ObjectNode path = paths.computeIfAbsent(operation.path(), p -> AnswerDocument.object());
      path.set(operation.method().toLowerCase(Locale.ROOT), operation(operation));
    }
    ObjectNode pathsNode = root.putObject("paths");
    paths.forEach(pathsNode::set);
    root.set("components", components());
    return root;
  }

  private static ObjectNode operation(Operation operation) {
    ObjectNode node = AnswerDocument.object();
    node.put("summary", operation.summary());
    node.put("description", operation.description());
    node.put(
        "operationId",
        operation.method().toLowerCase(Locale.ROOT)
            + operation.path().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", ""));
    ArrayNode parameters = node.putArray("parameters");
    for (Parameter parameter : operation.parameters()) {
      ObjectNode p = parameters.addObject();
      p.put("name", parameter.name());
      p.put("in", parameter.location().openApiName());
      p.put("required", parameter.required());
      p.put("description", parameter.description());
      ObjectNode schema = p.putObject("schema");
      schema.put("type", "string");
      schema.put("maxLength", Parameter.MAXIMUM_LENGTH);
      if (!parameter.allowed().isEmpty()) {
        ArrayNode values = schema.putArray("enum");
        parameter.allowed().forEach(values::add);
      }
      p.put("example", parameter.example());
    }
    if (operation.method().equals("POST")) {
      ObjectNode body = node.putObject("requestBody");
      body.put("required", true);
      body.putObject("content")
          .putObject("application/octet-stream")
          .putObject("schema")
          .put("type", "string")
          .put("format", "binary");
      node.putArray("security").addObject().putArray("bearer");
    }
    ObjectNode responses = node.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put("description", operation.summary());
    ok.putObject("content")
        .putObject(operation.mediaType().replaceFirst(";.*", ""))
        .putObject("schema")
        .put("$ref", "#/components/schemas/" + operation.responseSchema());
    if (operation.caching() == Resource.Caching.BY_DATA_VERSION) {
      responses
          .putObject("304")
          .put("description", "Not modified: the If-None-Match ETag is the current one.");
    }
    List<Integer> errors = new ArrayList<>(operation.errors());
    errors.add(429);
    errors.add(500);
    for (int status : errors.stream().distinct().sorted().toList()) {
      ObjectNode problem = responses.putObject(Integer.toString(status));
      problem.put("description", problemDescription(status));
      problem
          .putObject("content")
          .putObject(Problems.CONTENT_TYPE)
          .putObject("schema")
          .put("$ref", "#/components/schemas/Problem");
    }
    return node;
  }

  private static String problemDescription(int status) {
    return switch (status) {
      case 400 -> "Invalid parameter: unknown, repeated, empty, too long or not a served value.";
      case 401 -> "Missing or wrong bearer token.";
      case 404 -> "No such dataset or edition, or no record passes the filter.";
      case 413 -> "The request body is larger than the server accepts.";
      case 422 -> "Nothing in the file could be ingested (unknown format, unreadable).";
      case 429 -> "Too many requests from this client; retry after Retry-After seconds.";
      default -> "The server failed; details are in its log, never in the response.";
    };
  }

  private static ObjectNode components() {
    ObjectNode components = AnswerDocument.object();
    components
        .putObject("securitySchemes")
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer");
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode problem = object(schemas, "Problem", "RFC 9457 problem details.");
    problem.putArray("required").add("type").add("title").add("status").add("detail");
    ObjectNode properties = problem.putObject("properties");
    properties.putObject("type").put("type", "string");
    properties.putObject("title").put("type", "string");
    properties.putObject("status").put("type", "integer");
    properties.putObject("detail").put("type", "string");
    properties.putObject("instance").put("type", "string");
    object(schemas, "Health", "status, data_version, loaded_at, editions, records, stale.");
    object(
        schemas,
        "Estimate",
        "The `devpay estimate --format json` document: question, method, settings, profile,"
            + " estimates[] (dataset, edition, pay, basis, scope, local and usd {currency, p10,"
            + " p50, p90}, usd_per_unit, cell {description, filter, n, median, withheld; n and"
            + " median null when withheld}, adjustments[]"
            + " {term, description, log_effect, percent}, place_effect, notes[], model {formula,"
            + " accuracy {test_rows, coverage, below_p10, above_p90, mdape, baseline_mdape}},"
            + " other_roles[]), skipped[] {dataset, edition, reason}, plus data_version.");
    object(
        schemas,
        "Standing",
        "The `devpay standing --format json` document: question, method, disclosure {controlled,"
            + " privacy_floor_k, rule}, settings, profile, pay {amount, currency, period, annual,"
            + " pay_year, basis, scope}, standings[] (dataset, edition, title, pay, basis, scope,"
            + " survey_year, amount {currency, annual, usd, price_adjustment, exchange,"
            + " description}, group, sentence, percentile and cell_percentile {low, high,"
            + " interval_low, interval_high, step_points, rows, text}, cell_withheld, cell, band,"
            + " band_usd, distribution {currency, step_points, quantiles[] {share, amount}},"
            + " notes[], model), skipped[] {dataset, edition, reason}, plus data_version.");
    object(
        schemas,
        "Datasets",
        "data_version, privacy_floor_k and editions[]: dataset, edition, title, publisher,"
            + " licence, pay, years, currencies, basis, scope, records, files and filters"
            + " (value -> count, values with at least k records whose complement in the edition"
            + " is empty or at least k too).");
    object(
        schemas,
        "Answer",
        "The `devpay answer --format json` document: question, settings, comparability,"
            + " editions[] (dataset, edition, citation, sources {file, entry, sha256, ...},"
            + " as_published and screened views with roles[] {role, n (null when suppressed),"
            + " suppressed, p25, median, median_ci_lower,"
            + " median_ci_upper, p75, median_usd} and ratios[] {numerator, denominator, estimate,"
            + " ci_lower, ci_upper, direction}, verdict), plus data_version and filter.");
    object(
        schemas,
        "ExperienceCurves",
        "bands[] and editions[] {dataset, edition, currency, roles[] {role, points[] {band, n"
            + " (null when suppressed), suppressed, median, ci_lower, ci_upper}}}, plus"
            + " data_version and filter.");
    object(
        schemas,
        "Comparison",
        "The `devpay compare --format json` document: settings and comparisons[] {focal,"
            + " baseline, population, group, controls_requested, pooled {adjusted, unadjusted}"
            + " (percent, intervals, I², editions, rows), editions[] (dataset, edition, basis,"
            + " scope, focal_n, baseline_n (both null when suppressed), suppressed,"
            + " ratio_of_medians, unadjusted, adjusted,"
            + " controls[], decomposition, sentence), sentence}, plus data_version and filter.");
    object(
        schemas,
        "Factors",
        "The `devpay factors FACTOR --format json` document: cells[] (median per level,"
            + " k-floored) and levels[] (premium per edition and pooled, p_value_bh); for demand,"
            + " sources[] with yearly shares and medians and pooled trends; plus data_version and"
            + " filter.");
    object(
        schemas,
        "Claims",
        "The `devpay claims --format json` document: verdict_counts and claims[] {id, text,"
            + " hypothesis, verdict, sentence, effect (deciding estimate and interval in its unit,"
            + " dersimonian_laird, hartung_knapp, prediction_interval, confidence, rule,"
            + " decision_rule, p_value, p_value_bh, n, editions, per_edition[]), effects[],"
            + " datasets, decided_by, would_decide}, plus data_version and filter.");
    object(
        schemas,
        "IngestReport",
        "data_version after the ingest and tables[] {file, outcome, format, rows_read,"
            + " rows_accepted, rows_rejected, rejected_by_reason, detail, skipped_as (unknown_data,"
            + " aggregates or not_data, for a skipped table), unknown_labels[] {edition, taxonomy,"
            + " label, rows}}.");
    object(schemas, "OpenApi", "An OpenAPI 3.1 document.");
    text(
        schemas,
        "ArticleHtml",
        "The seed article written again from the data as one self-contained HTML page (the"
            + " `devpay article --html` page): styles and SVG charts inline, no script.");
    text(
        schemas,
        "ArticleMarkdown",
        "The seed article written again from the data as Markdown with the seed's front matter"
            + " (title, published, date, tags, summary, readTime), its SVG charts inline as data"
            + " URIs.");
    return components;
  }

  private static void text(ObjectNode schemas, String name, String description) {
    ObjectNode schema = schemas.putObject(name);
    schema.put("type", "string");
    schema.put("description", description);
  }

  private static ObjectNode object(ObjectNode schemas, String name, String description) {
    ObjectNode schema = schemas.putObject(name);
    schema.put("type", "object");
    schema.put("description", description);
    return schema;
  }
}
