package org.devpay.sources.stackoverflow;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.TableHeader;
import org.devpay.sources.csv.Amounts;
import org.devpay.sources.csv.Attributes;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.csv.CsvRow;
import org.devpay.sources.csv.CsvTableReader;
import org.devpay.sources.csv.Labels;
import org.devpay.sources.csv.RowRejectedException;

/**
 * Reads the Stack Overflow Developer Survey 2017 public results ({@code survey_results_public.csv},
 * plain or inside its ZIP; 154 columns, missing answers written as "NA").
 *
 * <p>Pay is {@code Salary}: "current annual base salary, before taxes, and excluding bonuses"
 * (schema), which the public file already gives in USD, so the currency is USD, yearly, gross,
 * base; the respondent's own currency is kept as the {@code currency} attribute.
 *
 * <p><b>Primary-role rule.</b> {@code DeveloperType} is multi-select ("; "-separated) and {@code
 * WebDeveloperType} refines its "Web developer" item ({@code Back-end Web developer}, {@code
 * Front-end Web developer}, {@code Full stack Web developer}). The role label is {@code
 * WebDeveloperType} when answered, else the first {@code DeveloperType} item, else empty. The role
 * labels are every {@code DeveloperType} item in published order followed by {@code
 * WebDeveloperType}. Each respondent is one record, so no one is counted twice in a comparison of
 * primary roles; analyses that use the multi-select list must apply their own documented rule.
 *
 * <p>The respondent key is {@code Respondent}. The file copy at hand is cut off mid-row; the short
 * last row is rejected as {@code TRUNCATED_ROW}.
 */
public final class StackOverflow2017Adapter implements SourceAdapter {
  /** Catalog id of the dataset. */
  public static final String DATASET_ID = "so-survey-2017";

  private static final String SALARY = "Salary";
  private static final List<String> SKILL_COLUMNS =
      List.of(
          "HaveWorkedLanguage", "HaveWorkedFramework", "HaveWorkedDatabase", "HaveWorkedPlatform");

  @Override
  public String datasetId() {
    return DATASET_ID;
  }

  @Override
  public String formatId() {
    return "so-survey/2017";
  }

  @Override
  public Charset charset() {
    return StandardCharsets.UTF_8;
  }

  @Override
  public boolean recognises(TableHeader header) {
    return CsvHeader.of(header)
        .hasAll("Respondent", "DeveloperType", "WebDeveloperType", "HaveWorkedLanguage", SALARY);
  }

  @Override
  public void read(SourceTable table, RowSink sink) throws IOException {
    CsvTableReader.read(table, charset(), StackOverflow2017Adapter::bind, sink);
  }

  private static CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    List<Integer> skills = new ArrayList<>();
    for (String column : SKILL_COLUMNS) {
      skills.add(header.require(column));
    }
    Columns columns =
        new Columns(
            header.require("Respondent"),
            header.require(SALARY),
            header.require("DeveloperType"),
            header.require("WebDeveloperType"),
            header.require("YearsCodedJob"),
            header.require("EmploymentStatus"),
            header.require("Country"),
            List.copyOf(skills),
            Map.of(
                "professional", header.require("Professional"),
                "company_size", header.require("CompanySize"),
                "company_type", header.require("CompanyType"),
                "currency", header.require("Currency"),
                "years_program", header.require("YearsProgram"),
                "mobile_developer_type", header.require("MobileDeveloperType")));
    return row -> map(row, columns);
  }

  private static RawRecord map(CsvRow row, Columns columns) throws RowRejectedException {
    double amount = Amounts.positiveAmount(SALARY, row.field(columns.salary()));
    List<String> developerTypes = Labels.split(answer(row, columns.developerType()), "; ");
    String webDeveloperType = answer(row, columns.webDeveloperType());
    String role =
        !webDeveloperType.isEmpty()
            ? webDeveloperType
            : developerTypes.isEmpty() ? "" : developerTypes.get(0);
    List<List<String>> skillLists = new ArrayList<>();
    for (int column : columns.skills()) {
      skillLists.add(Labels.split(answer(row, column), "; "));
    }
    Attributes attributes = new Attributes();
    columns.attributes().forEach((key, column) -> attributes.put(key, answer(row, column)));
    String respondent = answer(row, columns.respondent());
    return RawRecord.builder(DATASET_ID, "2017", 2017, row.rowNumber())
        .respondentKey(respondent.isEmpty() ? Long.toString(row.rowNumber()) : respondent)
        .roleLabels(Labels.concat(developerTypes, Labels.single(webDeveloperType)))
        .roleLabel(role)
        .experienceText(answer(row, columns.yearsCodedJob()))
        .employmentLabel(answer(row, columns.employment()))
        .countryText(answer(row, columns.country()))
        .skillLabels(concat(skillLists))
        .pay(
            new PublishedPay(
                amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty()))
        .attributes(attributes.toMap())
        .build();
  }

  /** The stripped answer, with the file's "NA" marker read as no answer. */
  private static String answer(CsvRow row, int column) {
    return row.textOrEmpty(column, Amounts.NOT_AVAILABLE);
  }

  private static List<String> concat(List<List<String>> lists) {
    List<String> all = new ArrayList<>();
    lists.forEach(all::addAll);
    return Labels.concat(all);
  }

  @Override
  public String toString() {
    return formatId();
  }

  /** The adapter's column positions in one table's header. */
  private record Columns(
      int respondent,
      int salary,
      int developerType,
      int webDeveloperType,
      int yearsCodedJob,
      int employment,
      int country,
      List<Integer> skills,
      Map<String, Integer> attributes) {}
}
