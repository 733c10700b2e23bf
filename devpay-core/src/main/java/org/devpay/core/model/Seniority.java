package org.devpay.core.model;

import java.util.Locale;
import java.util.Optional;

/** Career level as the respondent or the source states it, on one common ladder. */
public enum Seniority {
  JUNIOR("junior"),
  MIDDLE("middle"),
  SENIOR("senior"),
  LEAD_PRINCIPAL("lead"),
  UNKNOWN("unknown");

  private final String id;

  Seniority(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Seniority> parse(String text) {
    // The store and the resources hold ids: looked up as they are, then trimmed and lower-cased.
    Seniority known = BY_TEXT.get(text);
    if (known == null) {
      known = BY_TEXT.get(text.trim().toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(known);
  }

  /**
   * Each value by its id and its lower-case name; where one text were both (none is), the earlier
   * value would win, as a scan in declaration order would find it.
   */
  private static final java.util.Map<String, Seniority> BY_TEXT = byText();

  private static java.util.Map<String, Seniority> byText() {
    java.util.Map<String, Seniority> map = new java.util.HashMap<>();
    for (Seniority s : values()) {
      map.putIfAbsent(s.id, s);
      map.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s);
    }
    return java.util.Map.copyOf(map);
  }
}
