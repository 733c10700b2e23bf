package org.devpay.sources.eu;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.csv.Attributes;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.csv.CsvRow;
import org.devpay.sources.csv.CsvSourceAdapter;
import org.devpay.sources.csv.CsvTableReader;
import org.devpay.sources.csv.Labels;
import org.devpay.sources.csv.RowRejectedException;

/**
 * Reads the IT Salary Survey EU (Germany-centred; surveys of December 2017, 2018, 2019 and 2020),
 * whose four yearly files have four different headers: one adapter instance per year, built by
 * {@link #edition2017()} … {@link #edition2020()}, each recognising only its own header.
 *
 * <p>Pay is the yearly gross base salary in EUR ("brutto without bonus and stocks"; in 2017 and
 * 2018 "Текущая ЗП" / "Current Salary"), read with {@link EuSalaryParser}. Bonus and stock answers,
 * salary history, company size and type, the language at work and age are kept as attributes;
 * gender and the company's name are not read. Labels (position, seniority, city, technologies,
 * sector) are emitted as published: positions are free text in 2017, 2018 and 2020 and are the
 * normalizer's to classify. The files have no respondent id, so the respondent key is the row
 * number.
 */
public final class ItSalarySurveyEuAdapter extends CsvSourceAdapter {
  /** Catalog id of the dataset. */
  public static final String DATASET_ID = "it-salary-survey-eu";

  // The EU survey's own "Contract duration" header starts with a Cyrillic "С" (U+0421).
  private static final String CONTRACT_DURATION = "\u0421ontract duration";

  private final Layout layout;

  private ItSalarySurveyEuAdapter(Layout layout) {
    super(DATASET_ID, DATASET_ID + "/" + layout.year());
    this.layout = layout;
  }

  /** The December 2017 survey: Russian headers, free-text position (salary-report_2017.csv). */
  public static ItSalarySurveyEuAdapter edition2017() {
    return new ItSalarySurveyEuAdapter(
        new Layout(
            2017,
            List.of("Текущая ЗП", "Опыт работы в целом", "Уровень"),
            "Текущая ЗП",
            "Position",
            "Уровень",
            "Опыт работы в целом",
            "Город",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            attributes(
                "age", "Возраст",
                "years_in_europe", "Опыт работы в Европе",
                "salary_one_year_ago", "ЗП год назад",
                "first_salary_in_europe", "Какая была первая ЗП в Европе",
                "job_number_in_europe", "Какая по счету у вас сейчас работа в Европе",
                "main_language", "Основной язык на работе",
                "company_size", "Размер компании",
                "company_type", "Тип компании")));
  }

  /**
   * The December 2018 survey: free-text position, "Your level" ("IT Salary Survey EU 2018.csv").
   */
  public static ItSalarySurveyEuAdapter edition2018() {
    return new ItSalarySurveyEuAdapter(
        new Layout(
            2018,
            List.of("Current Salary", "Your level", "Salary two years ago"),
            "Current Salary",
            "Position",
            "Your level",
            "Years of experience",
            "City",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            attributes(
                "timestamp", "Timestamp",
                "age", "Age",
                "salary_one_year_ago", "Salary one year ago",
                "salary_two_years_ago", "Salary two years ago",
                "stock_options", "Are you getting any Stock Options?",
                "main_language", "Main language at work",
                "company_size", "Company size",
                "company_type", "Company type")));
  }

  /**
   * The December 2019 survey: position as clean categories ("Position (without seniority)"),
   * business sector ("IT Salary Survey EU 2019.csv").
   */
  public static ItSalarySurveyEuAdapter edition2019() {
    return new ItSalarySurveyEuAdapter(
        new Layout(
            2019,
            List.of(
                "Position (without seniority)",
                "Yearly brutto salary (without bonus and stocks)",
                "Company business sector"),
            "Yearly brutto salary (without bonus and stocks)",
            "Position (without seniority)",
            "Seniority level",
            "Years of experience",
            "City",
            Optional.empty(),
            Optional.of("Your main technology / programming language"),
            Optional.empty(),
            Optional.of("Company business sector"),
            attributes(
                "timestamp", "Zeitstempel",
                "age", "Age",
                "bonus", "Yearly bonus",
                "stocks", "Yearly stocks",
                "salary_one_year_ago",
                    "Yearly brutto salary (without bonus and stocks) one year ago."
                        + " Only answer if staying in same country",
                "bonus_one_year_ago",
                    "Yearly bonus one year ago. Only answer if staying in same country",
                "stocks_one_year_ago",
                    "Yearly stocks one year ago. Only answer if staying in same country",
                "vacation_days", "Number of vacation days",
                "home_office_days_per_month", "Number of home office days per month",
                "main_language", "Main language at work",
                "company_size", "Company size",
                "company_type", "Company type",
                "contract_duration", CONTRACT_DURATION)));
  }

  /**
   * The November/December 2020 survey: free-text position ("Position " with a trailing space),
   * employment status, other technologies ("IT Salary Survey EU 2020.csv").
   */
  public static ItSalarySurveyEuAdapter edition2020() {
    return new ItSalarySurveyEuAdapter(
        new Layout(
            2020,
            List.of(
                "Yearly brutto salary (without bonus and stocks) in EUR",
                "Total years of experience",
                "Employment status"),
            "Yearly brutto salary (without bonus and stocks) in EUR",
            "Position",
            "Seniority level",
            "Total years of experience",
            "City",
            Optional.of("Employment status"),
            Optional.of("Your main technology / programming language"),
            Optional.of("Other technologies/programming languages you use often"),
            Optional.empty(),
            attributes(
                "timestamp", "Timestamp",
                "age", "Age",
                "years_in_germany", "Years of experience in Germany",
                "bonus_and_stocks", "Yearly bonus + stocks in EUR",
                "salary_one_year_ago",
                    "Annual brutto salary (without bonus and stocks) one year ago."
                        + " Only answer if staying in the same country",
                "bonus_and_stocks_one_year_ago",
                    "Annual bonus+stocks one year ago. Only answer if staying in same country",
                "vacation_days", "Number of vacation days",
                "contract_duration", CONTRACT_DURATION,
                "main_language", "Main language at work",
                "company_size", "Company size",
                "company_type", "Company type",
                "lost_job_to_coronavirus",
                    "Have you lost your job due to the coronavirus outbreak?",
                "shorter_working_week",
                    "Have you been forced to have a shorter working week (Kurzarbeit)?"
                        + " If yes, how many hours per week",
                "home_office_support",
                    "Have you received additional monetary support from your employer due to"
                        + " Work From Home? If yes, how much in 2020 in EUR")));
  }

  /** The four editions, oldest first. */
  public static List<ItSalarySurveyEuAdapter> allEditions() {
    return List.of(edition2017(), edition2018(), edition2019(), edition2020());
  }

  /** The survey year, which is also the edition. */
  public int year() {
    return layout.year();
  }

  @Override
  protected HeaderMatch matchColumns(CsvHeader header) {
    return header.requiring(formatId(), layout.signature());
  }

  @Override
  protected CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    Columns columns =
        new Columns(
            header.require(layout.pay()),
            header.require(layout.role()),
            header.require(layout.seniority()),
            header.require(layout.experience()),
            header.require(layout.city()),
            optional(header, layout.employment()),
            optional(header, layout.mainTechnology()),
            optional(header, layout.otherTechnologies()),
            optional(header, layout.industry()),
            attributePositions(header));
    return row -> map(row, columns);
  }

  private RawRecord map(CsvRow row, Columns columns) throws RowRejectedException {
    double amount = EuSalaryParser.parse(layout.pay(), row.field(columns.pay()));
    List<String> skills = new ArrayList<>();
    columns.mainTechnology().ifPresent(c -> skills.addAll(Labels.single(row.field(c))));
    columns.otherTechnologies().ifPresent(c -> skills.addAll(Labels.split(row.field(c), ",")));
    Attributes attributes = new Attributes();
    columns.attributes().forEach((key, column) -> attributes.put(key, row.field(column)));
    return RawRecord.builder(
            DATASET_ID, Integer.toString(layout.year()), layout.year(), row.rowNumber())
        .roleLabel(row.field(columns.role()))
        .seniorityLabel(row.field(columns.seniority()))
        .experienceText(row.field(columns.experience()))
        .cityText(row.field(columns.city()))
        .employmentLabel(text(row, columns.employment()))
        .industryLabels(Labels.single(text(row, columns.industry())))
        .skillLabels(Labels.concat(skills))
        .pay(
            new PublishedPay(
                amount, "EUR", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty()))
        .attributes(attributes.toMap())
        .build();
  }

  private static String text(CsvRow row, OptionalInt column) {
    return column.isPresent() ? row.field(column.getAsInt()) : "";
  }

  private static OptionalInt optional(CsvHeader header, Optional<String> name) throws IOException {
    return name.isPresent() ? OptionalInt.of(header.require(name.get())) : OptionalInt.empty();
  }

  private Map<String, Integer> attributePositions(CsvHeader header) throws IOException {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (Map.Entry<String, String> attribute : layout.attributes().entrySet()) {
      positions.put(attribute.getKey(), header.require(attribute.getValue()));
    }
    return positions;
  }

  /** Attribute key → column name pairs, in the given order. */
  private static Map<String, String> attributes(String... keysAndColumns) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < keysAndColumns.length; i += 2) {
      attributes.put(keysAndColumns[i], keysAndColumns[i + 1]);
    }
    return attributes;
  }

  /**
   * The columns one year's file is read from. Every named column is required, so a changed file
   * fails loudly; the optional fields are empty for the years that did not ask the question.
   */
  private record Layout(
      int year,
      List<String> signature,
      String pay,
      String role,
      String seniority,
      String experience,
      String city,
      Optional<String> employment,
      Optional<String> mainTechnology,
      Optional<String> otherTechnologies,
      Optional<String> industry,
      Map<String, String> attributes) {
    Layout {
      signature = List.copyOf(signature);
      // Kept as given (a LinkedHashMap) so that attributes are read in a fixed order.
      attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }

  /** A layout's column positions in one table's header. */
  private record Columns(
      int pay,
      int role,
      int seniority,
      int experience,
      int city,
      OptionalInt employment,
      OptionalInt mainTechnology,
      OptionalInt otherTechnologies,
      OptionalInt industry,
      Map<String, Integer> attributes) {}
}
