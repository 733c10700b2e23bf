package org.devpay.sources.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The devpay fields a mapping file may name, under {@code columns:}, {@code constants:} and {@code
 * separators:}, so that a user's table is read into the same raw rows as a published format's.
 */
public enum MappedField {
  /** The pay amount: required, a column. */
  PAY("pay", false, false),
  /** The role label, classified by the mapping's {@code roles:} and then the role taxonomy. */
  ROLE("role", true, false),
  /** Years of professional experience ("5", "6-10 years"). */
  YEARS_EXPERIENCE("years_experience", true, false),
  /** City or place of work. */
  CITY("city", true, false),
  /** Employment status, classified by the employment taxonomy. */
  EMPLOYMENT("employment", true, false),
  /** Seniority, classified by the seniority taxonomy. */
  SENIORITY("seniority", true, false),
  /** Country, a name or an ISO 3166 code. */
  COUNTRY("country", true, false),
  /** Industry; several per row with a separator. */
  INDUSTRY("industry", true, true),
  /** Languages, platforms and tools; several per row with a separator. */
  SKILLS("skills", true, true),
  /** Frequency weight: how many respondents the row stands for (a number > 0). */
  WEIGHT("weight", false, false),
  /** The respondent's id in the file (else the row number). */
  RESPONDENT_ID("respondent_id", false, false),
  /** Age, kept with the record as an attribute. */
  AGE("age", true, false);

  private final String id;
  private final boolean constantAllowed;
  private final boolean multiValued;

  MappedField(String id, boolean constantAllowed, boolean multiValued) {
    this.id = id;
    this.constantAllowed = constantAllowed;
    this.multiValued = multiValued;
  }

  /** The field's name in a mapping file ("years_experience"). */
  public String id() {
    return id;
  }

  /** Whether {@code constants:} may give it (pay, weight and respondent ids vary by row). */
  public boolean constantAllowed() {
    return constantAllowed;
  }

  /** Whether a row may hold several values of it, split by {@code separators:}. */
  public boolean multiValued() {
    return multiValued;
  }

  /** The field with this id, compared case-insensitively. */
  public static Optional<MappedField> parse(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
  }

  /** Every field's id, in order, for messages. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(MappedField::id).toList();
  }
}
