package org.devpay.sources.stackoverflow;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
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
 * Reads the Stack Overflow Developer Survey 2016 as the stacksurveyr R package publishes it ({@code
 * so_survey_2016_from_stacksurveyr.csv.gz}: snake_case columns, missing answers written as empty
 * fields), the one public copy of all 56,030 respondents at hand.
 *
 * <p>Pay is binned: the amount is the package's {@code salary_midpoint} (USD per year) and the bin
 * itself, parsed from {@code salary_range}, is kept as the {@link PayRange}. The scope is {@link
 * PayScope#TOTAL}, not base: the question was "What is your annual gross earnings or salary
 * (including bonus) in USD?" (Stack Overflow's 2016 README), and base and total pay must not be
 * mixed silently. Rows without a midpoint are rejected as {@code MISSING_AMOUNT}, the detail naming
 * the answer ("Rather not say", "Unemployed", "Other (please specify)" or empty).
 *
 * <p>The role is {@code occupation}, a single-choice answer; technologies are {@code tech_do} split
 * on "; ". The respondent key is {@code respondent_id}.
 */
public final class StackOverflow2016Adapter implements SourceAdapter {
  /** Catalog id of the dataset. */
  public static final String DATASET_ID = "so-survey-2016";

  private static final String SALARY_RANGE = "salary_range";
  private static final String SALARY_MIDPOINT = "salary_midpoint";

  @Override
  public String datasetId() {
    return DATASET_ID;
  }

  @Override
  public String formatId() {
    return "so-survey/2016-stacksurveyr";
  }

  @Override
  public Charset charset() {
    return StandardCharsets.UTF_8;
  }

  @Override
  public boolean recognises(TableHeader header) {
    return CsvHeader.of(header)
        .hasAll("respondent_id", SALARY_RANGE, SALARY_MIDPOINT, "occupation", "tech_do");
  }

  @Override
  public void read(SourceTable table, RowSink sink) throws IOException {
    CsvTableReader.read(table, charset(), StackOverflow2016Adapter::bind, sink);
  }

  private static CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    Columns columns =
        new Columns(
            header.require("respondent_id"),
            header.require(SALARY_RANGE),
            header.require(SALARY_MIDPOINT),
            header.require("occupation"),
            header.require("experience_range"),
            header.require("employment_status"),
            header.require("country"),
            header.require("industry"),
            header.require("tech_do"),
            Map.of(
                "occupation_group", header.require("occupation_group"),
                "company_size_range", header.require("company_size_range"),
                "so_region", header.require("so_region"),
                "age_range", header.require("age_range"),
                "remote", header.require("remote")));
    return row -> map(row, columns);
  }

  private static RawRecord map(CsvRow row, Columns columns) throws RowRejectedException {
    String rangeLabel = row.text(columns.salaryRange());
    String midpoint = row.field(columns.salaryMidpoint());
    if (Amounts.isMissing(midpoint)) {
      String detail =
          rangeLabel.isEmpty()
              ? SALARY_RANGE + " is empty"
              : Amounts.quote(SALARY_RANGE, rangeLabel) + " has no " + SALARY_MIDPOINT;
      throw new RowRejectedException(RejectReason.MISSING_AMOUNT, detail);
    }
    double amount = Amounts.positiveAmount(SALARY_MIDPOINT, midpoint);
    Optional<PayRange> range = SalaryBin.parse(rangeLabel);
    if (range.isEmpty()) {
      // A midpoint without a known bin means the file is not what this adapter was written for.
      throw new RowRejectedException(
          RejectReason.INVALID_FIELD,
          Amounts.quote(SALARY_RANGE, rangeLabel) + " is not a known salary bin");
    }
    Attributes attributes = new Attributes();
    columns.attributes().forEach((key, column) -> attributes.put(key, row.field(column)));
    String respondent = row.text(columns.respondent());
    return RawRecord.builder(DATASET_ID, "2016", 2016, row.rowNumber())
        .respondentKey(respondent.isEmpty() ? Long.toString(row.rowNumber()) : respondent)
        .roleLabel(row.field(columns.occupation()))
        .experienceText(row.field(columns.experience()))
        .employmentLabel(row.field(columns.employment()))
        .countryText(row.field(columns.country()))
        .industryLabels(Labels.single(row.field(columns.industry())))
        .skillLabels(Labels.split(row.field(columns.technologies()), "; "))
        .pay(new PublishedPay(amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.TOTAL, range))
        .attributes(attributes.toMap())
        .build();
  }

  @Override
  public String toString() {
    return formatId();
  }

  /** The adapter's column positions in one table's header. */
  private record Columns(
      int respondent,
      int salaryRange,
      int salaryMidpoint,
      int occupation,
      int experience,
      int employment,
      int country,
      int industry,
      int technologies,
      Map<String, Integer> attributes) {}
}
