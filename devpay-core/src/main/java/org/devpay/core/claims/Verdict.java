package org.devpay.core.claims;

import java.util.Locale;

/** What the data say about a claim, in four words a reader can act on. */
public enum Verdict {
  /** The effect's interval meets the claim's decision rule. */
  SUPPORTED,
  /** The effect's interval rules out what the claim says. */
  CONTRADICTED,
  /** The data can test the claim but the interval allows both readings. */
  INCONCLUSIVE,
  /** No dataset edition has enough respondents to test it (the claim names what would). */
  NO_DATA;

  /** "supported", "no data". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
