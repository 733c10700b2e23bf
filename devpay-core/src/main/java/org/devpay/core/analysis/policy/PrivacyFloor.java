package org.devpay.core.analysis.policy;

import org.devpay.core.privacy.DisclosureControl;

/**
 * The minimum number of respondents behind any published cell (default 10), and the rule that no
 * two published cells differ by fewer than that many: the disclosure control ({@link
 * DisclosureControl}, docs/privacy.md). Enforced here, in core, once, so no presenter can publish a
 * smaller cell or one that can be differenced against another.
 *
 * @param minimumCellSize k: cells with fewer rows than this are suppressed
 * @param differencingControl whether cells that could be differenced against others are withheld
 *     too; false only in tests that show an attack succeeds without it
 */
public record PrivacyFloor(int minimumCellSize, boolean differencingControl) {
  /** The default floor: k = 10, with the differencing control. */
  public static final PrivacyFloor DEFAULT = new PrivacyFloor(10);

  public PrivacyFloor {
    if (minimumCellSize < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + minimumCellSize);
    }
  }

  /** A floor of k with the differencing control. */
  public PrivacyFloor(int minimumCellSize) {
    this(minimumCellSize, true);
  }

  /**
   * The same k without the differencing control: the cell-size floor alone, which differencing
   * defeats. Never for publication; the attack tests use it to show they can fail.
   */
  public PrivacyFloor withoutDifferencingControl() {
    return new PrivacyFloor(minimumCellSize, false);
  }

  /**
   * Whether a cell of {@code rows} records may be published. Rows, not weighted respondents, are
   * counted: a weighted row (an aggregate of several reports) is still one source row.
   */
  public boolean allows(int rows) {
    return rows >= minimumCellSize;
  }

  /** The disclosure control this floor stands for, over devpay's query dimensions. */
  public DisclosureControl disclosure() {
    return new DisclosureControl(minimumCellSize, differencingControl, QueryDimensions.STANDARD);
  }
}
