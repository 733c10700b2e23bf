package org.devpay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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

/**
 * The record read as it was before {@link RecordsRead} had DuckDB code the text: the reference the
 * coded read is checked against, kept in test code only. One plain query, sorted by SQL in the
 * store's record order (edition, path, entry, row number, content hash), every text cell and list
 * read through JDBC as strings and decoded row by row, as PayRecordTable.read decoded it (without
 * its interning, which only shared equal values).
 */
final class ReferenceRecordRead {
  private ReferenceRecordRead() {}

  /** Every record of a dataset, or of one of its editions when {@code edition} is not null. */
  static List<PayRecord> read(Connection connection, String datasetId, String edition)
      throws SQLException {
    String sql =
        "SELECT p.dataset_id, p.edition, p.survey_year, p.respondent_key, p.role, p.role_label,"
            + " p.seniority, p.years_experience, p.employment, p.country, p.city, p.metro,"
            + " p.industries, p.skills, p.published_amount, p.currency, p.pay_period,"
            + " p.tax_basis, p.pay_scope, p.range_lower, p.range_upper, p.range_label,"
            + " p.annual_local, p.annual_usd, p.usd_per_unit, p.base_annual_usd, p.weight,"
            + " map_keys(p.attributes), map_values(p.attributes)"
            + " FROM pay_record p JOIN source_file f USING (content_sha256)"
            + " WHERE p.dataset_id = ?"
            + (edition == null ? "" : " AND p.edition = ?")
            + " ORDER BY p.edition, f.path, f.entry_name, p.row_number, p.content_sha256";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, datasetId);
      if (edition != null) {
        statement.setString(2, edition);
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<PayRecord> records = new ArrayList<>();
        while (rs.next()) {
          records.add(record(rs));
        }
        return records;
      }
    }
  }

  private static PayRecord record(ResultSet rs) throws SQLException {
    int i = 0;
    String datasetId = rs.getString(++i);
    String edition = rs.getString(++i);
    int year = rs.getInt(++i);
    String respondentKey = rs.getString(++i);
    String roleId = rs.getString(++i);
    RoleFamily role = PayRecordTable.parse(RoleFamily.parse(roleId), "role", roleId);
    String roleLabel = rs.getString(++i);
    String seniorityId = rs.getString(++i);
    Seniority seniority =
        PayRecordTable.parse(Seniority.parse(seniorityId), "seniority", seniorityId);
    OptionalDouble yearsExperience = optionalDouble(rs, ++i);
    Employment employment = Employment.valueOf(rs.getString(++i));
    Optional<String> country = Optional.ofNullable(rs.getString(++i));
    Optional<String> city = Optional.ofNullable(rs.getString(++i));
    Optional<String> metro = Optional.ofNullable(rs.getString(++i));
    List<String> industries = strings(rs, ++i);
    List<String> skills = strings(rs, ++i);
    double amount = rs.getDouble(++i);
    String currency = rs.getString(++i);
    PayPeriod period = PayPeriod.valueOf(rs.getString(++i));
    TaxBasis basis = TaxBasis.valueOf(rs.getString(++i));
    PayScope scope = PayScope.valueOf(rs.getString(++i));
    double rangeLower = rs.getDouble(++i);
    OptionalDouble rangeUpper = optionalDouble(rs, ++i);
    String rangeLabel = rs.getString(++i);
    Optional<PayRange> range =
        rangeLabel == null
            ? Optional.empty()
            : Optional.of(new PayRange(rangeLower, rangeUpper, rangeLabel));
    double annualLocal = rs.getDouble(++i);
    double annualUsd = rs.getDouble(++i);
    double usdPerUnit = rs.getDouble(++i);
    OptionalDouble baseAnnualUsd = optionalDouble(rs, ++i);
    double weight = rs.getDouble(++i);
    List<String> keys = strings(rs, ++i);
    List<String> values = strings(rs, ++i);
    if (keys.size() != values.size()) {
      throw new IllegalStateException("attribute keys and values differ in number in the store");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      attributes.put(keys.get(k), values.get(k));
    }
    Profession profession = AttributeEncoding.takeProfession(attributes);
    List<String> selectedRoleLabels = AttributeEncoding.takeSelectedRoleLabels(attributes);
    return new PayRecord(
        datasetId,
        edition,
        year,
        respondentKey,
        role,
        roleLabel,
        selectedRoleLabels,
        seniority,
        yearsExperience,
        employment,
        profession,
        new Location(country, city, metro),
        industries,
        skills,
        new PublishedPay(amount, currency, period, basis, scope, range),
        annualLocal,
        annualUsd,
        usdPerUnit,
        baseAnnualUsd,
        weight,
        attributes);
  }

  /** A list column's strings, nulls kept (a list with a null fails the record as it always did). */
  private static List<String> strings(ResultSet rs, int column) throws SQLException {
    List<String> list = new ArrayList<>();
    for (Object value : (Object[]) rs.getArray(column).getArray()) {
      list.add((String) value);
    }
    return list;
  }

  private static OptionalDouble optionalDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
