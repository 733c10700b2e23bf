package org.devpay.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.model.AttributeEncoding;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PublishedPay;
import org.duckdb.DuckDBAppender;

/**
 * The mapping between {@link PayRecord} and the {@code pay_record} table: the DDL and the appender,
 * kept in one place with the encoding the reader ({@link RecordsRead}) decodes (the round-trip test
 * guards it). Every field is a typed column, so SQL users, Parquet readers and Spark see plain
 * columns, not a blob.
 *
 * <p>Encoding: enums with a stable id (role, seniority) are stored as that id, the others as their
 * name; an empty optional is SQL NULL (only in the database: the Java side never sees null); a
 * published pay range is three columns, present together (range_label is NULL exactly when there is
 * no range; range_upper is NULL also for an open top bin); lists are VARCHAR[]; attributes are a
 * MAP(VARCHAR, VARCHAR).
 *
 * <p>Two typed fields live in the attributes map, where every store written so far keeps them and
 * where SQL users find them: {@link PayRecord#profession()} and {@link
 * PayRecord#selectedRoleLabels()}, encoded by {@link AttributeEncoding}. The reader takes them out
 * of the map again, so the record's attributes hold only the source's further answers.
 */
final class PayRecordTable {
  static final String NAME = "pay_record";

  /** The columns in table order; the appender appends in exactly this order. */
  static final List<String> COLUMNS =
      List.of(
          "content_sha256 VARCHAR NOT NULL",
          "row_number BIGINT NOT NULL",
          "dataset_id VARCHAR NOT NULL",
          "edition VARCHAR NOT NULL",
          "survey_year INTEGER NOT NULL",
          "respondent_key VARCHAR NOT NULL",
          "role VARCHAR NOT NULL",
          "role_label VARCHAR NOT NULL",
          "seniority VARCHAR NOT NULL",
          "years_experience DOUBLE",
          "employment VARCHAR NOT NULL",
          "country VARCHAR",
          "city VARCHAR",
          "metro VARCHAR",
          "industries VARCHAR[] NOT NULL",
          "skills VARCHAR[] NOT NULL",
          "published_amount DOUBLE NOT NULL",
          "currency VARCHAR NOT NULL",
          "pay_period VARCHAR NOT NULL",
          "tax_basis VARCHAR NOT NULL",
          "pay_scope VARCHAR NOT NULL",
          "range_lower DOUBLE",
          "range_upper DOUBLE",
          "range_label VARCHAR",
          "annual_local DOUBLE NOT NULL",
          "annual_usd DOUBLE NOT NULL",
          "usd_per_unit DOUBLE NOT NULL",
          "base_annual_usd DOUBLE",
          "weight DOUBLE NOT NULL",
          "attributes MAP(VARCHAR, VARCHAR) NOT NULL",
          // The SHA-256 of the row's fields as read; not part of the record (see Schema).
          "row_sha256 VARCHAR");

  private PayRecordTable() {}

  static String createTable() {
    return "CREATE TABLE " + NAME + " (\n  " + String.join(",\n  ", COLUMNS) + "\n)";
  }

  static void append(
      DuckDBAppender appender, String contentSha256, long rowNumber, PayRecord r, String rowSha256)
      throws SQLException {
    appender.beginRow();
    appender.append(contentSha256);
    appender.append(rowNumber);
    appender.append(r.datasetId());
    appender.append(r.edition());
    appender.append(r.year());
    appender.append(r.respondentKey());
    appender.append(r.role().id());
    appender.append(r.roleLabel());
    appender.append(r.seniority().id());
    appendOptional(appender, r.yearsExperience());
    appender.append(r.employment().name());
    appendOptional(appender, r.location().country());
    appendOptional(appender, r.location().city());
    appendOptional(appender, r.location().metro());
    appender.append(r.industries());
    appender.append(r.skills());
    PublishedPay published = r.published();
    appender.append(published.amount());
    appender.append(published.currency());
    appender.append(published.period().name());
    appender.append(published.basis().name());
    appender.append(published.scope().name());
    if (published.range().isPresent()) {
      PayRange range = published.range().get();
      appender.append(range.lower());
      appendOptional(appender, range.upper());
      appender.append(range.label());
    } else {
      appender.appendNull();
      appender.appendNull();
      appender.appendNull();
    }
    appender.append(r.annualLocal());
    appender.append(r.annualUsd());
    appender.append(r.usdPerUnit());
    appendOptional(appender, r.baseAnnualUsd());
    appender.append(r.weight());
    appender.append(
        AttributeEncoding.encode(r.attributes(), r.profession(), r.selectedRoleLabels()));
    appender.append(rowSha256);
    appender.endRow();
  }

  private static void appendOptional(DuckDBAppender appender, OptionalDouble value)
      throws SQLException {
    if (value.isPresent()) {
      appender.append(value.getAsDouble());
    } else {
      appender.appendNull();
    }
  }

  private static void appendOptional(DuckDBAppender appender, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      appender.append(value.get());
    } else {
      appender.appendNull();
    }
  }

  /** A parsed stored enum, or the read's error for a value this devpay does not know. */
  static <T> T parse(Optional<T> parsed, String column, String stored) {
    return parsed.orElseThrow(
        () -> new IllegalStateException("unknown " + column + " in the store: " + stored));
  }
}
