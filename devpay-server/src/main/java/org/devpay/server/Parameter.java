package org.devpay.server;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * One request parameter, declared once: the same declaration routes, validates and documents it
 * (OpenAPI), so what the API accepts and what it says it accepts cannot drift apart.
 *
 * @param name its name in the query string or path
 * @param location query or path
 * @param required whether a request must carry it (path parameters always do)
 * @param description what it selects, for the OpenAPI document
 * @param allowed the fixed values allowed, for the OpenAPI document (empty: any value the rule
 *     accepts)
 * @param example a value that works on the shipped datasets
 * @param rule checks a value against the current data and returns it in canonical form
 */
record Parameter(
    String name,
    Location location,
    boolean required,
    String description,
    List<String> allowed,
    String example,
    Rule rule) {
  /** Where a parameter is carried. */
  enum Location {
    QUERY,
    PATH;

    String openApiName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Validates one value of a parameter against the current data. */
  @FunctionalInterface
  interface Rule {
    /**
     * Returns the value in canonical form.
     *
     * @throws DevpayException USER_INPUT (or MISSING_DATA for a path parameter naming nothing) with
     *     a message that says what is accepted
     */
    String check(String value, Snapshot snapshot);
  }

  Parameter {
    requireNonNull(name, "name is null");
    requireNonNull(location, "location is null");
    if (location == Location.PATH && !required) {
      throw new IllegalArgumentException("a path parameter is always required: " + name);
    }
    requireNonNull(description, "description is null");
    allowed = List.copyOf(allowed);
    requireNonNull(example, "example is null");
    requireNonNull(rule, "rule is null");
  }

  /** The longest value any parameter accepts: longer ones are refused before any lookup. */
  static final int MAXIMUM_LENGTH = 200;

  /** A rule accepting exactly the values of a set, which it names in its message. */
  static Rule oneOf(String what, java.util.function.Function<Snapshot, Set<String>> values) {
    return (value, snapshot) -> {
      Set<String> known = values.apply(snapshot);
      if (!known.contains(value)) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            "unknown "
                + what
                + " '"
                + value
                + "'; accepted: "
                + abbreviate(known)
                + " (GET /api/datasets lists them per edition)");
      }
      return value;
    };
  }

  private static String abbreviate(Set<String> values) {
    List<String> list = List.copyOf(values);
    if (list.isEmpty()) {
      return "none in the data";
    }
    if (list.size() <= 12) {
      return String.join(", ", list);
    }
    return String.join(", ", list.subList(0, 12)) + ", ... (" + list.size() + " in all)";
  }
}
