package org.devpay.sources.inspect;

import java.util.Locale;

/** What a column holds, as {@code devpay inspect} infers it from every value. */
public enum ColumnType {
  /** Nine in ten answers or more are numbers as people type them. */
  NUMBER,
  /** Nine in ten answers or more are dates or timestamps. */
  DATE,
  /** Every value is blank. */
  EMPTY,
  /** Anything else: labels, free text. */
  TEXT;

  /** "number", "date", "empty" or "text". */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
