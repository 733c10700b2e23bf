package org.devpay.core.taxonomy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.devpay.core.resource.ResourceTable;

/**
 * An ordered table of classification rules read from a reviewed CSV resource: the one engine behind
 * every label taxonomy (roles, seniority, employment, industries, skills), so that each mapping is
 * a table a reviewer can read and an independent script can apply, never an if-chain in code.
 *
 * <p>File format: comment lines start with {@code #}; the header is {@code
 * scope,match,pattern,<value column>,note}. Semantics, kept simple enough to re-implement in a few
 * lines of Python:
 *
 * <ul>
 *   <li>{@code scope} is a dataset id or {@code *}; a rule applies to a label of dataset D when its
 *       scope is D or {@code *}. Every dataset-scoped row precedes every {@code *} row (checked on
 *       load), so dataset-specific rules always win.
 *   <li>{@code match=exact}: the label, stripped of surrounding whitespace and lower-cased, equals
 *       the pattern stripped and lower-cased.
 *   <li>{@code match=regex}: the pattern is found anywhere in the stripped label (Java {@code
 *       Matcher.find} = Python {@code re.search}), case-insensitively (Java {@code CASE_INSENSITIVE
 *       | UNICODE_CASE} = Python {@code re.IGNORECASE}). Patterns use only syntax both engines
 *       share.
 *   <li>The first applicable rule in file order wins; no match gives an empty result, which each
 *       facade turns into its documented default (OTHER, UNKNOWN, no industry).
 * </ul>
 *
 * @param <T> the typed value a rule assigns
 */
public final class RuleTable<T> {
  /** How a rule's pattern is compared with a label. */
  public enum Match {
    EXACT,
    REGEX
  }

  /** One row of the table, with its 1-based position among the data rows for diagnostics. */
  public record Rule<T>(
      String scope, Match match, String pattern, T value, String note, int position) {
    public Rule {
      requireNonNull(scope, "scope is null");
      requireNonNull(match, "match is null");
      requireNonNull(pattern, "pattern is null");
      requireNonNull(value, "value is null");
      requireNonNull(note, "note is null");
    }
  }

  /** What a classification found: the value and the rule that gave it. */
  public record Classification<T>(T value, Rule<T> rule) {}

  public static final String ANY_DATASET = "*";

  private final String resource;
  private final List<Rule<T>> rules;
  private final List<Pattern> compiled;

  /** Each rule's pattern stripped and lower-cased, as exact rules compare it. */
  private final List<String> lowered;

  /** Classifications per dataset, label and rule subset: labels repeat over millions of rows. */
  private final Memo<LabelKey, Optional<Classification<T>>> classifications =
      new Memo<>(
          Memo.DEFAULT_CAPACITY, key -> classifyUncached(key.datasetId, key.label, key.exactOnly));

  /** The values one label contributes to {@link #distinctValues}, per dataset and separators. */
  private final Memo<PartsKey, List<T>> labelValues =
      new Memo<>(Memo.DEFAULT_CAPACITY, key -> valuesOf(key.datasetId, key.label, key.separators));

  private RuleTable(String resource, List<Rule<T>> rules, List<Pattern> compiled) {
    this.resource = resource;
    this.rules = List.copyOf(rules);
    this.compiled = compiled;
    this.lowered =
        this.rules.stream().map(rule -> rule.pattern().toLowerCase(Locale.ROOT)).toList();
  }

  private record LabelKey(String datasetId, String label, boolean exactOnly) {}

  private record PartsKey(String datasetId, String label, Pattern separators) {}

  /**
   * Loads a rule file; {@code parseValue} converts a cell of {@code valueColumn} and must throw for
   * a value the target type does not have, so a typo in a reviewed table fails the build.
   */
  public static <T> RuleTable<T> load(
      Class<?> anchor, String name, String valueColumn, Function<String, T> parseValue) {
    return fromTable(ResourceTable.load(anchor, name), valueColumn, parseValue);
  }

  /** Builds the rules from an already-read table (used by tests on inline tables). */
  public static <T> RuleTable<T> fromTable(
      ResourceTable table, String valueColumn, Function<String, T> parseValue) {
    int scope = table.column("scope");
    int match = table.column("match");
    int pattern = table.column("pattern");
    int value = table.column(valueColumn);
    int note = table.column("note");
    List<Rule<T>> rules = new ArrayList<>();
    List<Pattern> compiled = new ArrayList<>();
    boolean seenGlobal = false;
    int position = 0;
    for (List<String> row : table.rows()) {
      position++;
      String where = table.resource() + " rule " + position + " " + row;
      String ruleScope = row.get(scope).strip();
      if (ruleScope.isEmpty()) {
        throw new IllegalStateException(where + ": empty scope");
      }
      if (ruleScope.equals(ANY_DATASET)) {
        seenGlobal = true;
      } else if (seenGlobal) {
        throw new IllegalStateException(where + ": dataset rule after a '*' rule");
      }
      Match ruleMatch;
      try {
        ruleMatch = Match.valueOf(row.get(match).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + ": match must be exact or regex", e);
      }
      String rulePattern = row.get(pattern).strip();
      if (rulePattern.isEmpty()) {
        throw new IllegalStateException(where + ": empty pattern");
      }
      T ruleValue;
      try {
        ruleValue = requireNonNull(parseValue.apply(row.get(value).strip()));
      } catch (RuntimeException e) {
        throw new IllegalStateException(where + ": unknown value '" + row.get(value) + "'", e);
      }
      try {
        compiled.add(
            ruleMatch == Match.REGEX
                ? Pattern.compile(rulePattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                : null);
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(where + ": bad regex", e);
      }
      rules.add(new Rule<>(ruleScope, ruleMatch, rulePattern, ruleValue, row.get(note), position));
    }
    return new RuleTable<>(
        table.resource(), rules, java.util.Collections.unmodifiableList(compiled));
  }

  /** The first rule that applies to {@code label} of dataset {@code datasetId}, if any. */
  public Optional<Classification<T>> classify(String datasetId, String label) {
    return classify(datasetId, label, false);
  }

  /** Like {@link #classify} but considering only {@code exact} rules. */
  public Optional<Classification<T>> classifyExactly(String datasetId, String label) {
    return classify(datasetId, label, true);
  }

  private Optional<Classification<T>> classify(String datasetId, String label, boolean exactOnly) {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(label, "label is null");
    return classifications.get(new LabelKey(datasetId, label, exactOnly), label.length());
  }

  /** The classification itself, without the memo. */
  private Optional<Classification<T>> classifyUncached(
      String datasetId, String label, boolean exactOnly) {
    String stripped = label.strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    String lowered = stripped.toLowerCase(Locale.ROOT);
    for (int i = 0; i < rules.size(); i++) {
      Rule<T> rule = rules.get(i);
      if (!rule.scope().equals(ANY_DATASET) && !rule.scope().equals(datasetId)
          || exactOnly && rule.match() != Match.EXACT) {
        continue;
      }
      boolean matches =
          rule.match() == Match.EXACT
              ? lowered.equals(this.lowered.get(i))
              : compiled.get(i).matcher(stripped).find();
      if (matches) {
        return Optional.of(new Classification<>(rule.value(), rule));
      }
    }
    return Optional.empty();
  }

  /** Only the value of {@link #classify}. */
  public Optional<T> value(String datasetId, String label) {
    return classify(datasetId, label).map(Classification::value);
  }

  /**
   * The distinct values that several labels name, sorted: each label is first matched whole against
   * the exact rules only, since published compound labels (which hold separators of their own) have
   * exact rules; a label no exact rule matches is split on {@code separators} and each part
   * classified with every rule (a label without a separator is one part). Parts no rule matches are
   * dropped. The industry and skill taxonomies differ only in their separators.
   */
  static <V extends Comparable<V>> List<V> distinctValues(
      RuleTable<V> table, String datasetId, List<String> labels, Pattern separators) {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(separators, "separators is null");
    TreeSet<V> values = new TreeSet<>();
    for (String label : labels) {
      requireNonNull(label, "label is null");
      values.addAll(
          table.labelValues.get(new PartsKey(datasetId, label, separators), label.length()));
    }
    return List.copyOf(values);
  }

  /** What one label adds to {@link #distinctValues}: its exact value, else its parts' values. */
  private List<T> valuesOf(String datasetId, String label, Pattern separators) {
    Optional<Classification<T>> whole = classifyExactly(datasetId, label);
    if (whole.isPresent()) {
      return List.of(whole.get().value());
    }
    List<T> values = new ArrayList<>();
    for (String part : separators.split(label)) {
      value(datasetId, part).ifPresent(values::add);
    }
    return List.copyOf(values);
  }

  public List<Rule<T>> rules() {
    return rules;
  }

  public String resource() {
    return resource;
  }
}
