package org.devpay.sources;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.devpay.sources.csv.CsvHeader;

/**
 * Tables of published aggregates (medians per group, with their counts), which hold pay but not
 * respondents: Stack Overflow's own salary medians, which {@code devpay reconcile} compares with
 * devpay's, and any table of the same shape. A scan reports them as what they are instead of as
 * data it could not read; they never become records.
 */
public final class AggregateTables {
  /** A known table of aggregates, recognised by its columns. */
  private record Known(List<String> columns, String description) {}

  private static final List<Known> KNOWN =
      List.of(
          new Known(
              List.of("survey_year", "dev_type", "n_respondents", "median_yearly_comp_usd"),
              "Stack Overflow's published salary medians by developer type: aggregates, not"
                  + " respondent rows (`devpay reconcile` compares devpay's medians with them)"),
          new Known(
              List.of("survey_year", "language", "n_respondents", "median_yearly_comp_usd"),
              "Stack Overflow's published salary medians by language: aggregates, not respondent"
                  + " rows (no devpay figure uses them)"));

  private static final Set<String> SUMMARY_WORDS =
      Set.of("median", "mean", "average", "avg", "p50", "median_salary", "mediaani", "medián");

  private static final Set<String> COUNT_WORDS =
      Set.of(
          "n",
          "count",
          "respondents",
          "n_respondents",
          "antall",
          "anzahl",
          "lukumäärä",
          "responses");

  private AggregateTables() {}

  /** What a header's table is, when it is a table of aggregates; empty otherwise. */
  public static Optional<String> describe(TableHeader header) {
    List<String> keys =
        header.columns().stream().map(CsvHeader::looseKey).collect(Collectors.toList());
    for (Known known : KNOWN) {
      if (keys.containsAll(known.columns().stream().map(CsvHeader::looseKey).toList())) {
        return Optional.of(known.description());
      }
    }
    boolean summary = keys.stream().anyMatch(k -> anyWord(k, SUMMARY_WORDS));
    boolean counts = keys.stream().anyMatch(k -> anyWord(k, COUNT_WORDS) || k.equals("n"));
    if (summary && counts) {
      return Optional.of(
          "a table of aggregates (medians or means per group, with counts), not respondent rows");
    }
    return Optional.empty();
  }

  private static boolean anyWord(String key, Set<String> words) {
    for (String word : key.toLowerCase(Locale.ROOT).split(" ")) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
