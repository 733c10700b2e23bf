package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How far a table's header is from one format: the columns the format needs, which of them the
 * header lacks, and whether something in it says the table is another format (a column only a later
 * year has). Detection takes the format that matches; when none does, the closest ones and their
 * missing columns tell the user what the file lacks.
 *
 * @param formatId the format compared with
 * @param required how many columns (or groups of alternative columns) the format needs
 * @param missing the needed columns the header lacks, by their usual names
 * @param conflict why the header is another format's despite having every needed column; "" when
 *     nothing says so
 */
public record HeaderMatch(String formatId, int required, List<String> missing, String conflict) {
  public HeaderMatch {
    requireNonNull(formatId, "formatId is null");
    missing = List.copyOf(missing);
    requireNonNull(conflict, "conflict is null");
    if (required < 1 || missing.size() > required) {
      throw new IllegalArgumentException(
          "required must be >= 1 and >= missing: " + required + ", " + missing.size());
    }
  }

  /** Whether the header is this format's. */
  public boolean recognised() {
    return missing.isEmpty() && conflict.isEmpty();
  }

  /** Share of the needed columns present, 0 to 1. */
  public double coverage() {
    return (required - missing.size()) / (double) required;
  }

  /** A match that needs every one of {@code names}, tested by {@code present}. */
  public static HeaderMatch requiring(
      String formatId, Predicate<String> present, List<String> names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!present.test(name)) {
        missing.add(name);
      }
    }
    return new HeaderMatch(formatId, names.size(), missing, "");
  }

  /** This match, marked as another format's for the given reason. */
  public HeaderMatch conflicting(String reason) {
    return new HeaderMatch(formatId, required, missing, reason);
  }
}
