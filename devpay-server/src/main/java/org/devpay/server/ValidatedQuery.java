package org.devpay.server;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * A request's parameters after validation, in canonical form and sorted by name: the same question
 * asked two ways gives the same query, hence the same cache entry and ETag.
 */
final class ValidatedQuery {
  private final Map<String, String> values;

  private ValidatedQuery(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  static final ValidatedQuery EMPTY = new ValidatedQuery(Map.of());

  /**
   * Validates raw query and path parameters against their declarations.
   *
   * @throws DevpayException USER_INPUT for an undeclared, repeated, empty, too long or unaccepted
   *     query parameter; a path parameter's rule decides its own category
   */
  static ValidatedQuery of(
      List<Parameter> declared,
      Map<String, List<String>> query,
      Map<String, String> path,
      Snapshot snapshot) {
    Map<String, Parameter> byName =
        declared.stream().collect(Collectors.toMap(Parameter::name, p -> p));
    for (String name : new TreeMap<>(query).keySet()) {
      Parameter parameter = byName.get(name);
      if (parameter == null || parameter.location() != Parameter.Location.QUERY) {
        List<String> accepted =
            declared.stream()
                .filter(p -> p.location() == Parameter.Location.QUERY)
                .map(Parameter::name)
                .toList();
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            "unknown query parameter '"
                + shorten(name)
                + "'; accepted: "
                + (accepted.isEmpty() ? "none" : String.join(", ", accepted)));
      }
    }
    Map<String, String> values = new TreeMap<>();
    for (Parameter parameter : declared) {
      Optional<String> raw;
      if (parameter.location() == Parameter.Location.PATH) {
        raw = Optional.ofNullable(path.get(parameter.name()));
      } else {
        List<String> given = query.getOrDefault(parameter.name(), List.of());
        if (given.size() > 1) {
          throw new DevpayException(
              ErrorCategory.USER_INPUT,
              "query parameter '" + parameter.name() + "' is given " + given.size() + " times");
        }
        raw = given.stream().findFirst();
      }
      if (raw.isEmpty()) {
        if (parameter.required()) {
          throw new DevpayException(
              ErrorCategory.USER_INPUT, "parameter '" + parameter.name() + "' is required");
        }
        continue;
      }
      String value = raw.get().strip();
      if (value.isEmpty()) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT, "parameter '" + parameter.name() + "' is empty");
      }
      if (value.length() > Parameter.MAXIMUM_LENGTH) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            "parameter '"
                + parameter.name()
                + "' is longer than "
                + Parameter.MAXIMUM_LENGTH
                + " characters");
      }
      values.put(parameter.name(), parameter.rule().check(value, snapshot));
    }
    return new ValidatedQuery(values);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  Map<String, String> asMap() {
    return values;
  }

  /** "country=DE&seniority=senior": sorted, canonical values. */
  String canonical() {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("&"));
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
