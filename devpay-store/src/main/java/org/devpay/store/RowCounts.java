package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.devpay.core.model.RejectReason;

/**
 * The row balance of one file: rows read = accepted + rejected, and rejected = the sum of the
 * per-reason counts. Checked on construction, so no report can show rows lost without a reason.
 *
 * @param read data rows the adapter read
 * @param accepted rows stored as pay records
 * @param rejected rows stored as rejections
 * @param rejectedByReason rejected rows per reason, in the enum's order; reasons with no row absent
 */
public record RowCounts(
    long read, long accepted, long rejected, Map<RejectReason, Long> rejectedByReason) {
  /** No rows. */
  public static final RowCounts NONE = new RowCounts(0, 0, 0, Map.of());

  public RowCounts {
    requireNonNull(rejectedByReason, "rejectedByReason is null");
    EnumMap<RejectReason, Long> byReason = new EnumMap<>(RejectReason.class);
    long sum = 0;
    for (Map.Entry<RejectReason, Long> entry : rejectedByReason.entrySet()) {
      long count = requireNonNull(entry.getValue(), "count is null");
      if (count < 0) {
        throw new IllegalArgumentException("negative count for " + entry.getKey());
      }
      if (count > 0) {
        byReason.put(requireNonNull(entry.getKey(), "reason is null"), count);
      }
      sum += count;
    }
    // An EnumMap keeps the enum's order, so reports list reasons the same way every time.
    rejectedByReason = Collections.unmodifiableMap(byReason);
    if (accepted < 0 || rejected < 0 || read != accepted + rejected) {
      throw new IllegalArgumentException(
          "rows read must equal accepted + rejected: "
              + read
              + " != "
              + accepted
              + " + "
              + rejected);
    }
    if (sum != rejected) {
      throw new IllegalArgumentException(
          "rejected rows must equal the sum over reasons: " + rejected + " != " + sum);
    }
  }

  /** Rejected rows for one reason; 0 when none. */
  public long rejected(RejectReason reason) {
    return rejectedByReason.getOrDefault(reason, 0L);
  }
}
