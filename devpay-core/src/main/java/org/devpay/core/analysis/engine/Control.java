package org.devpay.core.analysis.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A characteristic an adjusted comparison holds fixed, as fixed effects in an OLS of log pay, so a
 * premium is not just a different mix of people (more senior, in richer places, in other years).
 */
public enum Control {
  /** Role family, one dummy per family. */
  ROLE("role", "role family"),
  /** Band of years of professional experience (0-1, 2-4, 5-9, 10-14, 15+, not stated). */
  EXPERIENCE("experience", "years of experience band (0-1, 2-4, 5-9, 10-14, 15+, not stated)"),
  /** Seniority on the common ladder (junior, middle, senior, lead, unknown). */
  SENIORITY("seniority", "seniority (junior, middle, senior, lead, unknown)"),
  /** Country (ISO 3166-1 alpha-2, or not stated). */
  COUNTRY("country", "country"),
  /** Metro area where the edition names one, else the country: finer than country alone. */
  LOCATION("location", "metro area where named, else country"),
  /** One indicator per industry (multi-select answers allowed), and one for "none stated". */
  INDUSTRY("industry", "industry indicators (and none stated)"),
  /** One indicator per skill (multi-select answers allowed), and one for "none stated". */
  SKILLS("skills", "skill indicators (and none stated)"),
  /** Survey year, or the record's own year where an edition spans years. */
  YEAR("year", "survey or record year"),
  /** Employment status (full-time, part-time, contractor, ...). */
  EMPLOYMENT("employment", "employment status");

  /** What an adjusted comparison holds fixed unless told otherwise. */
  public static final List<Control> DEFAULTS =
      List.of(EXPERIENCE, SENIORITY, LOCATION, INDUSTRY, SKILLS, YEAR, EMPLOYMENT);

  private final String id;
  private final String description;

  Control(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** Stable lower-case id used in claims files, JSON and the CLI. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** Parses an id ("experience"), an enum name, or "metro" (an alias of location). */
  public static Optional<Control> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("metro") || t.equals("city")) {
      return Optional.of(LOCATION);
    }
    if (t.equals("skill")) {
      return Optional.of(SKILLS);
    }
    return Arrays.stream(values())
        .filter(c -> c.id.equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t))
        .findFirst();
  }
}
