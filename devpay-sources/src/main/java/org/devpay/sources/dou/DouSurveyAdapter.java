package org.devpay.sources.dou;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.TableHeader;
import org.devpay.sources.csv.Amounts;
import org.devpay.sources.csv.Attributes;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.csv.CsvRow;
import org.devpay.sources.csv.CsvTableReader;
import org.devpay.sources.csv.Labels;
import org.devpay.sources.csv.RowRejectedException;
import org.devpay.sources.table.TableRecords;

/**
 * Reads every wave of DOU.ua's salary survey of Ukraine's IT workers, one adapter per column family
 * ({@link DouFamily}): the job-title questionnaire of 2015-2020, the 2022 developers' extract and
 * the specialisation questionnaire of December 2020 onward. Each wave is its own edition of {@code
 * dou-ua}, named by its file or its timestamps ({@link DouWave}); a file where neither names the
 * wave fails with a message that says so.
 *
 * <p>Pay is net monthly pay in US dollars in every wave: the questions say so ("Зарплата за місяць,
 * net, після податків", "у $$$ за місяць ... після сплати податків"), and DOU publishes its figures
 * as such. A wave that asks for a currency per row is refused by its header. Outliers typed in UAH
 * or per year are kept as published; the analyses' outlier screen deals with figures.
 *
 * <p>The role label is the job title (2015-2020) or the specialisation, else the position (2020
 * onward); the 2022 extract records none. Whether a title says a role family is decided by
 * devpay-core's roles.csv ("QA engineer" says QA, "Software Engineer" says nothing: unknown), never
 * by the language. Seniority is the title level ("Тайтл", 2022's position) or the job title.
 *
 * <p>Location: where a wave asks whether the respondent lives in Ukraine (2025), the country is
 * Ukraine exactly when the answer says so; otherwise the wave asked for a city of Ukraine, and the
 * country is Ukraine unless the answer says abroad. The city is the answer, except DOU's non-places
 * ("Другой", "Інше", "Удаленно", "Віддалено").
 */
public final class DouSurveyAdapter implements SourceAdapter {
  static final String DATASET_ID = "dou-ua";

  /** Answers that place the respondent outside Ukraine. */
  private static final Pattern ABROAD =
      Pattern.compile(
          "кордон|границ|abroad|outside ukraine", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A residence answer that says Ukraine. */
  private static final Pattern UKRAINE =
      Pattern.compile("україн|украин|ukrain", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** City answers that name no place: another city, remote work. */
  private static final Pattern NOT_A_PLACE =
      Pattern.compile(
          "(другой|другое|другий|інше|інший|інше місто|other|удаленно|віддалено|remote)\\.?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A decimal comma with one or two decimals ("1234,5"), as a ';'-separated export writes it. */
  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");

  private final DouFamily family;
  private final IntSupplier latestYear;

  DouSurveyAdapter(DouFamily family, IntSupplier latestYear) {
    this.family = requireNonNull(family, "family is null");
    this.latestYear = requireNonNull(latestYear, "latestYear is null");
  }

  /** One adapter per DOU column family, in a fixed order; waves up to the current year. */
  public static List<SourceAdapter> allFamilies() {
    return DouFamily.ALL.stream()
        .<SourceAdapter>map(f -> new DouSurveyAdapter(f, () -> Year.now().getValue()))
        .toList();
  }

  @Override
  public String datasetId() {
    return DATASET_ID;
  }

  @Override
  public String formatId() {
    return family.formatId();
  }

  @Override
  public HeaderMatch match(TableHeader header) {
    return family.match(CsvHeader.of(header));
  }

  @Override
  public void read(ReadableTable table, RowSink sink) throws IOException {
    DouWave wave = wave(table);
    CsvTableReader.read(table, header -> bind(header, wave), sink);
  }

  /**
   * The table's wave: from its file name, else from the timestamps of its first data rows.
   *
   * @throws IOException saying what was looked at, when neither gives a wave
   */
  DouWave wave(ReadableTable table) throws IOException {
    String fileName = table.table().fileName();
    int latest = latestYear.getAsInt();
    Optional<DouWave> named = DouWave.fromFileName(fileName, latest);
    if (named.isPresent()) {
      return named.get();
    }
    Optional<String> timestampColumn = Optional.empty();
    List<String> timestamps = new ArrayList<>();
    try (TableRecords records = table.openRecords()) {
      Optional<List<String>> first = records.next();
      if (first.isPresent()) {
        CsvHeader header = CsvHeader.of(table.table().displayName(), first.get());
        List<Integer> columns = family.locate(header).getOrDefault(DouField.TIMESTAMP, List.of());
        if (!columns.isEmpty()) {
          int column = columns.get(0);
          timestampColumn = Optional.of(header.names().get(column));
          for (int i = 0; i < SubmissionTimes.SAMPLE_ROWS; i++) {
            Optional<List<String>> record = records.next();
            if (record.isEmpty()) {
              break;
            }
            if (column < record.get().size()) {
              timestamps.add(record.get().get(column));
            }
          }
        }
      }
    }
    Optional<DouWave> timed = SubmissionTimes.wave(timestamps, latest);
    if (timed.isPresent()) {
      return timed.get();
    }
    throw new IOException(noWave(table, fileName, latest, timestampColumn));
  }

  private String noWave(
      ReadableTable table, String fileName, int latest, Optional<String> timestampColumn) {
    Optional<Integer> year = DouWave.yearOfFileName(fileName, latest);
    String name =
        year.map(y -> "the file name '" + fileName + "' gives the year " + y + " but no month")
            .orElse("the file name '" + fileName + "' names no wave");
    String times =
        timestampColumn
            .map(
                c ->
                    "none of the first "
                        + SubmissionTimes.SAMPLE_ROWS
                        + " timestamps in column '"
                        + c
                        + "' is a date from "
                        + DouWave.FIRST_YEAR
                        + " to "
                        + latest)
            .orElse(
                "the table has no timestamp column ("
                    + String.join(
                        ", ",
                        family.columns().get(DouField.TIMESTAMP) == null
                            ? List.of()
                            : family.columns().get(DouField.TIMESTAMP).get(0).names())
                    + ")");
    int exampleYear = year.orElse(latest - 1);
    String example = exampleYear + "_dec_raw.csv' or '" + exampleYear + "_june_raw.csv";
    return table.table().displayName()
        + ": cannot tell which wave of the DOU salary survey this is ("
        + family.formatId()
        + "): "
        + name
        + " and "
        + times
        + ". Name the wave in the file name as DOU does, for example '"
        + example
        + "'.";
  }

  private CsvTableReader.RowMapper bind(CsvHeader header, DouWave wave) throws IOException {
    Map<DouField, List<Integer>> located = family.locate(header);
    for (List<DouField> group : family.identifying()) {
      if (group.stream().noneMatch(located::containsKey)) {
        throw new IOException(
            header.tableName()
                + ": required column '"
                + family.usualName(group)
                + "' of "
                + family.formatId()
                + " is missing; the header has "
                + header.names());
      }
    }
    return row -> record(row, located, wave);
  }

  private RawRecord record(CsvRow row, Map<DouField, List<Integer>> located, DouWave wave)
      throws RowRejectedException {
    Answers answers = new Answers(row, located);
    double salary =
        Amounts.positiveAmount(
            "salary", row.field(located.get(DouField.PAY).get(0)), DouSurveyAdapter::amount);
    String city = answers.first(DouField.CITY);
    Attributes attributes = new Attributes();
    located.keySet().stream()
        .sorted()
        .forEach(
            field ->
                field.attributeKey().ifPresent(key -> attributes.put(key, answers.first(field))));
    return RawRecord.builder(DATASET_ID, wave.edition(), wave.year(), row.rowNumber())
        .roleLabel(answers.first(family.roleFrom()))
        .seniorityLabel(answers.first(family.seniorityFrom()))
        .experienceText(answers.first(DouField.EXPERIENCE))
        .employmentLabel(answers.first(DouField.EMPLOYMENT))
        .countryText(country(located.containsKey(DouField.RESIDENCE), answers, city))
        .cityText(NOT_A_PLACE.matcher(city).matches() || ABROAD.matcher(city).find() ? "" : city)
        .industryLabels(industries(answers.first(DouField.INDUSTRY)))
        // Published as one label even when it names a platform ("C#/.NET"); the normalizer
        // decides what a label means.
        .skillLabels(Labels.single(answers.first(DouField.LANGUAGE)))
        .pay(
            new PublishedPay(
                salary, "USD", PayPeriod.MONTH, TaxBasis.NET, PayScope.BASE, Optional.empty()))
        .weight(located.containsKey(DouField.WEIGHT) ? weight(answers.first(DouField.WEIGHT)) : 1)
        .attributes(attributes.toMap())
        .build();
  }

  /** The country rule of the class comment. */
  private static String country(boolean asksResidence, Answers answers, String city) {
    if (asksResidence) {
      return UKRAINE.matcher(answers.first(DouField.RESIDENCE)).find() ? "UA" : "";
    }
    return ABROAD.matcher(city).find() ? "" : "UA";
  }

  private List<String> industries(String answer) {
    return switch (family.industries()) {
      case LISTED_OPTIONS -> ProjectIndustries.split(answer);
      case SEMICOLON_OR_COMMA -> Labels.split(answer, answer.contains(";") ? ";" : ",");
    };
  }

  /**
   * Pay as DOU's exports write it: a plain decimal ("1500", "1500.5"), or one with a decimal comma
   * and one or two decimals ("1500,5"), as a ';'-separated export writes it. "1,500" is not a
   * number here: thousands or decimals would be a guess.
   */
  static OptionalDouble amount(String text) {
    String value = text.strip();
    if (DECIMAL_COMMA.matcher(value).matches()) {
      value = value.replace(',', '.');
    }
    return Amounts.decimal(value);
  }

  /** A frequency weight: a whole number of respondents, at least 1. */
  private static double weight(String text) throws RowRejectedException {
    OptionalDouble value = Amounts.decimal(text);
    if (value.isEmpty() || value.getAsDouble() < 1 || value.getAsDouble() % 1 != 0) {
      throw new RowRejectedException(
          RejectReason.INVALID_FIELD,
          Amounts.quote("freq", text) + " is not a whole number of respondents");
    }
    return value.getAsDouble();
  }

  /** A row's answers by field: the first non-blank column of a field. */
  private record Answers(CsvRow row, Map<DouField, List<Integer>> located) {
    String first(DouField field) {
      for (int column : located.getOrDefault(field, List.of())) {
        String value = row.textOrEmpty(column, Amounts.NOT_AVAILABLE);
        if (!value.isEmpty()) {
          return value;
        }
      }
      return "";
    }

    String first(List<DouField> fields) {
      for (DouField field : fields) {
        String value = first(field);
        if (!value.isEmpty()) {
          return value;
        }
      }
      return "";
    }
  }

  @Override
  public String toString() {
    return family.formatId();
  }
}
