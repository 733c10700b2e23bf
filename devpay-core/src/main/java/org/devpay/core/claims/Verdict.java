package org.devpay.core.claims;

import java.util.Locale;

/** What the data say about a claim, in a few words a reader can act on. */
public enum Verdict {
  /** The effect's interval meets the claim's decision rule. */
  SUPPORTED,
  /** The effect's interval rules out what the claim says. */
  CONTRADICTED,
  /** The data can test the claim but the interval allows both readings. */
  INCONCLUSIVE,
  /**
   * The pooled effect clears the claim's line, but the prediction interval for a new dataset
   * crosses it: the answer depends on the market or survey, and the verdict names the editions that
   * go each way.
   */
  DEPENDS_ON_DATASET,
  /** No dataset edition has enough respondents to test it (the claim names what would). */
  NO_DATA;

  /** "supported", "no data", "depends on the dataset". */
  public String label() {
    return this == DEPENDS_ON_DATASET
        ? "depends on the dataset"
        : name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
