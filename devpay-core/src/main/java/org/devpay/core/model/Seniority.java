package org.devpay.core.model;

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
    return TEXTS.parse(text);
  }

  private static final EnumTexts<Seniority> TEXTS = new EnumTexts<>(values(), Seniority::id);
}
