package org.devpay.core.estimate;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.privacy.Release;

/**
 * The comparable cell as published: its own figures when the disclosure control releases the cell
 * (among the estimator's cells, and against the answers' population, since "in a job" is wider), or
 * none when it withholds them.
 *
 * @param cell the cell as published
 * @param published the released rows (indices into the population; empty when withheld): the cell
 *     less any employment status or profession held by fewer than k of its rows
 */
record CellRelease(ComparableCell cell, List<Integer> published) {
  CellRelease {
    published = List.copyOf(published);
  }

  /**
   * Releases a profile's comparable cell.
   *
   * @param rows the cell's rows (indices into the population)
   * @param notes receives a note when the cell is trimmed or withheld
   */
  static CellRelease of(
      EditionPopulation population,
      ComparablePlace place,
      RoleFamily role,
      List<Integer> rows,
      Exchange exchange,
      List<EstimateNote> notes) {
    Release release =
        population.release(place.cell(role), rows.stream().map(population::record).toList());
    if (!release.published()) {
      notes.add(EstimateNote.Caveat.CELL_WITHHELD);
      return new CellRelease(
          new ComparableCell(
              place.cellName(role),
              place.criteria(role),
              0,
              0,
              OptionalDouble.empty(),
              OptionalDouble.empty(),
              true),
          List.of());
    }
    Set<PayRecord> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(release.rows());
    List<Integer> published =
        rows.stream().filter(i -> kept.contains(population.record(i))).toList();
    double respondents = population.respondents(published);
    double median = population.medianPay(published);
    if (release.trimmed() > 0) {
      notes.add(EstimateNote.Caveat.CELL_TRIMMED);
    }
    return new CellRelease(
        new ComparableCell(
            place.cellName(role),
            place.criteria(role),
            published.size(),
            respondents,
            OptionalDouble.of(exchange.localAmount(median)),
            OptionalDouble.of(exchange.usdAmount(median)),
            false),
        published);
  }

  /** Whether the cell's own figures are withheld. */
  boolean withheld() {
    return cell.withheld();
  }
}
