package org.devpay.core.analysis;

/**
 * The minimum number of respondents behind any published cell (default 10). Enforced here, in core,
 * once, so no presenter can publish a smaller cell.
 *
 * @param minimumCellSize k: cells with fewer rows than this are suppressed
 */
public record PrivacyFloor(int minimumCellSize) {
  /** The default floor: k = 10. */
  public static final PrivacyFloor DEFAULT = new PrivacyFloor(10);

  public PrivacyFloor {
    if (minimumCellSize < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + minimumCellSize);
    }
  }

  /**
   * Whether a cell of {@code rows} records may be published. Rows, not weighted respondents, are
   * counted: a weighted row (an aggregate of several reports) is still one source row.
   */
  public boolean allows(int rows) {
    return rows >= minimumCellSize;
  }
}
