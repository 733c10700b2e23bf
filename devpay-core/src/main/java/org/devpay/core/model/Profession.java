package org.devpay.core.model;

import java.util.Optional;

/**
 * Whether a respondent says they are a developer by profession, so that the population filter can
 * keep pay comparable: surveys such as Stack Overflow's also ask students and hobbyists. Most
 * datasets do not ask; their records are {@link #NOT_RECORDED}.
 */
public enum Profession {
  /** The respondent says they are a developer by profession. */
  DEVELOPER("yes"),
  /** The respondent says they are not (a student, a hobbyist, someone who codes at work). */
  NOT_DEVELOPER("no"),
  /** The survey did not ask, or the respondent did not answer. */
  NOT_RECORDED("unstated");

  private final String id;

  Profession(String id) {
    this.id = id;
  }

  /** A short stable id: "yes", "no" or "unstated". */
  public String id() {
    return id;
  }

  /** The value with this id; empty for any other text. */
  public static Optional<Profession> parse(String id) {
    for (Profession value : values()) {
      if (value.id.equals(id)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
