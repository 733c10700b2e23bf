package org.devpay.sources.glassdoor;

import java.io.IOException;
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
 * Reads the Glassdoor-derived "Software Professional Salaries 2022" table for India (Kaggle,
 * "Salary Dataset with Extra Features"), the only source with Indian pay by back-end and front-end
 * role.
 *
 * <p>A row is not a person but a company × job title × city cell: its {@code Salary} is the typical
 * salary Glassdoor shows for the cell and {@code Salaries Reported} how many reports it rests on,
 * which becomes the record's frequency weight. Glassdoor shows typical base pay, so the figure is
 * read as gross annual base pay in INR; the file itself does not state gross or base, so that basis
 * is an assumption.
 */
public final class GlassdoorIndia2022Adapter extends CsvSourceAdapter {
  static final String DATASET_ID = "glassdoor-india";
  static final String FORMAT_ID = "glassdoor-india/2022";
  static final String EDITION = "2022";
  static final int YEAR = 2022;

  static final String RATING = "Rating";
  static final String COMPANY = "Company Name";
  static final String JOB_TITLE = "Job Title";
  static final String SALARY = "Salary";
  static final String SALARIES_REPORTED = "Salaries Reported";
  static final String LOCATION = "Location";
  static final String EMPLOYMENT_STATUS = "Employment Status";
  static final String JOB_ROLES = "Job Roles";

  public GlassdoorIndia2022Adapter() {
    super(DATASET_ID, FORMAT_ID);
  }

  /**
   * Recognises the "extra features" table by its Glassdoor columns plus the two it adds ({@code
   * Employment Status}, {@code Job Roles}); the original Kaggle table without them is not this
   * format.
   */
  @Override
  protected HeaderMatch matchColumns(CsvHeader header) {
    return header.requiring(
        formatId(),
        java.util.List.of(
            RATING,
            COMPANY,
            JOB_TITLE,
            SALARY,
            SALARIES_REPORTED,
            LOCATION,
            EMPLOYMENT_STATUS,
            JOB_ROLES));
  }

  @Override
  protected CsvTableReader.RowMapper bind(CsvHeader header) throws IOException {
    Columns columns = new Columns(header);
    return row -> record(row, columns);
  }

  private static RawRecord record(CsvRow row, Columns columns) throws RowRejectedException {
    double salary = Amounts.positiveAmount(SALARY, row.field(columns.salary));
    double weight = reportCount(row.field(columns.salariesReported));
    String jobTitle = row.text(columns.jobTitle);

    Attributes attributes = new Attributes();
    attributes.put("company", row.text(columns.company));
    attributes.put("job_title", jobTitle);
    attributes.put("rating", row.text(columns.rating));

    return RawRecord.builder(DATASET_ID, EDITION, YEAR, row.rowNumber())
        .roleLabel(row.text(columns.jobRoles))
        // The title is the only place seniority appears ("Senior Android Developer", "Intern").
        .seniorityLabel(jobTitle)
        .employmentLabel(row.text(columns.employmentStatus))
        .countryText("IN")
        .cityText(row.text(columns.location))
        .pay(
            new PublishedPay(
                salary, "INR", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty()))
        .weight(weight)
        .attributes(attributes.toMap())
        .build();
  }

  /** The number of salary reports behind the row: a whole number of at least one. */
  private static double reportCount(String text) throws RowRejectedException {
    OptionalDouble count = Amounts.decimal(text);
    if (count.isEmpty() || count.getAsDouble() < 1 || count.getAsDouble() % 1 != 0) {
      throw new RowRejectedException(
          RejectReason.INVALID_FIELD,
          Amounts.quote(SALARIES_REPORTED, text) + " is not a whole number of at least 1");
    }
    return count.getAsDouble();
  }

  /** Column indexes, looked up by name once per file. */
  private static final class Columns {
    final int rating;
    final int company;
    final int jobTitle;
    final int salary;
    final int salariesReported;
    final int location;
    final int employmentStatus;
    final int jobRoles;

    Columns(CsvHeader header) throws IOException {
      rating = header.require(RATING);
      company = header.require(COMPANY);
      jobTitle = header.require(JOB_TITLE);
      salary = header.require(SALARY);
      salariesReported = header.require(SALARIES_REPORTED);
      location = header.require(LOCATION);
      employmentStatus = header.require(EMPLOYMENT_STATUS);
      jobRoles = header.require(JOB_ROLES);
    }
  }
}
