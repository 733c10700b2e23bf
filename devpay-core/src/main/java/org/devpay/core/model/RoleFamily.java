package org.devpay.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The developer role families every dataset's role labels are mapped onto, so roles compare. */
public enum RoleFamily {
  BACKEND("backend", "Back-end"),
  FRONTEND("frontend", "Front-end"),
  FULLSTACK("fullstack", "Full-stack"),
  MOBILE("mobile", "Mobile"),
  DEVOPS_SRE("devops", "DevOps / SRE"),
  DATA_ENGINEERING("data-engineering", "Data engineering"),
  DATA_SCIENCE_ML("data-science", "Data science / ML"),
  QA("qa", "QA / testing"),
  EMBEDDED("embedded", "Embedded"),
  SECURITY("security", "Security"),
  MANAGEMENT("management", "Management"),
  OTHER("other", "Other"),
  /**
   * The source records no role, or a title that does not say which family (DOU's "Software
   * Engineer"); never guessed from a language or anything else.
   */
  UNKNOWN("unknown", "Not stated");

  private final String id;
  private final String displayName;

  RoleFamily(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** Stable lower-case identifier used in resources, the store, JSON and the CLI. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Every family a respondent can be compared in: all but {@link #UNKNOWN}. */
  public static List<RoleFamily> stated() {
    return Arrays.stream(values()).filter(r -> r != UNKNOWN).toList();
  }

  /** Parses an id ("backend") or an enum name ("BACKEND"), case-insensitively. */
  public static Optional<RoleFamily> parse(String text) {
    return TEXTS.parse(text);
  }

  private static final EnumTexts<RoleFamily> TEXTS = new EnumTexts<>(values(), RoleFamily::id);
}
