package org.devpay.sources.stackoverflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.stackoverflow.SurveySchema.HeaderLayout;

/**
 * Decides which Stack Overflow survey year a table is, from its columns, its file name and its
 * first rows, so that a file holding only some of a year's columns is still read, and no table is
 * ever claimed by two years.
 *
 * <p><b>Rule.</b>
 *
 * <ol>
 *   <li>A year <i>fits</i> a table when the table has the year's needed columns (its pay and
 *       developer-type columns, {@link SurveySchema#needed}), its header rows are laid out as the
 *       year's ({@link HeaderLayout}), and it has no column that is in another year's published
 *       list but not in this year's ({@link StackOverflowColumns#official}): {@code JobSat} is not
 *       2023's, {@code RemoteWork} not 2021's. Columns no year has (a user's own, an unnamed index)
 *       say nothing. Any other column of the year may be missing: it is then not recorded.
 *   <li>A year whose answers are single-choice does not fit a table whose first rows hold several
 *       answers in that column ("Developer, back-end;Developer, front-end" in {@code DevType} is
 *       not 2023 to 2025).
 *   <li>A year whose column list devpay does not know (2013) fits only when the file name says that
 *       year.
 *   <li>One fitting year is the table's year. Of several, the one the file name names
 *       ("survey_results_public_2024.csv", "so2024_finland.csv": one year from 2000 to 2099 not
 *       inside a longer number) is. Otherwise the table is no year's, and each fitting year says
 *       why: its columns fit several years and nothing tells which.
 * </ol>
 *
 * <p>Each year's {@link HeaderMatch} lists the needed columns the table lacks. When the table has
 * at least one of them, its {@code required} also counts every other column of the year's list the
 * table has, so that among years that lack the same needed column the one whose columns the table
 * has most of is the closest ("closest: so-survey/2024, missing ConvertedCompYearly"); a table with
 * none of a year's needed columns has no coverage of it, whatever else it shares (a "Country").
 */
final class StackOverflowYears {
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])");

  /** How many of a table's columns of other years a conflict names before "and N more". */
  private static final int NAMED = 3;

  private static final Map<HeaderLayout, Map<String, Set<Integer>>> YEARS_OF_COLUMN =
      yearsOfColumns();

  private StackOverflowYears() {}

  /** For each layout, each loose column key to the years whose published list has it. */
  private static Map<HeaderLayout, Map<String, Set<Integer>>> yearsOfColumns() {
    Map<HeaderLayout, Map<String, Set<Integer>>> byLayout = new EnumMap<>(HeaderLayout.class);
    for (SurveySchema schema : StackOverflowSchemas.all()) {
      Map<String, Set<Integer>> years =
          byLayout.computeIfAbsent(schema.layout(), layout -> new HashMap<>());
      for (String column : StackOverflowColumns.official(schema.year())) {
        years
            .computeIfAbsent(CsvHeader.looseKey(column), key -> new TreeSet<>())
            .add(schema.year());
      }
    }
    return byLayout;
  }

  /** How this table's first records compare with one year's schema. */
  static HeaderMatch match(SurveySchema schema, CsvHeader header) {
    return resolve(header).matches().get(schema.year());
  }

  /** The year a table is, if any, and how each year compares with it. */
  static Resolution resolve(CsvHeader header) {
    OptionalInt named = yearInName(header.tableName());
    Map<Integer, Fit> fits = new LinkedHashMap<>();
    for (SurveySchema schema : StackOverflowSchemas.all()) {
      fits.put(schema.year(), fit(schema, header, named));
    }
    List<Integer> fitting =
        fits.entrySet().stream().filter(e -> e.getValue().fits()).map(Map.Entry::getKey).toList();
    Optional<Integer> chosen = Optional.empty();
    String because = "";
    if (fitting.size() == 1) {
      chosen = Optional.of(fitting.get(0));
      because = "its columns are Stack Overflow " + fitting.get(0) + "'s";
    } else if (named.isPresent() && fitting.contains(named.getAsInt())) {
      chosen = Optional.of(named.getAsInt());
      List<Integer> others = fitting.stream().filter(y -> y != named.getAsInt()).toList();
      because = "its name says " + named.getAsInt() + " (its columns also fit " + others + ")";
    }
    Map<Integer, HeaderMatch> matches = new LinkedHashMap<>();
    for (SurveySchema schema : StackOverflowSchemas.all()) {
      Fit fit = fits.get(schema.year());
      String conflict;
      if (chosen.isPresent() && chosen.get() == schema.year()) {
        conflict = "";
      } else if (!fit.problem().isEmpty()) {
        conflict = fit.problem();
      } else if (!fit.missing().isEmpty()) {
        conflict = "";
      } else if (chosen.isPresent()) {
        conflict = "read as Stack Overflow " + chosen.get() + ": " + because;
      } else {
        conflict = ambiguity(fitting, named);
      }
      // The year's other columns count only beside one of its needed columns: a table with a
      // "Country" column and nothing of a survey's is not close to any year.
      int evidence = fit.missing().size() < schema.needed().size() ? fit.evidence() : 0;
      matches.put(
          schema.year(),
          new HeaderMatch(
              schema.formatId(), schema.needed().size() + evidence, fit.missing(), conflict));
    }
    return new Resolution(chosen, matches);
  }

  private static String ambiguity(List<Integer> fitting, OptionalInt named) {
    String years =
        fitting.stream()
            .map(String::valueOf)
            .collect(Collectors.joining(", "))
            .replaceFirst(", ([0-9]+)$", " and $1");
    String name =
        named.isPresent()
            ? "its name says " + named.getAsInt() + ", which they do not fit"
            : "neither its name nor its first rows tell which";
    return "its columns fit Stack Overflow "
        + years
        + " and "
        + name
        + ": name the file after its survey year (as survey_results_public_"
        + fitting.get(fitting.size() - 1)
        + ".csv) or keep a column only that year has";
  }

  /** The one year from 2000 to 2099 a file name holds, if exactly one. */
  static OptionalInt yearInName(String fileName) {
    Matcher matcher = YEAR_IN_NAME.matcher(fileName);
    Set<Integer> years = new LinkedHashSet<>();
    while (matcher.find()) {
      years.add(Integer.parseInt(matcher.group(1)));
    }
    return years.size() == 1 ? OptionalInt.of(years.iterator().next()) : OptionalInt.empty();
  }

  /** How one year's schema stands against a table. */
  private static Fit fit(SurveySchema schema, CsvHeader header, OptionalInt named) {
    List<List<String>> rows = header.rows();
    StackOverflowColumns.Names names = StackOverflowColumns.names(schema, rows);
    List<String> keys = names.keys();
    Set<String> present = new HashSet<>(keys);
    List<String> missing =
        schema.needed().stream().filter(n -> !present.contains(CsvHeader.looseKey(n))).toList();
    List<String> official = StackOverflowColumns.official(schema.year());
    Set<String> own = new HashSet<>();
    official.forEach(column -> own.add(CsvHeader.looseKey(column)));
    Map<String, Set<Integer>> yearsOf = YEARS_OF_COLUMN.getOrDefault(schema.layout(), Map.of());
    List<String> foreign = new ArrayList<>();
    int evidence = 0;
    Set<String> needed = new HashSet<>();
    schema.needed().forEach(n -> needed.add(CsvHeader.looseKey(n)));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (!seen.add(key)) {
        continue;
      }
      if (own.contains(key)) {
        evidence += needed.contains(key) ? 0 : 1;
      } else if (!official.isEmpty() && yearsOf.containsKey(key)) {
        foreign.add(names.names().get(i));
      }
    }
    String problem = names.problem();
    if (problem.isEmpty() && !foreign.isEmpty()) {
      problem =
          "has "
              + quoted(foreign)
              + ", which Stack Overflow "
              + schema.year()
              + "'s file does not have";
    }
    if (problem.isEmpty() && missing.isEmpty()) {
      problem = severalAnswers(schema, names, rows);
    }
    if (problem.isEmpty()
        && official.isEmpty()
        && (named.isEmpty() || named.getAsInt() != schema.year())) {
      problem =
          "devpay does not know the columns of Stack Overflow "
              + schema.year()
              + ": a file of this layout is read as "
              + schema.year()
              + " only when its name says "
              + schema.year();
    }
    return new Fit(missing, problem, evidence);
  }

  /** Why the first data rows say the table is not this year's: several answers in one cell. */
  private static String severalAnswers(
      SurveySchema schema, StackOverflowColumns.Names names, List<List<String>> rows) {
    for (String column : schema.singleChoice()) {
      OptionalInt position = names.find(List.of(column));
      if (position.isEmpty()) {
        continue;
      }
      for (List<String> row :
          rows.subList(Math.min(names.headerRows(), rows.size()), rows.size())) {
        String cell = position.getAsInt() < row.size() ? row.get(position.getAsInt()) : "";
        if (cell.contains(";")) {
          return column
              + " holds several answers ('"
              + cell.strip()
              + "'), which Stack Overflow "
              + schema.year()
              + " asked as a single choice";
        }
      }
    }
    return "";
  }

  private static String quoted(List<String> columns) {
    String shown =
        columns.stream().limit(NAMED).map(c -> "'" + c + "'").collect(Collectors.joining(", "));
    return columns.size() > NAMED ? shown + " and " + (columns.size() - NAMED) + " more" : shown;
  }

  /**
   * How one year stands against a table.
   *
   * @param missing the needed columns the table lacks
   * @param problem why the table is not this year's although it may have the needed columns
   * @param evidence how many of the year's other columns the table has
   */
  private record Fit(List<String> missing, String problem, int evidence) {
    boolean fits() {
      return missing.isEmpty() && problem.isEmpty();
    }
  }

  /**
   * The year a table is and how every year compares with it.
   *
   * @param year the table's year; empty when it is none's or several years' and nothing tells
   * @param matches each year's comparison, by year
   */
  record Resolution(Optional<Integer> year, Map<Integer, HeaderMatch> matches) {
    Resolution {
      matches = Map.copyOf(matches);
    }
  }
}
