package org.devpay.sources.inspect;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One column of a table as {@code devpay inspect} sees it after reading every row: its type, how
 * many answers are blank, a few values, and for labels how often each occurs, so that a user can
 * tell which column is which and the proposal can guess pay and role.
 *
 * @param position 0-based position in the header
 * @param name the header as written (whitespace normalised)
 * @param type the inferred type
 * @param rows data rows read
 * @param blanks rows whose value is blank or "NA"
 * @param numbers non-blank values that are numbers
 * @param dates non-blank values that are dates
 * @param samples the first few distinct non-blank values, as written
 * @param counts each distinct value (stripped) with its rows, most frequent first; at most {@link
 *     TableProfiler#MAX_DISTINCT} values are counted, so {@code distinctCapped} says when more
 *     exist
 * @param distinctCapped whether the column has more distinct values than were counted
 * @param median the median of the numeric values, when there are any
 */
public record ColumnProfile(
    int position,
    String name,
    ColumnType type,
    long rows,
    long blanks,
    long numbers,
    long dates,
    List<String> samples,
    Map<String, Long> counts,
    boolean distinctCapped,
    OptionalDouble median) {
  public ColumnProfile {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    samples = List.copyOf(samples);
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    requireNonNull(median, "median is null");
  }

  /** Share of rows that are blank, 0 to 1 (0 for a table without rows). */
  public double blankShare() {
    return rows == 0 ? 0 : blanks / (double) rows;
  }

  /** Share of the non-blank values that are numbers, 0 to 1. */
  public double numberShare() {
    long answered = rows - blanks;
    return answered == 0 ? 0 : numbers / (double) answered;
  }

  /** How many distinct values were counted. */
  public int distinct() {
    return counts.size();
  }
}
