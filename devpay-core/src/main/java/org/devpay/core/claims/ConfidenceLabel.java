package org.devpay.core.claims;

import java.util.Locale;

/**
 * How firmly an effect's figure answers its claim, in one word beside every figure (as salary sites
 * label their ranges "high" or "low confidence"), by documented rules rather than judgment. "The
 * line" is the claim's threshold, or its margin for a {@code within} rule; "clears" means the
 * interval lies wholly on one side of it (inside or wholly outside a margin).
 */
public enum ConfidenceLabel {
  /**
   * The deciding interval clears the line, and so does every edition's own interval, on the same
   * side, with two or more editions: each dataset alone says the same.
   */
  STRONG,
  /**
   * The deciding interval clears the line, but one edition only says so, or some edition's own
   * interval crosses the line or lies on the other side.
   */
  MODERATE,
  /** The deciding interval crosses the line: the figure does not decide. */
  WEAK,
  /**
   * No figure (no edition, or suppressed below the privacy floor), or fewer than 30 rows behind it.
   */
  TOO_FEW;

  /** Rows a figure needs before it is labelled by its interval at all. */
  public static final int MINIMUM_ROWS = 30;

  /** "strong", "too few". */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
