package org.devpay.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sends hostile and careless requests to a running server over raw sockets: traversal paths,
 * malformed escapes, SQL and script injection in every parameter, unknown, repeated, empty and huge
 * parameters, odd methods and headers, and valid filter combinations that produce real figures.
 * Every response is checked: no 5xx, no stack trace, no directory of the server machine, and in
 * every JSON figure no published cell under k and no withheld cell that states its count.
 */
final class HostileRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A Java stack frame or an exception's class name, as a server would leak them. */
  private static final Pattern STACK_TRACE =
      Pattern.compile("(\\tat |\\bat [a-z][\\w.$]+\\([\\w]+\\.java:\\d+\\)|Exception:|Error:)");

  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "1; DROP TABLE pay_record; --",
          "\" UNION SELECT * FROM source_file --",
          "<script>alert(1)</script>",
          "../../../../etc/passwd",
          "..%2f..%2fetc%2fpasswd",
          "%00",
          "%",
          "%zz",
          "%C3%28",
          "${jndi:ldap://127.0.0.1/x}",
          "NaN",
          "-1",
          "99999999999999999999",
          "1e309",
          "",
          " ",
          "backend,backend,backend",
          "x".repeat(5_000));

  private static final List<String> PATHS =
      List.of(
          "/api/answer",
          "/api/compare",
          "/api/factors/experience",
          "/api/factors/skills",
          "/api/factors/location",
          "/api/factors/industry",
          "/api/factors/demand",
          "/api/experience-curves",
          "/api/estimate",
          "/api/claims",
          "/api/datasets",
          "/api/health",
          "/api/openapi.json",
          "/api/editions/it-salary-survey-eu/2019",
          "/api/editions/dou-ua/2025-06",
          "/",
          "/dashboard.js",
          "/api/docs/");

  private static final List<String> HOSTILE_PATHS =
      List.of(
          "/../../etc/passwd",
          "/api/../../../etc/shadow",
          "/api/%2e%2e/%2e%2e/etc/passwd",
          "/api/editions/..%2f..%2f/x",
          "/webjars/../../../../etc/hosts",
          "/api/editions/%00/%00",
          "/api/editions/it-salary-survey-eu/..",
          "//api//answer",
          "/api/answer/",
          "/api/factors/../../health",
          "/api/factors/%zz",
          "/api/unknown",
          "/" + "a".repeat(10_000),
          "/api/editions/" + "x".repeat(500) + "/2019");

  private static final List<String> PARAMETERS =
      List.of(
          "dataset",
          "edition",
          "country",
          "metro",
          "seniority",
          "industry",
          "skill",
          "role",
          "vs",
          "by",
          "top",
          "roles",
          "decomposition",
          "years",
          "skills",
          "compare_roles",
          "x",
          "k",
          "population");

  /**
   * What the requests met.
   *
   * @param requests requests sent
   * @param byStatus responses by status (-1: closed without a response)
   * @param serverErrors 5xx responses
   * @param stackTraces responses showing a stack frame or an exception name
   * @param absolutePaths responses naming a directory of the server machine
   * @param cellsUnderK published cells (not withheld) with fewer than k rows
   * @param withheldCounts withheld cells that state their count
   * @param figureResponses 200 responses whose figures were checked
   * @param examples a few of the problems found
   */
  record Result(
      int requests,
      Map<Integer, Integer> byStatus,
      int serverErrors,
      int stackTraces,
      int absolutePaths,
      int cellsUnderK,
      int withheldCounts,
      int figureResponses,
      List<String> examples) {}

  private HostileRequests() {}

  static Result run(int count, int port, int k, List<String> serverDirectories, Random random)
      throws Exception {
    Map<String, List<String>> values = filterValues(port);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    int errors = 0;
    int traces = 0;
    int paths = 0;
    int underK = 0;
    int withheld = 0;
    int figures = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] request = request(random, values);
      String line = new String(request, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
      String shown = line.length() > 160 ? line.substring(0, 160) + "..." : line;
      RawHttp.Response response;
      try {
        response = RawHttp.exchange(port, request, 120_000);
      } catch (IOException e) {
        response = new RawHttp.Response(-1, "", "");
      }
      byStatus.merge(response.status(), 1, Integer::sum);
      if (response.status() >= 500) {
        errors++;
        note(examples, response.status() + " for " + shown);
      }
      boolean staticFile =
          response.status() == 200
              && (response.headers().contains("javascript")
                  || response.headers().contains("text/css")
                  || response.headers().contains("text/html"));
      if (!staticFile && STACK_TRACE.matcher(response.body()).find()) {
        traces++;
        note(examples, "stack trace for " + shown);
      }
      for (String directory : serverDirectories) {
        if (response.body().contains(directory + "/") || response.headers().contains(directory)) {
          paths++;
          note(examples, "server directory " + directory + " in the response to " + shown);
          break;
        }
      }
      if (response.status() == 200 && response.headers().contains("application/json")) {
        JsonNode body;
        try {
          body = JSON.readTree(response.body());
        } catch (Exception e) {
          continue;
        }
        figures++;
        int[] found = new int[2];
        cells(body, k, found);
        underK += found[0];
        withheld += found[1];
        if (found[0] + found[1] > 0) {
          note(
              examples,
              found[0] + " cells under k, " + found[1] + " counts of withheld cells: " + shown);
        }
      }
    }
    return new Result(count, byStatus, errors, traces, paths, underK, withheld, figures, examples);
  }

  /**
   * Walks a JSON document for cells: an object with "suppressed" and "n" (or "focal_n" and
   * "baseline_n"); counts those published under k (found[0]) and withheld ones stating a count
   * (found[1]).
   */
  static void cells(JsonNode node, int k, int[] found) {
    if (node.isObject()) {
      JsonNode suppressed = node.get("suppressed");
      JsonNode withheld = node.get("withheld");
      boolean hidden =
          (suppressed != null && suppressed.asBoolean())
              || (withheld != null && withheld.asBoolean());
      boolean isCell = suppressed != null || withheld != null;
      for (String count : List.of("n", "focal_n", "baseline_n")) {
        JsonNode n = node.get(count);
        if (!isCell || n == null) {
          continue;
        }
        if (hidden && !n.isNull()) {
          found[1]++;
        } else if (!hidden && n.isNumber() && n.asLong() < k) {
          found[0]++;
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        cells(it.next().getValue(), k, found);
      }
    } else if (node.isArray()) {
      node.forEach(child -> cells(child, k, found));
    }
  }

  /** The filter values the server offers (for requests that produce real figures). */
  private static Map<String, List<String>> filterValues(int port) throws Exception {
    RawHttp.Response response =
        RawHttp.exchange(port, RawHttp.request("GET", "/api/datasets"), 120_000);
    return offeredValues(response.body());
  }

  /** The filter values of a /api/datasets document, and the roles and breakdowns to ask for. */
  static Map<String, List<String>> offeredValues(String datasetsDocument) throws Exception {
    Map<String, List<String>> out = new TreeMap<>();
    JsonNode datasets = JSON.readTree(datasetsDocument);
    for (JsonNode edition : datasets.get("editions")) {
      out.computeIfAbsent("dataset", x -> new ArrayList<>()).add(edition.get("dataset").asText());
      out.computeIfAbsent("edition", x -> new ArrayList<>()).add(edition.get("edition").asText());
      for (Iterator<Map.Entry<String, JsonNode>> it = edition.get("filters").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> facet = it.next();
        facet
            .getValue()
            .fieldNames()
            .forEachRemaining(
                v -> out.computeIfAbsent(facet.getKey(), x -> new ArrayList<>()).add(v));
      }
    }
    out.put(
        "role", List.of("backend", "frontend", "fullstack", "data-science", "devops", "mobile"));
    out.put("vs", List.of("frontend", "backend", "fullstack", "mobile", "frontend,mobile"));
    out.put("by", List.of("experience", "seniority", "country", "location", "year", "employment"));
    out.put("years", List.of("0", "3", "6", "12", "25"));
    return out;
  }

  private static byte[] request(Random random, Map<String, List<String>> values) {
    if (random.nextInt(10) < 3) {
      // A careful client's request: a figure endpoint with valid filters, which the server
      // computes, so that its cells are checked.
      return RawHttp.request("GET", validFigureRequest(random, values));
    }
    int kind = random.nextInt(10);
    String method =
        kind == 0
            ? List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "HEAD", "FOO")
                .get(random.nextInt(8))
            : "GET";
    String path = kind == 1 ? pick(HOSTILE_PATHS, random) : pick(PATHS, random);
    StringBuilder query = new StringBuilder();
    int parameters = random.nextInt(5);
    for (int p = 0; p < parameters; p++) {
      String name = random.nextInt(12) == 0 ? pick(INJECTIONS, random) : pick(PARAMETERS, random);
      String value;
      if (random.nextInt(3) == 0 || !values.containsKey(name)) {
        value = pick(INJECTIONS, random);
      } else {
        value = pick(values.get(name), random);
      }
      query.append(query.length() == 0 ? "" : "&");
      query.append(encode(name, random)).append('=').append(encode(value, random));
    }
    String target = path + (query.length() == 0 ? "" : "?" + query);
    List<String> headers = new ArrayList<>();
    switch (random.nextInt(8)) {
      case 0 -> headers.add("X-Forwarded-For: 10.0.0." + random.nextInt(255));
      case 1 ->
          headers.add("If-None-Match: W/\"" + pick(INJECTIONS, random).replace("\r", "") + "\"");
      case 2 -> headers.add("Accept: text/html");
      case 3 -> headers.add("Accept-Encoding: gzip");
      case 4 -> headers.add("Content-Length: " + random.nextInt(1_000_000));
      case 5 -> headers.add("X-Huge: " + "h".repeat(random.nextInt(40_000)));
      default -> {}
    }
    return RawHttp.request(method, target, headers.toArray(String[]::new));
  }

  /** A figure request with a few valid filters (values the server offers). */
  static String validFigureRequest(Random random, Map<String, List<String>> values) {
    List<String> endpoints =
        List.of(
            "/api/answer",
            "/api/answer",
            "/api/compare?role=" + pick(values.get("role"), random),
            "/api/compare?role=backend&vs=" + pick(values.get("vs"), random),
            "/api/experience-curves",
            "/api/factors/experience",
            "/api/factors/location");
    String target = pick(endpoints, random);
    StringBuilder query = new StringBuilder();
    int filters = 1 + random.nextInt(3);
    for (int f = 0; f < filters; f++) {
      String name =
          pick(List.of("dataset", "country", "metro", "seniority", "industry", "skill"), random);
      List<String> offered = values.get(name);
      if (offered == null || offered.isEmpty() || query.indexOf(name + "=") >= 0) {
        continue;
      }
      query
          .append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(pick(offered, random), StandardCharsets.UTF_8));
    }
    if (query.length() == 0) {
      return target;
    }
    return target + (target.contains("?") ? query : "?" + query.substring(1));
  }

  /** A value percent-encoded, or left raw (malformed escapes included) now and then. */
  private static String encode(String value, Random random) {
    if (random.nextInt(4) == 0) {
      return value.replace(" ", "%20").replace("\r", "").replace("\n", "");
    }
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static void note(List<String> examples, String problem) {
    if (examples.size() < 20) {
      examples.add(problem);
    }
  }

  /** The directories of this machine a response must never name. */
  static List<String> serverDirectories(Path store) {
    List<String> out = new ArrayList<>();
    out.add(store.toAbsolutePath().normalize().getParent().toString());
    for (String property : List.of("java.io.tmpdir", "user.dir", "user.home", "java.home")) {
      String value = System.getProperty(property);
      if (value != null && value.length() > 1) {
        out.add(Path.of(value).toAbsolutePath().normalize().toString());
      }
    }
    return out;
  }
}
