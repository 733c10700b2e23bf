package org.devpay.core.model;

import java.util.Arrays;
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
    String t = text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.id.equals(t) || s.name().toLowerCase(Locale.ROOT).equals(t))
        .findFirst();
  }
}
