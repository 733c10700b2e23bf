package org.devpay.sources.stackoverflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.TaxBasis;
import org.devpay.core.taxonomy.DatasetIds;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.csv.Amounts;
import org.devpay.sources.csv.Attributes;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.csv.CsvRow;
import org.devpay.sources.csv.CsvSourceAdapter;
import org.devpay.sources.csv.CsvTableReader;
import org.devpay.sources.csv.Labels;
import org.devpay.sources.csv.RowRejectedException;

/**
 * Reads the Stack Overflow Developer Survey's public results in every yearly schema from 2011 to
 * 2025 (2011 to 2015: the yearly results CSV with its two header rows; from 2016 {@code
 * survey_results_public.csv}; plain or inside the yearly ZIP): one adapter, one instance per year,
 * each driven by that year's {@link SurveySchema} (see {@link StackOverflowSchemas} for the columns
 * used each year and why). The dataset id is {@code so-survey-YEAR}; the edition is the year.
 *
 * <p>A file is a year's by {@link StackOverflowYears}' rule: its pay and developer-type columns, no
 * column only other years have, and, when several years fit, its name. Every other column may be
 * missing (a file holding some of the official columns): it is then not recorded.
 *
 * <p>Per row:
 *
 * <ul>
 *   <li><b>Pay</b>: Stack Overflow's yearly USD figure, gross, with the year's scope (base or
 *       total). Binned pay (2011 to 2016) is kept as a {@link PayRange}, with the published
 *       midpoint as the amount (2015, 2016) or {@link SalaryBin#midpoint}'s (2011 to 2014); a
 *       published midpoint outside its bin, or without a known bin, is {@link
 *       RejectReason#INVALID_FIELD}. Missing or "NA" pay, and an answer that is not a bin ("Rather
 *       not say", "Student / Unemployed"), is {@link RejectReason#MISSING_AMOUNT}, the detail
 *       naming the answer.
 *   <li><b>Respondent's own answer</b> (2018 onwards): attributes {@code comp_total}, {@code
 *       comp_frequency}, {@code currency} (ISO code) and {@code comp_annual_local}, annualised by
 *       {@link CompensationAnswer} (weekly × 50, monthly × 12, Stack Overflow's rule).
 *   <li><b>Role</b>: the primary role by {@link PrimaryRole} in multi-select years, every selected
 *       type in {@link RawRecord#roleLabels()}, marked {@link RawRecord#multiSelectRoles()} for the
 *       all-roles mode; the answer itself in single-choice years.
 *   <li><b>Employment</b>: the answer; in multi-select years the status {@link PrimaryEmployment}
 *       picks; not recorded before 2015 (not asked).
 *   <li><b>Developer by profession</b>: {@link RawRecord#profession()} from {@code Professional}
 *       (2017) or {@code MainBranch} (2019 onwards); {@link Profession#NOT_RECORDED} when not asked
 *       (until 2016, 2018) or not answered. The population filter reads it.
 *   <li>Country (as published; the normalizer maps names to ISO codes), experience (2011 to 2014
 *       read back by {@link SpreadsheetExperience}, the published answer kept in attribute {@code
 *       experience_published} where it differs), industry, skills from the year's worked-with
 *       columns (2011 to 2015: the chosen options of the languages question).
 * </ul>
 *
 * <p>Missing answers are empty or "NA" in every year. A row cut short (the 2017 copy's last row) is
 * rejected as {@link RejectReason#TRUNCATED_ROW} by {@link CsvTableReader}.
 */
public final class StackOverflowSurveyAdapter extends CsvSourceAdapter {
  /** Options of a multi-select languages question that name no technology. */
  private static final Set<String> NOT_A_SKILL =
      Set.of("none", "other", "other (please specify)", "write-in");

  private final SurveySchema schema;

  private StackOverflowSurveyAdapter(SurveySchema schema) {
    super(DatasetIds.stackOverflow(schema.year()), schema.formatId());
    this.schema = schema;
  }

  /**
   * The adapter of one survey year.
   *
   * @throws IllegalArgumentException for a year devpay does not read
   */
  public static StackOverflowSurveyAdapter edition(int year) {
    return StackOverflowSchemas.all().stream()
        .filter(s -> s.year() == year)
        .findFirst()
        .map(StackOverflowSurveyAdapter::new)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no Stack Overflow schema for " + year + "; devpay reads " + years()));
  }

  /** The adapters of every supported year, oldest first. */
  public static List<StackOverflowSurveyAdapter> allEditions() {
    return StackOverflowSchemas.all().stream().map(StackOverflowSurveyAdapter::new).toList();
  }

  /** The supported survey years, oldest first. */
  public static List<Integer> years() {
    return StackOverflowSchemas.all().stream().map(SurveySchema::year).toList();
  }

  /** The survey year, which is also the edition. */
  public int year() {
    return schema.year();
  }

  @Override
  protected HeaderMatch matchColumns(CsvHeader header) {
    return StackOverflowYears.match(schema, header);
  }

  @Override
  protected int headerRows(List<String> firstRecord) {
    return StackOverflowColumns.headerRows(schema, firstRecord);
  }

  @Override
  protected CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    StackOverflowColumns.Names names = StackOverflowColumns.names(schema, header.rows());
    String table = header.tableName();
    if (!names.problem().isEmpty()) {
      throw new IOException(
          table + ": not a Stack Overflow " + year() + " header: " + names.problem());
    }
    OptionalInt respondent = names.find(schema.respondent());
    List<Integer> skillLists = new ArrayList<>();
    for (String column : schema.skills().lists()) {
      names.find(List.of(column)).ifPresent(skillLists::add);
    }
    Map<Integer, String> skillOptions = new LinkedHashMap<>();
    for (String question : schema.skills().optionGroups()) {
      names
          .options(question)
          .forEach(
              (position, option) -> {
                if (!NOT_A_SKILL.contains(CsvHeader.looseKey(option))) {
                  skillOptions.put(position, option);
                }
              });
    }
    Map<String, Integer> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(schema.attributes()).entrySet()) {
      names.find(List.of(entry.getValue())).ifPresent(p -> attributes.put(entry.getKey(), p));
    }
    Optional<SurveySchema.Compensation> compensation = schema.compensation();
    Columns columns =
        new Columns(
            respondent,
            names.require(schema.pay().column(), table),
            optional(names, schema.pay().midpoint()),
            names.require(schema.roles().column(), table),
            optional(names, schema.roles().webSide()),
            names.find(schema.experience()),
            optional(names, schema.employment().map(SurveySchema.Employment::column)),
            optional(names, schema.profession().map(SurveySchema.Profession::column)),
            names.find(schema.country()),
            names.find(schema.industry()),
            List.copyOf(skillLists),
            java.util.Collections.unmodifiableMap(skillOptions),
            optional(names, compensation.map(SurveySchema.Compensation::amount)),
            optional(names, compensation.flatMap(SurveySchema.Compensation::frequency)),
            optional(names, compensation.map(SurveySchema.Compensation::currency)),
            attributes);
    return row -> map(row, columns);
  }

  /** The position of a column the schema names, when the file has it. */
  private static OptionalInt optional(StackOverflowColumns.Names names, Optional<String> column) {
    return column.isPresent() ? names.find(List.of(column.get())) : OptionalInt.empty();
  }

  private RawRecord map(CsvRow row, Columns columns) throws RowRejectedException {
    PublishedPay pay = pay(row, columns);
    SurveySchema.Roles roles = schema.roles();
    String roleAnswer = answer(row, OptionalInt.of(columns.roles()));
    List<String> selected =
        roles.multiSelect() ? Labels.split(roleAnswer, ";") : Labels.single(roleAnswer);
    String webSide = answer(row, columns.webSide());
    String role =
        roles.multiSelect()
            ? PrimaryRole.of(selected, webSide, roles)
            : selected.isEmpty() ? "" : selected.get(0);
    List<String> roleLabels = Labels.concat(selected, Labels.single(webSide));
    String employment = answer(row, columns.employment());
    if (schema.employment().map(SurveySchema.Employment::multiSelect).orElse(false)) {
      employment = PrimaryEmployment.of(Labels.split(employment, ";"));
    }
    Attributes attributes = new Attributes();
    columns.attributes().forEach((key, column) -> attributes.put(key, answer(row, column)));
    Profession profession = profession(row, columns);
    putCompensation(row, columns, attributes);
    String experience = answer(row, columns.experience());
    if (schema.experienceAnswers() == SurveySchema.ExperienceAnswers.SPREADSHEET_BINS) {
      String published = experience;
      experience = SpreadsheetExperience.read(published);
      if (!experience.equals(published)) {
        attributes.put("experience_published", published);
      }
    }
    List<String> skills = new ArrayList<>();
    for (int column : columns.skillLists()) {
      skills.addAll(Labels.split(answer(row, column), ";"));
    }
    columns
        .skillOptions()
        .forEach(
            (column, option) -> {
              if (!answer(row, column).isEmpty()) {
                skills.add(option);
              }
            });
    String respondent = answer(row, columns.respondent());
    return RawRecord.builder(datasetId(), Integer.toString(year()), year(), row.rowNumber())
        .respondentKey(respondent.isEmpty() ? Long.toString(row.rowNumber()) : respondent)
        .roleLabels(roleLabels)
        .roleLabel(role)
        .multiSelectRoles(roles.multiSelect())
        .profession(profession)
        .experienceText(experience)
        .employmentLabel(employment)
        .countryText(answer(row, columns.country()))
        .industryLabels(Labels.single(answer(row, columns.industry())))
        .skillLabels(Labels.concat(skills))
        .pay(pay)
        .attributes(attributes.toMap())
        .build();
  }

  private PublishedPay pay(CsvRow row, Columns columns) throws RowRejectedException {
    SurveySchema.Pay payColumn = schema.pay();
    String column = payColumn.column();
    if (!payColumn.binned()) {
      double amount = Amounts.positiveAmount(column, row.field(columns.pay()));
      return new PublishedPay(
          amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, schema.scope(), Optional.empty());
    }
    String label = answer(row, columns.pay());
    Optional<PayRange> range = SalaryBin.parse(label);
    OptionalInt midpointColumn = columns.midpoint();
    String midpointName = payColumn.midpoint().orElse("");
    String midpoint = midpointColumn.isPresent() ? row.field(midpointColumn.getAsInt()) : "";
    if (range.isEmpty()) {
      if (Amounts.decimal(midpoint).orElse(0) > 0) {
        // A midpoint without a known bin means the file is not what this schema describes.
        throw new RowRejectedException(
            RejectReason.INVALID_FIELD,
            Amounts.quote(column, label) + " is not a known salary bin");
      }
      throw new RowRejectedException(RejectReason.MISSING_AMOUNT, noBin(label, midpointColumn));
    }
    if (midpointColumn.isEmpty()) {
      double amount = SalaryBin.midpoint(range.get());
      return new PublishedPay(amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, schema.scope(), range);
    }
    if (Amounts.isMissing(midpoint)) {
      throw new RowRejectedException(
          RejectReason.MISSING_AMOUNT, Amounts.quote(column, label) + " has no " + midpointName);
    }
    double amount = Amounts.positiveAmount(midpointName, midpoint);
    if (!SalaryBin.contains(range.get(), amount)) {
      throw new RowRejectedException(
          RejectReason.INVALID_FIELD,
          Amounts.quote(midpointName, midpoint) + " is not inside " + Amounts.quote(column, label));
    }
    return new PublishedPay(amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, schema.scope(), range);
  }

  /** The answer to the developer-by-profession question, where the year asks it. */
  private Profession profession(CsvRow row, Columns columns) {
    Optional<SurveySchema.Profession> question = schema.profession();
    if (question.isEmpty()) {
      return Profession.NOT_RECORDED;
    }
    String answer = answer(row, columns.profession());
    if (answer.isEmpty()) {
      return Profession.NOT_RECORDED;
    }
    return answer.equals(question.get().professional())
        ? Profession.DEVELOPER
        : Profession.NOT_DEVELOPER;
  }

  /** Why a binned pay answer gives no amount: empty, or an answer that is not a bin. */
  private String noBin(String label, OptionalInt midpointColumn) {
    String column = schema.pay().column();
    if (label.isEmpty()) {
      return column + " is empty";
    }
    return midpointColumn.isPresent()
        ? Amounts.quote(column, label) + " has no " + schema.pay().midpoint().orElseThrow()
        : Amounts.quote(column, label) + " is not a pay bin";
  }

  /** The respondent's own pay answer, annualised, as attributes (2018 onwards). */
  private static void putCompensation(CsvRow row, Columns columns, Attributes attributes) {
    if (columns.compensationAmount().isEmpty()) {
      return;
    }
    String amount = answer(row, columns.compensationAmount());
    String frequency = answer(row, columns.compensationFrequency());
    String currency = answer(row, columns.compensationCurrency());
    attributes.put("comp_total", amount);
    attributes.put("comp_frequency", frequency);
    attributes.put("currency", CompensationAnswer.currencyCode(currency).orElse(currency));
    CompensationAnswer.read(amount, frequency, currency)
        .map(CompensationAnswer::annual)
        .filter(OptionalDouble::isPresent)
        .ifPresent(
            annual ->
                attributes.put(
                    "comp_annual_local", CompensationAnswer.plain(annual.getAsDouble())));
  }

  /** The stripped answer of a column, with "NA" read as no answer; "" for an absent column. */
  private static String answer(CsvRow row, OptionalInt column) {
    return column.isPresent() ? answer(row, column.getAsInt()) : "";
  }

  private static String answer(CsvRow row, int column) {
    return row.textOrEmpty(column, Amounts.NOT_AVAILABLE);
  }

  /** The adapter's column positions in one table's header; absent columns are not recorded. */
  private record Columns(
      OptionalInt respondent,
      int pay,
      OptionalInt midpoint,
      int roles,
      OptionalInt webSide,
      OptionalInt experience,
      OptionalInt employment,
      OptionalInt profession,
      OptionalInt country,
      OptionalInt industry,
      List<Integer> skillLists,
      Map<Integer, String> skillOptions,
      OptionalInt compensationAmount,
      OptionalInt compensationFrequency,
      OptionalInt compensationCurrency,
      Map<String, Integer> attributes) {}
}
