package org.devpay.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.devpay.core.model.AttributeEncoding;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A {@link PayRecord} as a Spark row whose columns are the store's {@code pay_record} columns and
 * so the columns of {@code devpay export --format parquet}: records read from files and records
 * read from an export are one schema, and decode to the same records the store would return.
 *
 * <p>Encoding as in the store: role and seniority by id, the other enums by name, an empty optional
 * as null, a published range as three columns (range_label null exactly when there is none), lists
 * as arrays, profession and the selected role labels inside the attribute map ({@link
 * AttributeEncoding}).
 */
final class RecordRows {
  private RecordRows() {}

  /** The columns, in the store's order (without row_sha256, which is no part of a record). */
  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            field("content_sha256", DataTypes.StringType, false),
            field("row_number", DataTypes.LongType, false),
            field("dataset_id", DataTypes.StringType, false),
            field("edition", DataTypes.StringType, false),
            field("survey_year", DataTypes.IntegerType, false),
            field("respondent_key", DataTypes.StringType, false),
            field("role", DataTypes.StringType, false),
            field("role_label", DataTypes.StringType, false),
            field("seniority", DataTypes.StringType, false),
            field("years_experience", DataTypes.DoubleType, true),
            field("employment", DataTypes.StringType, false),
            field("country", DataTypes.StringType, true),
            field("city", DataTypes.StringType, true),
            field("metro", DataTypes.StringType, true),
            field("industries", DataTypes.createArrayType(DataTypes.StringType, true), false),
            field("skills", DataTypes.createArrayType(DataTypes.StringType, true), false),
            field("published_amount", DataTypes.DoubleType, false),
            field("currency", DataTypes.StringType, false),
            field("pay_period", DataTypes.StringType, false),
            field("tax_basis", DataTypes.StringType, false),
            field("pay_scope", DataTypes.StringType, false),
            field("range_lower", DataTypes.DoubleType, true),
            field("range_upper", DataTypes.DoubleType, true),
            field("range_label", DataTypes.StringType, true),
            field("annual_local", DataTypes.DoubleType, false),
            field("annual_usd", DataTypes.DoubleType, false),
            field("usd_per_unit", DataTypes.DoubleType, false),
            field("base_annual_usd", DataTypes.DoubleType, true),
            field("weight", DataTypes.DoubleType, false),
            field(
                "attributes",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
                false)
          });

  /**
   * The columns of a record read from a file here, before the store's duplicate check: the table's
   * place in the ingest order, the row's content digest and whether its respondent key is published
   * (what {@code StoredRows.duplicate} decides on).
   */
  static final StructType INGEST_SCHEMA =
      SCHEMA
          .add(field("table_index", DataTypes.IntegerType, false))
          .add(field("row_sha256", DataTypes.StringType, false))
          .add(field("published_key", DataTypes.BooleanType, false));

  /** A record's row with the ingest-order columns of {@link #INGEST_SCHEMA}. */
  static Row withIngestOrder(int tableIndex, String rowSha256, boolean publishedKey, Row record) {
    Object[] values = new Object[record.length() + 3];
    for (int i = 0; i < record.length(); i++) {
      values[i] = record.get(i);
    }
    values[record.length()] = tableIndex;
    values[record.length() + 1] = rowSha256;
    values[record.length() + 2] = publishedKey;
    return new GenericRowWithSchema(values, INGEST_SCHEMA);
  }

  /** The key an edition's rows are gathered by: dataset id and edition, apart. */
  static String editionKey(String datasetId, String edition) {
    return datasetId + '\u0000' + edition;
  }

  /** The column names, for selecting them from a Parquet file that may hold more. */
  static String[] columns() {
    return SCHEMA.fieldNames();
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  /** The row of a record read from a table with this content hash, at this row number. */
  static Row toRow(String contentSha256, long rowNumber, PayRecord r) {
    PublishedPay published = r.published();
    Optional<PayRange> range = published.range();
    return new GenericRowWithSchema(
        new Object[] {
          contentSha256,
          rowNumber,
          r.datasetId(),
          r.edition(),
          r.year(),
          r.respondentKey(),
          r.role().id(),
          r.roleLabel(),
          r.seniority().id(),
          boxed(r.yearsExperience()),
          r.employment().name(),
          r.location().country().orElse(null),
          r.location().city().orElse(null),
          r.location().metro().orElse(null),
          seq(r.industries()),
          seq(r.skills()),
          published.amount(),
          published.currency(),
          published.period().name(),
          published.basis().name(),
          published.scope().name(),
          range.map(PayRange::lower).orElse(null),
          range.isPresent() ? boxed(range.get().upper()) : null,
          range.map(PayRange::label).orElse(null),
          r.annualLocal(),
          r.annualUsd(),
          r.usdPerUnit(),
          boxed(r.baseAnnualUsd()),
          r.weight(),
          CollectionConverters.asScala(
              new LinkedHashMap<>(
                  AttributeEncoding.encode(r.attributes(), r.profession(), r.selectedRoleLabels())))
        },
        SCHEMA);
  }

  /** The record of a row with {@link #SCHEMA}'s columns (selected by name). */
  static PayRecord toRecord(Row row) {
    String roleId = row.getAs("role");
    String seniorityId = row.getAs("seniority");
    String rangeLabel = row.getAs("range_label");
    Optional<PayRange> range =
        rangeLabel == null
            ? Optional.empty()
            : Optional.of(
                new PayRange(
                    row.<Double>getAs("range_lower"), optional(row, "range_upper"), rangeLabel));
    Map<String, String> attributes =
        new LinkedHashMap<>(row.<String, String>getJavaMap(index(row, "attributes")));
    Profession profession = AttributeEncoding.takeProfession(attributes);
    List<String> selectedRoleLabels = AttributeEncoding.takeSelectedRoleLabels(attributes);
    return new PayRecord(
        row.getAs("dataset_id"),
        row.getAs("edition"),
        row.<Integer>getAs("survey_year"),
        row.getAs("respondent_key"),
        RoleFamily.parse(roleId)
            .orElseThrow(() -> new IllegalStateException("unknown role in the input: " + roleId)),
        row.getAs("role_label"),
        selectedRoleLabels,
        Seniority.parse(seniorityId)
            .orElseThrow(
                () -> new IllegalStateException("unknown seniority in the input: " + seniorityId)),
        optional(row, "years_experience"),
        Employment.valueOf(row.getAs("employment")),
        profession,
        new Location(
            Optional.ofNullable(row.getAs("country")),
            Optional.ofNullable(row.getAs("city")),
            Optional.ofNullable(row.getAs("metro"))),
        strings(row, "industries"),
        strings(row, "skills"),
        new PublishedPay(
            row.<Double>getAs("published_amount"),
            row.getAs("currency"),
            PayPeriod.valueOf(row.getAs("pay_period")),
            TaxBasis.valueOf(row.getAs("tax_basis")),
            PayScope.valueOf(row.getAs("pay_scope")),
            range),
        row.<Double>getAs("annual_local"),
        row.<Double>getAs("annual_usd"),
        row.<Double>getAs("usd_per_unit"),
        optional(row, "base_annual_usd"),
        row.<Double>getAs("weight"),
        attributes);
  }

  private static int index(Row row, String name) {
    return row.fieldIndex(name);
  }

  private static List<String> strings(Row row, String name) {
    List<String> values = row.getList(index(row, name));
    return new ArrayList<>(values);
  }

  private static OptionalDouble optional(Row row, String name) {
    int i = index(row, name);
    return row.isNullAt(i) ? OptionalDouble.empty() : OptionalDouble.of(row.getDouble(i));
  }

  /** A list as the Scala sequence a row holds for an array column. */
  private static scala.collection.immutable.Seq<String> seq(List<String> values) {
    return CollectionConverters.asScala(values).toList();
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
