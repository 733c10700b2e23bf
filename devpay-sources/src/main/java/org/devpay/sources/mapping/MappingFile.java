package org.devpay.sources.mapping;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.geo.Countries;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.TaxBasis;
import org.devpay.core.taxonomy.DatasetIds;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.catalog.DatasetCatalog;
import org.devpay.sources.mapping.YamlTree.ListNode;
import org.devpay.sources.mapping.YamlTree.MapNode;
import org.devpay.sources.mapping.YamlTree.Node;
import org.devpay.sources.mapping.YamlTree.Scalar;

/**
 * Reads and checks a mapping file (YAML; the format is docs/mapping.md), so that a mistake in it
 * stops the ingest before anything is read or stored, with every problem named: the file, the line,
 * the key, the value and what is allowed. Problems are collected and reported together, as one
 * {@link DevpayException} of category USER_INPUT (exit code 2).
 *
 * <p>What is checked here needs only the mapping itself; whether its columns and sheet exist in the
 * table is checked by {@link MappedTable} against the table's header.
 *
 * <p>Over 500 lines: it checks every key of the mapping format and reports every problem at once,
 * with suggestions; the checks share the parse state and the problem list.
 */
public final class MappingFile {
  /** Every key a mapping file may have at its top level, in documentation order. */
  static final List<String> KEYS =
      List.of(
          "dataset",
          "edition",
          "year",
          "currency",
          "period",
          "basis",
          "scope",
          "sheet",
          "title",
          "publisher",
          "licence",
          "attribution",
          "url",
          "columns",
          "constants",
          "roles",
          "separators");

  private static final Pattern DATASET_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private static final int MAX_ID_LENGTH = 64;

  private static final int FIRST_YEAR = 1950;

  private static final int LAST_YEAR = 2100;

  private static final Map<String, PayPeriod> PERIODS =
      Map.of(
          "year", PayPeriod.YEAR,
          "month", PayPeriod.MONTH,
          "week", PayPeriod.WEEK,
          "hour", PayPeriod.HOUR);

  private final String source;
  private final String text;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();

  private MappingFile(String source, String text) {
    this.source = source;
    this.text = text;
  }

  /**
   * Reads a mapping file (UTF-8, a byte-order mark allowed).
   *
   * @throws DevpayException USER_INPUT naming every problem, or when the file cannot be read
   */
  public static Mapping read(Path file) {
    requireNonNull(file, "file is null");
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (NoSuchFileException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, "no mapping file at " + file, e);
    } catch (CharacterCodingException e) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, file + ": a mapping file is UTF-8 text; this one is not", e);
    } catch (IOException e) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "cannot read the mapping file " + file + ": " + e, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(file.toString(), text);
  }

  /**
   * Reads a mapping from its text.
   *
   * @param source the file's name, for messages
   * @throws DevpayException USER_INPUT naming every problem
   */
  public static Mapping parse(String source, String text) {
    requireNonNull(source, "source is null");
    requireNonNull(text, "text is null");
    return new MappingFile(source, text).parse();
  }

  private Mapping parse() {
    Node root;
    try {
      root = YamlTree.parse(text);
    } catch (YamlTree.SyntaxException e) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          source + (e.line() > 0 ? " line " + e.line() : "") + ": " + e.getMessage());
    }
    if (!(root instanceof MapNode map)) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          source
              + ": a mapping file is a set of 'key: value' lines (dataset, edition, year,"
              + " currency, period, basis, scope, columns, ...); see docs/mapping.md");
    }
    map.keyLines().forEach(lines::put);
    for (String key : map.entries().keySet()) {
      if (!KEYS.contains(key)) {
        problem(
            key,
            "unknown key" + suggestion(key, KEYS) + "; the keys are " + String.join(", ", KEYS));
      }
    }
    String dataset = datasetId(map);
    OptionalInt year = year(map);
    String edition =
        optionalText(map, "edition")
            .orElse(year.isPresent() ? Integer.toString(year.getAsInt()) : "");
    if (map.entries().containsKey("edition") && edition.isBlank()) {
      problem("edition", "is empty; give the edition's label, such as \"2024\" or \"2024-06\"");
    }
    if (edition.length() > MAX_ID_LENGTH || edition.chars().anyMatch(Character::isISOControl)) {
      problem("edition", "'" + edition + "' is not a short one-line label such as \"2024\"");
    }
    String currency = currency(map, year);
    PayPeriod period =
        choice(map, "period", PERIODS, "year, month, week or hour (the period the pay covers)");
    TaxBasis basis =
        choice(
            map,
            "basis",
            Map.of("gross", TaxBasis.GROSS, "net", TaxBasis.NET),
            "gross or net (before or after income tax)");
    PayScope scope =
        choice(
            map,
            "scope",
            Map.of("base", PayScope.BASE, "total", PayScope.TOTAL),
            "base or total (base salary, or total compensation with bonus and stock)");
    Optional<String> sheet = optionalText(map, "sheet");
    if (map.entries().containsKey("sheet") && sheet.map(String::isBlank).orElse(true)) {
      problem(
          "sheet", "is empty; name a sheet of the workbook, or leave the key out for the first");
      sheet = Optional.empty();
    }
    Optional<URI> url = url(map);
    Map<MappedField, String> columns = columns(map);
    Map<MappedField, String> constants = constants(map, columns);
    Map<String, RoleFamily> roles = roles(map, columns, constants);
    Map<MappedField, String> separators = separators(map, columns);
    if (!problems.isEmpty()) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          problems.size() == 1
              ? problems.get(0)
              : source
                  + ": "
                  + problems.size()
                  + " problems in the mapping:\n  "
                  + String.join("\n  ", problems));
    }
    return new Mapping(
        source,
        text,
        dataset,
        edition,
        year.getAsInt(),
        currency,
        period,
        basis,
        scope,
        sheet,
        nonBlank(optionalText(map, "title")),
        nonBlank(optionalText(map, "publisher")),
        nonBlank(optionalText(map, "licence")),
        nonBlank(optionalText(map, "attribution")),
        url,
        columns,
        constants,
        roles,
        separators,
        lines);
  }

  private String datasetId(MapNode map) {
    Optional<String> value = requiredText(map, "dataset", "the dataset's id, such as kode24");
    if (value.isEmpty()) {
      return "";
    }
    String id = value.get();
    if (!DATASET_ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
      problem(
          "dataset",
          "'"
              + id
              + "' is not a dataset id: use lowercase letters, digits and dashes (such as kode24"
              + " or my-company-2024), at most "
              + MAX_ID_LENGTH
              + " characters");
    } else if (isReservedId(id)) {
      problem(
          "dataset",
          "'"
              + id
              + "' is a built-in dataset's id (`devpay datasets` lists them); choose another id"
              + " for your own data");
    }
    return id;
  }

  /**
   * Whether an id is taken by devpay itself: a catalogued or built-in dataset's, or a Stack
   * Overflow year's.
   */
  public static boolean isReservedId(String id) {
    return builtInIds().contains(id) || DatasetIds.isStackOverflow(id);
  }

  /** Every dataset id devpay ships: the catalog's and every adapter's. */
  static Set<String> builtInIds() {
    Set<String> ids = new TreeSet<>();
    DatasetCatalog.standard().datasets().forEach(d -> ids.add(d.id()));
    AdapterRegistry.standard().adapters().forEach(a -> ids.add(a.datasetId()));
    return ids;
  }

  private OptionalInt year(MapNode map) {
    Optional<String> value = requiredText(map, "year", "the survey year, such as 2024");
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    String text = value.get();
    if (!text.matches("\\d{4}")
        || Integer.parseInt(text) < FIRST_YEAR
        || Integer.parseInt(text) > LAST_YEAR) {
      problem(
          "year",
          "'"
              + text
              + "' is not a survey year: give four digits, "
              + FIRST_YEAR
              + " to "
              + LAST_YEAR);
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(text));
  }

  private String currency(MapNode map, OptionalInt year) {
    Optional<String> value =
        requiredText(map, "currency", "the ISO 4217 code of the pay column, such as NOK or EUR");
    if (value.isEmpty()) {
      return "";
    }
    String code = value.get().strip().toUpperCase(Locale.ROOT);
    boolean iso =
        code.matches("[A-Z]{3}")
            && Currency.getAvailableCurrencies().stream()
                .anyMatch(c -> c.getCurrencyCode().equals(code));
    if (!iso) {
      problem(
          "currency",
          "'"
              + value.get()
              + "' is not an ISO 4217 currency code; use three letters, such as NOK, EUR, USD or"
              + " SEK");
      return "";
    }
    if (year.isPresent() && !code.equals("USD")) {
      ExchangeRates rates = ExchangeRates.fromResources();
      if (rates.usdPerUnit(code, year.getAsInt()).isEmpty()) {
        SortedSet<Integer> years = rates.yearsOf(code);
        problem(
            "currency",
            "devpay has no "
                + year.getAsInt()
                + " exchange rate for "
                + code
                + ", so no row could be converted to US dollars; "
                + (years.isEmpty()
                    ? "its yearly rates (ECB reference rates) have no " + code + " at all"
                    : "its yearly rates for "
                        + code
                        + " cover "
                        + years.first()
                        + (years.size() > 1 ? " to " + years.last() : "")));
      }
    }
    return code;
  }

  private <T> T choice(MapNode map, String key, Map<String, T> allowed, String what) {
    Optional<String> value = requiredText(map, key, what);
    if (value.isEmpty()) {
      return allowed.values().iterator().next();
    }
    T chosen = allowed.get(value.get().strip().toLowerCase(Locale.ROOT));
    if (chosen == null) {
      problem(key, "'" + value.get() + "' is not allowed; use " + what);
      return allowed.values().iterator().next();
    }
    return chosen;
  }

  private Optional<URI> url(MapNode map) {
    Optional<String> value = nonBlank(optionalText(map, "url"));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.get().strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problem("url", "'" + value.get() + "' is not an http(s) address");
    return Optional.empty();
  }

  private Map<MappedField, String> columns(MapNode map) {
    Map<MappedField, String> columns = new EnumMap<>(MappedField.class);
    Node node = map.entries().get("columns");
    if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
      problem(
          "columns",
          "is required: map devpay's fields to your table's headers, at least 'pay: <header of"
              + " the pay column>'");
      return columns;
    }
    if (!(node instanceof MapNode fields)) {
      problem("columns", "must be a list of 'field: header' lines, such as 'pay: salary'");
      return columns;
    }
    fields.keyLines().forEach((k, line) -> lines.put("columns." + k, line));
    fields
        .entries()
        .forEach(
            (name, value) -> {
              String key = "columns." + name;
              Optional<MappedField> field = MappedField.parse(name);
              if (field.isEmpty()) {
                problem(key, unknownField(name));
                return;
              }
              scalarText(key, value)
                  .ifPresent(
                      header -> {
                        if (header.isBlank()) {
                          problem(key, "is empty; give the header of the column that holds it");
                        } else {
                          columns.put(field.get(), header);
                        }
                      });
            });
    if (!fields.entries().isEmpty()
        && !columns.containsKey(MappedField.PAY)
        && fields.entries().keySet().stream().noneMatch(k -> k.strip().equalsIgnoreCase("pay"))) {
      problem("columns", "has no 'pay': name the column that holds the pay amount");
    } else if (fields.entries().isEmpty()) {
      problem("columns", "is empty: name at least the pay column ('pay: <header>')");
    }
    return columns;
  }

  private Map<MappedField, String> constants(MapNode map, Map<MappedField, String> columns) {
    Map<MappedField, String> constants = new EnumMap<>(MappedField.class);
    Optional<MapNode> node =
        optionalMap(map, "constants", "'field: value' lines, such as 'country: \"NO\"'");
    if (node.isEmpty()) {
      return constants;
    }
    node.get().keyLines().forEach((k, line) -> lines.put("constants." + k, line));
    node.get()
        .entries()
        .forEach(
            (name, value) -> {
              String key = "constants." + name;
              Optional<MappedField> field = MappedField.parse(name);
              if (field.isEmpty()) {
                problem(key, unknownField(name));
                return;
              }
              if (!field.get().constantAllowed()) {
                problem(
                    key,
                    field.get().id()
                        + " differs from row to row, so it cannot be a constant; name its column"
                        + " under columns:");
                return;
              }
              if (columns.containsKey(field.get())) {
                problem(
                    key,
                    field.get().id()
                        + " is also mapped to a column (columns."
                        + field.get().id()
                        + "); keep one of the two");
                return;
              }
              scalarText(key, value)
                  .ifPresent(
                      text -> {
                        if (text.isBlank()) {
                          problem(key, "is empty; give the value every row has");
                        } else if (field.get() == MappedField.COUNTRY
                            && Countries.fromResources().resolve(text).isEmpty()) {
                          problem(
                              key,
                              "'"
                                  + text
                                  + "' is not a country devpay knows; give an ISO 3166 code in"
                                  + " quotes (such as \"NO\") or an English name");
                        } else {
                          constants.put(field.get(), text.strip());
                        }
                      });
            });
    return constants;
  }

  private Map<String, RoleFamily> roles(
      MapNode map, Map<MappedField, String> columns, Map<MappedField, String> constants) {
    Map<String, RoleFamily> roles = new LinkedHashMap<>();
    Optional<MapNode> node =
        optionalMap(map, "roles", "'label: family' lines, such as 'Utvikler, backend: backend'");
    if (node.isEmpty()) {
      return roles;
    }
    if (!node.get().entries().isEmpty()
        && !columns.containsKey(MappedField.ROLE)
        && !constants.containsKey(MappedField.ROLE)) {
      problem(
          "roles",
          "labels are given but no role column is mapped: add 'role: <header>' under columns:");
    }
    Map<String, String> labelsByKey = new LinkedHashMap<>();
    node.get().keyLines().forEach((k, line) -> lines.put("roles." + k, line));
    node.get()
        .entries()
        .forEach(
            (label, value) -> {
              String key = "roles." + label;
              Optional<String> family = scalarText(key, value);
              if (family.isEmpty()) {
                return;
              }
              Optional<RoleFamily> parsed = RoleFamily.parse(family.get());
              if (parsed.isEmpty()) {
                problem(
                    key,
                    "'"
                        + family.get()
                        + "' is not a role family; use one of "
                        + java.util.Arrays.stream(RoleFamily.values())
                            .map(RoleFamily::id)
                            .collect(Collectors.joining(", ")));
                return;
              }
              String labelKey = Mapping.labelKey(label);
              if (labelKey.isEmpty()) {
                problem(key, "an empty label cannot be mapped");
                return;
              }
              String earlier = labelsByKey.putIfAbsent(labelKey, label);
              if (earlier != null) {
                RoleFamily before = roles.get(labelKey);
                if (before != parsed.get()) {
                  problem(
                      key,
                      "'"
                          + label
                          + "' and '"
                          + earlier
                          + "' are the same label (case and spacing aside) but are given"
                          + " different families");
                }
                return;
              }
              roles.put(labelKey, parsed.get());
            });
    return roles;
  }

  private Map<MappedField, String> separators(MapNode map, Map<MappedField, String> columns) {
    Map<MappedField, String> separators = new EnumMap<>(MappedField.class);
    Optional<MapNode> node =
        optionalMap(map, "separators", "'field: separator' lines, such as 'skills: \";\"'");
    if (node.isEmpty()) {
      return separators;
    }
    node.get().keyLines().forEach((k, line) -> lines.put("separators." + k, line));
    node.get()
        .entries()
        .forEach(
            (name, value) -> {
              String key = "separators." + name;
              Optional<MappedField> field = MappedField.parse(name);
              if (field.isEmpty()) {
                problem(key, unknownField(name));
                return;
              }
              if (!field.get().multiValued()) {
                problem(
                    key,
                    "only skills and industry hold several values in a cell; "
                        + field.get().id()
                        + " has one");
                return;
              }
              Optional<String> text = scalarText(key, value);
              if (text.isPresent() && text.get().isEmpty()) {
                problem(key, "is empty; give the text between two values, such as \";\"");
              } else {
                text.ifPresent(t -> separators.put(field.get(), t));
              }
            });
    return separators;
  }

  private String unknownField(String name) {
    return "unknown field '"
        + name
        + "'"
        + suggestion(name, MappedField.ids())
        + "; the fields are "
        + String.join(", ", MappedField.ids());
  }

  /** The text of a required scalar key; a problem and empty when it is missing or not a scalar. */
  private Optional<String> requiredText(MapNode map, String key, String what) {
    Node node = map.entries().get(key);
    if (node == null
        || node instanceof Scalar scalar && (scalar.isNull() || scalar.text().isBlank())) {
      problem(key, "is required: " + what);
      return Optional.empty();
    }
    return scalarText(key, node).map(String::strip);
  }

  private Optional<String> optionalText(MapNode map, String key) {
    Node node = map.entries().get(key);
    if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
      return Optional.empty();
    }
    return scalarText(key, node).map(String::strip);
  }

  private Optional<MapNode> optionalMap(MapNode map, String key, String what) {
    Node node = map.entries().get(key);
    if (node == null || node instanceof Scalar scalar && scalar.isNull()) {
      return Optional.empty();
    }
    if (node instanceof MapNode mapNode) {
      return Optional.of(mapNode);
    }
    problem(key, "must be " + what);
    return Optional.empty();
  }

  private Optional<String> scalarText(String key, Node node) {
    if (node instanceof Scalar scalar) {
      return Optional.of(scalar.isNull() ? "" : scalar.text());
    }
    problem(
        key, "must be one value, not " + (node instanceof ListNode ? "a list" : "a set of keys"));
    return Optional.empty();
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.filter(v -> !v.isBlank());
  }

  private void problem(String key, String message) {
    Integer line = lines.get(key);
    problems.add(
        source + (line == null || line == 0 ? "" : " line " + line) + ": " + key + ": " + message);
  }

  /** "; did you mean 'licence'?" when a known name is one or two edits away, else "". */
  static String suggestion(String name, List<String> known) {
    String lowered = name.strip().toLowerCase(Locale.ROOT);
    return known.stream()
        .filter(k -> editDistance(lowered, k) <= 2)
        .min(Comparator.comparingInt(k -> editDistance(lowered, k)))
        .map(k -> "; did you mean '" + k + "'?")
        .orElse("");
  }

  /** Levenshtein distance, for suggestions. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
