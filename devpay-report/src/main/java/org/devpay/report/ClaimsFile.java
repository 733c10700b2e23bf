package org.devpay.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.GroupSelector;
import org.devpay.core.claims.Claim;
import org.devpay.core.claims.ClaimEffect;
import org.devpay.core.claims.DecisionRule;
import org.devpay.core.claims.Measure;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;

/**
 * Reads a claims file (schema {@value #SCHEMA}, documented in docs/claims.md): the article's claims
 * shipped with devpay, or a user's own. Every mistake is reported with the claim and field it is
 * in, as a {@link DevpayException} of category USER_INPUT; unknown fields are refused so a typo
 * cannot silently widen a claim.
 */
public final class ClaimsFile {
  public static final String SCHEMA = "devpay-claims/1";

  /** The classpath resource holding the article's eight claims. */
  public static final String ARTICLE_CLAIMS = "claims/article-claims.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FILE_FIELDS = Set.of("schema", "title", "source", "claims");
  private static final Set<String> CLAIM_FIELDS =
      Set.of(
          "id", "text", "hypothesis", "effects", "combine", "decided_by", "would_decide", "caveat");
  private static final Set<String> EFFECT_FIELDS =
      Set.of(
          "name",
          "measure",
          "focal",
          "baseline",
          "population",
          "datasets",
          "controls",
          "decision",
          "decides",
          "robust_to_pooling");
  private static final Set<String> SELECTOR_FIELDS =
      Set.of("role", "seniority", "skill", "industry", "metro", "country");
  private static final Set<String> DECISION_FIELDS = Set.of("rule", "threshold", "lower", "upper");

  private ClaimsFile() {}

  /** A parsed claims file. */
  public record Contents(String title, String source, List<Claim> claims) {
    public Contents {
      claims = List.copyOf(claims);
    }
  }

  /** The article's eight claims, shipped as a resource. */
  public static Contents article() {
    try (InputStream in = ClaimsFile.class.getResourceAsStream(ARTICLE_CLAIMS)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + ARTICLE_CLAIMS);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ARTICLE_CLAIMS);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + ARTICLE_CLAIMS, e);
    }
  }

  /** Reads a user's claims file. */
  public static Contents read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, "claims file not found: " + file, e);
    } catch (IOException e) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "cannot read claims file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses claims file text; {@code where} names it in error messages. */
  public static Contents parse(String text, String where) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw fail(where, "is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw fail(where, "must be a JSON object with \"schema\" and \"claims\"");
    }
    known(root, FILE_FIELDS, where);
    String schema = root.path("schema").asText("");
    if (!schema.equals(SCHEMA)) {
      throw fail(where, "\"schema\" must be \"" + SCHEMA + "\", not \"" + schema + "\"");
    }
    JsonNode claims = root.path("claims");
    if (!claims.isArray() || claims.isEmpty()) {
      throw fail(where, "\"claims\" must be a non-empty array");
    }
    List<Claim> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode node : claims) {
      String at = where + ", claim " + (index + 1);
      Claim claim = claim(node, at);
      if (!ids.add(claim.id())) {
        throw fail(at, "repeats the id \"" + claim.id() + "\"");
      }
      out.add(claim);
      index++;
    }
    return new Contents(root.path("title").asText(""), root.path("source").asText(""), out);
  }

  private static Claim claim(JsonNode node, String where) {
    if (!node.isObject()) {
      throw fail(where, "must be an object");
    }
    known(node, CLAIM_FIELDS, where);
    String id = required(node, "id", where);
    String at = where + " (" + id + ")";
    JsonNode effects = node.path("effects");
    if (!effects.isArray() || effects.isEmpty()) {
      throw fail(at, "\"effects\" must be a non-empty array");
    }
    List<ClaimEffect> parsed = new ArrayList<>();
    int index = 0;
    for (JsonNode effect : effects) {
      parsed.add(effect(effect, at + ", effect " + (++index)));
    }
    Claim.Combination combination =
        node.has("combine")
            ? Claim.Combination.parse(node.get("combine").asText())
                .orElseThrow(() -> fail(at, "\"combine\" must be \"all\" or \"any\""))
            : Claim.Combination.ALL;
    try {
      return new Claim(
          id,
          required(node, "text", at),
          node.path("hypothesis").asText(""),
          parsed,
          combination,
          node.path("decided_by").asText(""),
          node.path("would_decide").asText(""),
          node.path("caveat").asText(""));
    } catch (IllegalArgumentException e) {
      throw fail(at, e.getMessage());
    }
  }

  private static ClaimEffect effect(JsonNode node, String where) {
    if (!node.isObject()) {
      throw fail(where, "must be an object");
    }
    known(node, EFFECT_FIELDS, where);
    String measureText = required(node, "measure", where);
    Measure measure =
        Measure.parse(measureText)
            .orElseThrow(
                () ->
                    fail(
                        where,
                        "unknown measure \""
                            + measureText
                            + "\" (adjusted_log_premium, unadjusted_log_premium, real_pay_growth,"
                            + " nominal_pay_growth, role_share_change)"));
    if (!node.has("focal")) {
      throw fail(where, "needs \"focal\": the group the claim is about");
    }
    GroupSelector focal = selector(node.get("focal"), where + ", focal");
    Optional<GroupSelector> baseline =
        node.has("baseline")
            ? Optional.of(selector(node.get("baseline"), where + ", baseline"))
            : Optional.empty();
    GroupSelector population =
        node.has("population")
            ? selector(node.get("population"), where + ", population")
            : GroupSelector.EVERYONE;
    List<Control> controls = Control.DEFAULTS;
    if (node.has("controls")) {
      controls = new ArrayList<>();
      for (String text : strings(node.get("controls"), where + ", controls")) {
        controls.add(
            Control.parse(text)
                .orElseThrow(
                    () ->
                        fail(
                            where,
                            "unknown control \""
                                + text
                                + "\" (experience, seniority, country, location, industry,"
                                + " skills, year, employment, role)")));
      }
    }
    Set<String> datasets =
        node.has("datasets")
            ? Set.copyOf(strings(node.get("datasets"), where + ", datasets"))
            : Set.of();
    DecisionRule rule = decision(node.path("decision"), where + ", decision");
    try {
      return new ClaimEffect(
          node.path("name").asText(focal.label()),
          measure,
          focal,
          baseline,
          population,
          datasets,
          controls,
          rule,
          flag(node, "decides", true, where),
          flag(node, "robust_to_pooling", false, where));
    } catch (IllegalArgumentException e) {
      throw fail(where, e.getMessage());
    }
  }

  private static boolean flag(JsonNode node, String field, boolean absent, String where) {
    JsonNode value = node.get(field);
    if (value == null) {
      return absent;
    }
    if (!value.isBoolean()) {
      throw fail(where, "\"" + field + "\" must be true or false");
    }
    return value.asBoolean();
  }

  private static DecisionRule decision(JsonNode node, String where) {
    if (!node.isObject()) {
      throw fail(where, "needs an object such as {\"rule\": \"greater\", \"threshold\": 0}");
    }
    known(node, DECISION_FIELDS, where);
    String text = required(node, "rule", where);
    DecisionRule.Kind kind =
        DecisionRule.Kind.parse(text)
            .orElseThrow(
                () ->
                    fail(where, "unknown rule \"" + text + "\" (greater, less, within, at_least)"));
    try {
      if (kind == DecisionRule.Kind.WITHIN) {
        return DecisionRule.within(number(node, "lower", where), number(node, "upper", where));
      }
      double threshold = node.has("threshold") ? number(node, "threshold", where) : 0;
      return new DecisionRule(kind, threshold, threshold);
    } catch (IllegalArgumentException e) {
      throw fail(where, e.getMessage());
    }
  }

  private static GroupSelector selector(JsonNode node, String where) {
    if (!node.isObject()) {
      throw fail(where, "must be an object such as {\"role\": [\"backend\"]}");
    }
    known(node, SELECTOR_FIELDS, where);
    List<RoleFamily> roles = new ArrayList<>();
    if (node.has("role")) {
      for (String text : strings(node.get("role"), where + ", role")) {
        roles.add(
            RoleFamily.parse(text).orElseThrow(() -> fail(where, "unknown role \"" + text + "\"")));
      }
    }
    List<Seniority> seniorities = new ArrayList<>();
    if (node.has("seniority")) {
      for (String text : strings(node.get("seniority"), where + ", seniority")) {
        seniorities.add(
            Seniority.parse(text)
                .orElseThrow(
                    () ->
                        fail(
                            where,
                            "unknown seniority \""
                                + text
                                + "\" (junior, middle, senior, lead, unknown)")));
      }
    }
    try {
      return GroupSelector.EVERYONE
          .withRoles(roles)
          .withSeniorities(seniorities)
          .withSkills(optionalStrings(node, "skill", where))
          .withIndustries(optionalStrings(node, "industry", where))
          .withMetros(optionalStrings(node, "metro", where))
          .withCountries(optionalStrings(node, "country", where));
    } catch (IllegalArgumentException e) {
      throw fail(where, e.getMessage());
    }
  }

  private static List<String> optionalStrings(JsonNode node, String field, String where) {
    return node.has(field) ? strings(node.get(field), where + ", " + field) : List.of();
  }

  /** A string or an array of strings. */
  private static List<String> strings(JsonNode node, String where) {
    List<String> out = new ArrayList<>();
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          throw fail(where, "must hold strings only");
        }
        out.add(item.asText());
      }
    } else {
      throw fail(where, "must be a string or an array of strings");
    }
    for (String s : out) {
      if (s.isBlank()) {
        throw fail(where, "must not hold blank strings");
      }
    }
    return out;
  }

  private static String required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw fail(where, "needs \"" + field + "\" (a non-empty string)");
    }
    return value.asText();
  }

  private static double number(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      throw fail(where, "needs \"" + field + "\" (a number)");
    }
    return value.asDouble();
  }

  private static void known(JsonNode node, Set<String> fields, String where) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!fields.contains(name)) {
        throw fail(
            where,
            "has an unknown field \""
                + name
                + "\" (known: "
                + new java.util.TreeSet<>(fields)
                + ")");
      }
    }
  }

  private static DevpayException fail(String where, String message) {
    return new DevpayException(ErrorCategory.USER_INPUT, where + " " + message);
  }
}
