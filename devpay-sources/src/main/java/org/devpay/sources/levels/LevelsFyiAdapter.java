package org.devpay.sources.levels;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.csv.Amounts;
import org.devpay.sources.csv.Attributes;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.sources.csv.CsvRow;
import org.devpay.sources.csv.CsvSourceAdapter;
import org.devpay.sources.csv.CsvTableReader;
import org.devpay.sources.csv.RowRejectedException;

/**
 * Reads levels.fyi compensation records as published on Kaggle ("Data Science and STEM Salaries",
 * Levels_Fyi_Salary_Data.csv, 2017–2021), the source with US big-tech total compensation by
 * specialisation ({@code tag}).
 *
 * <p>Pay is total yearly compensation in US dollars, gross; base salary is kept as the record's
 * base amount when it is published (levels.fyi writes 0 when the respondent left it out). Each
 * record's year is the year of its own timestamp, since the file spans five years. Missing answers
 * are written "NA" and become empty labels. When a row has several problems, the first of pay,
 * timestamp and row id decides its reason.
 */
public final class LevelsFyiAdapter extends CsvSourceAdapter {
  static final String DATASET_ID = "levels-fyi";
  static final String FORMAT_ID = "levels-fyi/kaggle-2021";
  static final String EDITION = "2017-2021";

  static final String TIMESTAMP = "timestamp";
  static final String COMPANY = "company";
  static final String LEVEL = "level";
  static final String TITLE = "title";
  static final String TOTAL_COMPENSATION = "totalyearlycompensation";
  static final String LOCATION = "location";
  static final String YEARS_OF_EXPERIENCE = "yearsofexperience";
  static final String YEARS_AT_COMPANY = "yearsatcompany";
  static final String TAG = "tag";
  static final String BASE_SALARY = "basesalary";
  static final String STOCK_GRANT_VALUE = "stockgrantvalue";
  static final String BONUS = "bonus";
  static final String GENDER = "gender";
  static final String OTHER_DETAILS = "otherdetails";
  static final String CITY_ID = "cityid";
  static final String DMA_ID = "dmaid";
  static final String ROW_NUMBER = "rowNumber";
  static final String RACE = "Race";
  static final String EDUCATION = "Education";

  /** As published: "6/7/2017 11:33:27", month first, no leading zeros. */
  static final DateTimeFormatter TIMESTAMP_FORMAT =
      DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);

  private static final String NA = Amounts.NOT_AVAILABLE;

  public LevelsFyiAdapter() {
    super(DATASET_ID, FORMAT_ID);
  }

  /** Recognises the Kaggle export by its compensation, experience, tag and row-id columns. */
  @Override
  protected HeaderMatch matchColumns(CsvHeader header) {
    return header.requiring(
        formatId(),
        java.util.List.of(
            TIMESTAMP,
            TOTAL_COMPENSATION,
            YEARS_OF_EXPERIENCE,
            YEARS_AT_COMPANY,
            TAG,
            BASE_SALARY,
            STOCK_GRANT_VALUE,
            ROW_NUMBER));
  }

  @Override
  protected CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    Columns columns = new Columns(header);
    return row -> record(row, columns);
  }

  private static RawRecord record(CsvRow row, Columns columns) throws RowRejectedException {
    double total = Amounts.positiveAmount(TOTAL_COMPENSATION, row.field(columns.totalCompensation));
    int year = year(row.field(columns.timestamp));
    String respondentKey = row.textOrEmpty(columns.rowNumber, NA);
    if (respondentKey.isEmpty()) {
      throw new RowRejectedException(
          RejectReason.INVALID_FIELD,
          Amounts.quote(ROW_NUMBER, row.field(columns.rowNumber))
              + " is empty; it is the record's key");
    }

    Attributes attributes =
        new Attributes()
            .put("timestamp", row.text(columns.timestamp))
            .put("company", row.textOrEmpty(columns.company, NA))
            .put("title", row.textOrEmpty(columns.title, NA))
            .put("level", row.textOrEmpty(columns.level, NA))
            .put("years_at_company", row.textOrEmpty(columns.yearsAtCompany, NA))
            .put("stock_grant_value", row.textOrEmpty(columns.stockGrantValue, NA))
            .put("bonus", row.textOrEmpty(columns.bonus, NA))
            .put("gender", row.textOrEmpty(columns.gender, NA))
            .put("education", row.textOrEmpty(columns.education, NA))
            .put("race", row.textOrEmpty(columns.race, NA))
            .put("other_details", row.textOrEmpty(columns.otherDetails, NA))
            .put("city_id", row.textOrEmpty(columns.cityId, NA))
            .put("dma_id", row.textOrEmpty(columns.dmaId, NA));

    RawRecord.Builder builder =
        RawRecord.builder(DATASET_ID, EDITION, year, row.rowNumber())
            .respondentKey(respondentKey)
            .roleLabel(row.textOrEmpty(columns.tag, NA))
            .seniorityLabel(row.textOrEmpty(columns.level, NA))
            .experienceText(row.textOrEmpty(columns.yearsOfExperience, NA))
            // "San Francisco, CA" or "London, EN, United Kingdom": the normalizer parses both.
            .cityText(row.textOrEmpty(columns.location, NA))
            .pay(
                new PublishedPay(
                    total, "USD", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.TOTAL, Optional.empty()))
            .attributes(attributes.toMap());
    // Base salary is secondary: 0, "NA" or unreadable means "not published", not a bad row.
    OptionalDouble base = Amounts.decimal(row.text(columns.baseSalary));
    if (base.isPresent() && base.getAsDouble() > 0) {
      builder.baseAmount(base.getAsDouble());
    }
    return builder.build();
  }

  /** The calendar year of a published timestamp. */
  private static int year(String timestamp) throws RowRejectedException {
    try {
      return LocalDateTime.parse(timestamp.strip(), TIMESTAMP_FORMAT).getYear();
    } catch (DateTimeParseException e) {
      throw new RowRejectedException(
          RejectReason.UNPARSEABLE_DATE, Amounts.quote(TIMESTAMP, timestamp));
    }
  }

  /** Column indexes, looked up by name once per file. */
  private static final class Columns {
    final int timestamp;
    final int company;
    final int level;
    final int title;
    final int totalCompensation;
    final int location;
    final int yearsOfExperience;
    final int yearsAtCompany;
    final int tag;
    final int baseSalary;
    final int stockGrantValue;
    final int bonus;
    final int gender;
    final int otherDetails;
    final int cityId;
    final int dmaId;
    final int rowNumber;
    final int race;
    final int education;

    Columns(CsvHeader header) throws IOException {
      timestamp = header.require(TIMESTAMP);
      company = header.require(COMPANY);
      level = header.require(LEVEL);
      title = header.require(TITLE);
      totalCompensation = header.require(TOTAL_COMPENSATION);
      location = header.require(LOCATION);
      yearsOfExperience = header.require(YEARS_OF_EXPERIENCE);
      yearsAtCompany = header.require(YEARS_AT_COMPANY);
      tag = header.require(TAG);
      baseSalary = header.require(BASE_SALARY);
      stockGrantValue = header.require(STOCK_GRANT_VALUE);
      bonus = header.require(BONUS);
      gender = header.require(GENDER);
      otherDetails = header.require(OTHER_DETAILS);
      cityId = header.require(CITY_ID);
      dmaId = header.require(DMA_ID);
      rowNumber = header.require(ROW_NUMBER);
      race = header.require(RACE);
      education = header.require(EDUCATION);
    }
  }
}
