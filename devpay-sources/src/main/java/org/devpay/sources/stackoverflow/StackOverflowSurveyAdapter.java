package org.devpay.sources.stackoverflow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.devpay.core.analysis.PopulationFilter;
import org.devpay.core.analysis.RoleMode;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
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
 * Reads the Stack Overflow Developer Survey's public results ({@code survey_results_public.csv},
 * plain or inside the yearly ZIP) in every yearly schema from 2016 to 2025: one adapter, one
 * instance per year, each driven by that year's {@link SurveySchema} (see {@link
 * StackOverflowSchemas} for the columns used each year and why). The dataset id is {@code
 * so-survey-YEAR}; the edition is the year.
 *
 * <p>Per row:
 *
 * <ul>
 *   <li><b>Pay</b>: Stack Overflow's yearly USD figure, gross, with the year's scope (base or
 *       total). 2016's bins are kept as a {@link PayRange} with the bin's midpoint as the amount; a
 *       row whose midpoint has no known bin is {@link RejectReason#INVALID_FIELD}. Missing or "NA"
 *       pay is {@link RejectReason#MISSING_AMOUNT}, the detail naming the answer.
 *   <li><b>Respondent's own answer</b> (2018 onwards): attributes {@code comp_total}, {@code
 *       comp_frequency}, {@code currency} (ISO code) and {@code comp_annual_local}, annualised by
 *       {@link CompensationAnswer} (weekly × 50, monthly × 12, Stack Overflow's rule).
 *   <li><b>Role</b>: the primary role by {@link PrimaryRole} in multi-select years, every selected
 *       type in {@link RawRecord#roleLabels()} and in the {@link
 *       RoleMode#ALL_ROLE_LABELS_ATTRIBUTE} attribute; the answer itself in single-choice years.
 *   <li><b>Employment</b>: the answer; in multi-select years the status {@link PrimaryEmployment}
 *       picks.
 *   <li><b>Developer by profession</b>: attribute {@value PopulationFilter#PROFESSION_ATTRIBUTE}
 *       "yes"/"no" from {@code Professional} (2017) or {@code MainBranch} (2019 onwards); absent
 *       when not asked (2016, 2018) or not answered. The population filter reads it.
 *   <li>Country (as published; the normalizer maps names to ISO codes), experience, industry (2016,
 *       and 2023 onwards), skills from the year's worked-with columns.
 * </ul>
 *
 * <p>Missing answers are empty or "NA" in every year. A row cut short (the 2017 copy's last row) is
 * rejected as {@link RejectReason#TRUNCATED_ROW} by {@link CsvTableReader}.
 */
public final class StackOverflowSurveyAdapter extends CsvSourceAdapter {
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
    HeaderMatch match = header.requiring(formatId(), schema.signature());
    List<String> laterColumns = schema.absent().stream().filter(header::has).toList();
    return laterColumns.isEmpty()
        ? match
        : match.conflicting("has " + laterColumns + ", which " + schema.year() + " does not");
  }

  @Override
  protected CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    OptionalInt respondent = OptionalInt.empty();
    for (String candidate : schema.respondent()) {
      if (header.has(candidate)) {
        respondent = OptionalInt.of(header.require(candidate));
        break;
      }
    }
    List<Integer> skills = new ArrayList<>();
    for (String column : schema.skills()) {
      skills.add(header.require(column));
    }
    Map<String, Integer> attributes = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : schema.attributes().entrySet()) {
      attributes.put(entry.getKey(), header.require(entry.getValue()));
    }
    Optional<SurveySchema.Compensation> compensation = schema.compensation();
    Columns columns =
        new Columns(
            respondent,
            header.require(schema.pay().column()),
            optional(header, schema.pay().binRange()),
            header.require(schema.roles().column()),
            optional(header, schema.roles().webSide()),
            header.require(schema.experience()),
            header.require(schema.employment().column()),
            optional(header, schema.profession().map(SurveySchema.Profession::column)),
            header.require(schema.country()),
            optional(header, schema.industry()),
            List.copyOf(skills),
            optional(header, compensation.map(SurveySchema.Compensation::amount)),
            optional(header, compensation.flatMap(SurveySchema.Compensation::frequency)),
            optional(header, compensation.map(SurveySchema.Compensation::currency)),
            attributes);
    return row -> map(row, columns);
  }

  /** The position of a column the schema names, which must then be present. */
  private static OptionalInt optional(CsvHeader header, Optional<String> column)
      throws IOException {
    return column.isPresent() ? OptionalInt.of(header.require(column.get())) : OptionalInt.empty();
  }

  private RawRecord map(CsvRow row, Columns columns) throws RowRejectedException {
    PublishedPay pay = pay(row, columns);
    SurveySchema.Roles roles = schema.roles();
    String roleAnswer = answer(row, columns.roles());
    List<String> selected =
        roles.multiSelect() ? Labels.split(roleAnswer, ";") : Labels.single(roleAnswer);
    String webSide = answer(row, columns.webSide());
    String role =
        roles.multiSelect()
            ? PrimaryRole.of(selected, webSide, roles)
            : selected.isEmpty() ? "" : selected.get(0);
    List<String> roleLabels = Labels.concat(selected, Labels.single(webSide));
    String employment = answer(row, columns.employment());
    if (schema.employment().multiSelect()) {
      employment = PrimaryEmployment.of(Labels.split(employment, ";"));
    }
    Attributes attributes = new Attributes();
    columns.attributes().forEach((key, column) -> attributes.put(key, answer(row, column)));
    schema
        .profession()
        .ifPresent(
            question -> {
              String answer = answer(row, columns.profession());
              if (!answer.isEmpty()) {
                attributes.put(
                    PopulationFilter.PROFESSION_ATTRIBUTE,
                    answer.equals(question.professional()) ? "yes" : "no");
              }
            });
    if (roles.multiSelect() && !roleLabels.isEmpty()) {
      attributes.put(RoleMode.ALL_ROLE_LABELS_ATTRIBUTE, RoleMode.joinLabels(roleLabels));
    }
    putCompensation(row, columns, attributes);
    List<String> skills = new ArrayList<>();
    for (int column : columns.skills()) {
      skills.addAll(Labels.split(answer(row, OptionalInt.of(column)), ";"));
    }
    String respondent = answer(row, columns.respondent());
    return RawRecord.builder(datasetId(), Integer.toString(year()), year(), row.rowNumber())
        .respondentKey(respondent.isEmpty() ? Long.toString(row.rowNumber()) : respondent)
        .roleLabels(roleLabels)
        .roleLabel(role)
        .experienceText(answer(row, columns.experience()))
        .employmentLabel(employment)
        .countryText(answer(row, columns.country()))
        .industryLabels(Labels.single(answer(row, columns.industry())))
        .skillLabels(Labels.concat(skills))
        .pay(pay)
        .attributes(attributes.toMap())
        .build();
  }

  private PublishedPay pay(CsvRow row, Columns columns) throws RowRejectedException {
    String column = schema.pay().column();
    if (columns.binRange().isEmpty()) {
      double amount = Amounts.positiveAmount(column, row.field(columns.pay()));
      return new PublishedPay(
          amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, schema.scope(), Optional.empty());
    }
    String rangeColumn = schema.pay().binRange().orElseThrow();
    String rangeLabel = row.text(columns.binRange().getAsInt());
    String midpoint = row.field(columns.pay());
    if (Amounts.isMissing(midpoint)) {
      String detail =
          rangeLabel.isEmpty()
              ? rangeColumn + " is empty"
              : Amounts.quote(rangeColumn, rangeLabel) + " has no " + column;
      throw new RowRejectedException(RejectReason.MISSING_AMOUNT, detail);
    }
    double amount = Amounts.positiveAmount(column, midpoint);
    Optional<PayRange> range = SalaryBin.parse(rangeLabel);
    if (range.isEmpty()) {
      // A midpoint without a known bin means the file is not what this schema describes.
      throw new RowRejectedException(
          RejectReason.INVALID_FIELD,
          Amounts.quote(rangeColumn, rangeLabel) + " is not a known salary bin");
    }
    return new PublishedPay(amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, schema.scope(), range);
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

  /** The adapter's column positions in one table's header. */
  private record Columns(
      OptionalInt respondent,
      int pay,
      OptionalInt binRange,
      int roles,
      OptionalInt webSide,
      int experience,
      int employment,
      OptionalInt profession,
      int country,
      OptionalInt industry,
      List<Integer> skills,
      OptionalInt compensationAmount,
      OptionalInt compensationFrequency,
      OptionalInt compensationCurrency,
      Map<String, Integer> attributes) {}
}
