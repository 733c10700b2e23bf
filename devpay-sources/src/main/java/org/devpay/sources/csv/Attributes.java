package org.devpay.sources.csv;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects a record's extra answers, leaving out empty ones, so that an attribute present in a
 * record always carries an answer.
 */
public final class Attributes {
  private final Map<String, String> values = new LinkedHashMap<>();

  /** Adds an answer under a short snake_case key, unless it is empty after stripping. */
  public Attributes put(String key, String value) {
    requireNonNull(key, "key is null");
    String answer = requireNonNull(value, "value is null").strip();
    if (!answer.isEmpty()) {
      values.put(key, answer);
    }
    return this;
  }

  /** The answers collected so far, as an immutable copy. */
  public Map<String, String> toMap() {
    return Map.copyOf(values);
  }
}
