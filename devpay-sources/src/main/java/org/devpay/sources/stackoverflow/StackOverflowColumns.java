package org.devpay.sources.stackoverflow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.stackoverflow.SurveySchema.HeaderLayout;

/**
 * The column names of Stack Overflow survey files: each year's full published list (resources
 * {@code columns/so-survey-YEAR.txt}), and the names a table's header rows give its columns under a
 * year's {@link HeaderLayout}. Names are compared by {@link CsvHeader#looseKey} (case, spaces, dots
 * and underscores aside), so a copy whose names R or a spreadsheet respelled ({@code
 * "OpSysProfessional.use"}) still finds them.
 */
final class StackOverflowColumns {
  /** The second-row cell under a question that takes one answer (2011 to 2014). */
  static final String RESPONSE = "Response";

  /** A header cell pandas writes for an empty one. */
  private static final Pattern UNNAMED = Pattern.compile("Unnamed: [0-9]+(?:_level_[0-9]+)?");

  private static final Map<Integer, List<String>> OFFICIAL = new HashMap<>();

  private StackOverflowColumns() {}

  /**
   * Every column of the year's public results file, in published order (names as {@link #names}
   * gives them); empty for a year whose file devpay has never seen (2013).
   */
  static synchronized List<String> official(int year) {
    return OFFICIAL.computeIfAbsent(year, StackOverflowColumns::load);
  }

  private static List<String> load(int year) {
    String resource = "columns/so-survey-" + year + ".txt";
    try (InputStream in = StackOverflowColumns.class.getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          names.add(CsvHeader.normalizeName(line));
        }
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * How many records of a table form its header under the layout, given the first: one for a column
   * row, two for question and option rows, and for 2015's layout two unless the first record
   * already names the needed columns (a copy saved without the group row).
   */
  static int headerRows(SurveySchema schema, List<String> firstRecord) {
    return switch (schema.layout()) {
      case COLUMN_ROW -> 1;
      case QUESTION_AND_OPTION_ROWS -> 2;
      case GROUP_AND_COLUMN_ROWS -> namesAll(firstRecord, schema.needed()) ? 1 : 2;
    };
  }

  private static boolean namesAll(List<String> record, List<String> wanted) {
    Set<String> keys = new java.util.HashSet<>();
    record.forEach(name -> keys.add(CsvHeader.looseKey(name)));
    return wanted.stream().map(CsvHeader::looseKey).allMatch(keys::contains);
  }

  /**
   * The names a table's first records give its columns under the schema's layout.
   *
   * @param rows the table's first records: at least its header rows; detection also passes the
   *     records after them
   */
  static Names names(SurveySchema schema, List<List<String>> rows) {
    List<String> first = rows.get(0);
    return switch (schema.layout()) {
      case COLUMN_ROW -> new Names(first, 1, "");
      case GROUP_AND_COLUMN_ROWS -> {
        int headerRows = headerRows(schema, first);
        yield headerRows == 1 || rows.size() < 2
            ? new Names(first, headerRows, "")
            : new Names(rows.get(1), 2, "");
      }
      case QUESTION_AND_OPTION_ROWS -> questionAndOptionNames(schema, rows);
    };
  }

  /**
   * Names from a question row and an option row; when the second row is not the option row (no
   * "Response" under a needed question), the first row's names, with the problem stated.
   */
  private static Names questionAndOptionNames(SurveySchema schema, List<List<String>> rows) {
    List<String> questions = rows.get(0);
    Names plain = new Names(questions, 2, "");
    List<Integer> neededAt = new ArrayList<>();
    for (String needed : schema.needed()) {
      plain.find(List.of(needed)).ifPresent(neededAt::add);
    }
    if (neededAt.isEmpty()) {
      return plain;
    }
    if (rows.size() < 2) {
      return new Names(questions, 2, "the table ends after its first header row");
    }
    List<String> options = rows.get(1);
    for (int position : neededAt) {
      String option = position < options.size() ? options.get(position).strip() : "";
      if (!option.equals(RESPONSE)) {
        return new Names(
            questions,
            2,
            "its second row is not Stack Overflow's option row ('"
                + RESPONSE
                + "' under '"
                + CsvHeader.normalizeName(questions.get(position))
                + "', not '"
                + option
                + "'): keep both header rows as published");
      }
    }
    List<String> names = new ArrayList<>();
    String question = "";
    for (int i = 0; i < questions.size(); i++) {
      String cell = CsvHeader.normalizeName(questions.get(i));
      if (!cell.isEmpty() && !UNNAMED.matcher(cell).matches()) {
        question = cell;
      }
      String option = i < options.size() ? CsvHeader.normalizeName(options.get(i)) : "";
      names.add(option.isEmpty() || option.equals(RESPONSE) ? question : question + ": " + option);
    }
    return new Names(names, 2, "");
  }

  /**
   * The column names of one table under one layout, looked up by loose key.
   *
   * @param names the names in column order
   * @param headerRows how many records the header spans
   * @param problem why the header rows are not the layout's ("" when they are)
   */
  record Names(List<String> names, int headerRows, String problem) {
    Names {
      names = names.stream().map(CsvHeader::normalizeName).toList();
    }

    /** The loose keys of the names, in column order. */
    List<String> keys() {
      return names.stream().map(CsvHeader::looseKey).toList();
    }

    /** The position of the first alternative some column has (its first column); empty if none. */
    OptionalInt find(List<String> alternatives) {
      List<String> keys = keys();
      for (String alternative : alternatives) {
        int position = keys.indexOf(CsvHeader.looseKey(alternative));
        if (position >= 0) {
          return OptionalInt.of(position);
        }
      }
      return OptionalInt.empty();
    }

    /**
     * The position of a column the adapter cannot work without.
     *
     * @throws IOException naming the column and the table when it is missing or appears twice
     */
    int require(String name, String table) throws IOException {
      List<String> keys = keys();
      String key = CsvHeader.looseKey(name);
      int position = keys.indexOf(key);
      if (position < 0) {
        throw new IOException(
            table + ": required column '" + name + "' is missing; the header has " + names);
      }
      if (keys.lastIndexOf(key) != position) {
        throw new IOException(
            table
                + ": required column '"
                + name
                + "' appears more than once; the header has "
                + names);
      }
      return position;
    }

    /**
     * The option columns of a question spread over one column per option ("question: option"), as
     * positions to option names.
     */
    Map<Integer, String> options(String question) {
      String key = CsvHeader.looseKey(question);
      Map<Integer, String> options = new java.util.LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        int colon = name.indexOf(": ");
        if (colon > 0 && CsvHeader.looseKey(name.substring(0, colon)).equals(key)) {
          options.put(i, name.substring(colon + 2));
        }
      }
      return options;
    }
  }
}
