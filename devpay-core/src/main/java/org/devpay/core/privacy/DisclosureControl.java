package org.devpay.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.devpay.core.model.PayRecord;

/**
 * devpay's disclosure control, enforced in core, once, for every figure any presenter publishes: no
 * published cell holds fewer than k respondents, and no published cell can be differenced against
 * other published cells to isolate fewer than k respondents. docs/privacy.md states the rule, its
 * reasoning and its limits; in short, for a cell of one edition's studied rows:
 *
 * <ol>
 *   <li><b>Groups of several values are trimmed</b> ("every other role", "senior or lead"): a value
 *       held by fewer than k of the cell's rows is left out, so two such groups differ by 0 or k or
 *       more rows.
 *   <li><b>The cell must hold k rows or more.</b>
 *   <li><b>No near superset</b>: every cell a query can define by dropping any of the cell's
 *       conditions, or by naming a value all its rows share (a metro implies its country), must be
 *       the cell itself or hold k or more rows beyond it. Of two cells that differ by 1 to k-1
 *       rows, the smaller is withheld, so the pair can never be published together.
 *   <li><b>No small atom</b>: the rows meeting the values its rows share, split by which of the
 *       cell's conditions they meet, form atoms that the lattice of less-filtered cells can be
 *       combined to isolate (inclusion-exclusion); each must be empty or hold k rows or more.
 * </ol>
 *
 * A withheld cell publishes no figure and no count. {@link #floorOnly} keeps rule 2 alone (devpay's
 * behaviour before this control): for tests that show the attack suite can fail.
 *
 * @param minimumCellSize k
 * @param differencing whether rules 1, 3 and 4 apply (they do unless switched off for a test)
 * @param dimensions the characteristics queries can select on, whose shared values rule 3 looks at
 */
public record DisclosureControl(
    int minimumCellSize, boolean differencing, List<Dimension> dimensions) {
  public DisclosureControl {
    if (minimumCellSize < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + minimumCellSize);
    }
    dimensions = List.copyOf(dimensions);
  }

  /** The full control with this k over these dimensions. */
  public static DisclosureControl of(int minimumCellSize, List<Dimension> dimensions) {
    return new DisclosureControl(minimumCellSize, true, dimensions);
  }

  /** The k floor alone, without the differencing rules: never for publication. */
  public static DisclosureControl floorOnly(int minimumCellSize, List<Dimension> dimensions) {
    return new DisclosureControl(minimumCellSize, false, dimensions);
  }

  /**
   * The cells of one edition: {@code rows} are all of its studied rows (population and screen
   * applied, no filter), the one list every cell's rows are drawn from (as the same objects).
   */
  public CellUniverse universe(List<PayRecord> rows) {
    return new CellUniverse(this, rows);
  }

  /**
   * The values of a filter that may be offered and accepted for one edition, with their counts:
   * those held by k or more rows whose complement in the edition is empty or also k or more, so
   * that neither the list nor a filter by one of its values singles out fewer than k rows.
   *
   * @param counts rows per value
   * @param rows rows of the edition
   */
  public SortedMap<String, Integer> offeredValues(Map<String, Integer> counts, long rows) {
    requireNonNull(counts, "counts is null");
    SortedMap<String, Integer> out = new TreeMap<>();
    counts.forEach(
        (value, n) -> {
          long rest = rows - n;
          boolean offered =
              n >= minimumCellSize && (!differencing || rest == 0 || rest >= minimumCellSize);
          if (offered) {
            out.put(value, n);
          }
        });
    return out;
  }
}
