package org.devpay.store;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.devpay.core.data.EditionColumns;
import org.devpay.core.data.EditionKey;
import org.devpay.core.model.AttributeEncoding;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;

/**
 * Reads one edition's {@link EditionColumns} straight from {@code pay_record}, without a {@link
 * org.devpay.core.model.PayRecord} per row: the columns an analysis reads and nothing else, so a
 * million-row edition costs arrays rather than a million objects of 600 bytes.
 *
 * <p>DuckDB codes every text and list column against its distinct values (numbered in their sorted
 * order), so the rows it sorts and hands over are narrow numbers only, and the driver makes no
 * string per cell: the distinct values of every coded column are read first, by one query over the
 * same rows in the same sorted order. The rows are sorted by the record read's own ORDER BY ({@link
 * DevpayStore#records(String, String)}: location, row number, content hash), so they come in
 * exactly the records' order.
 *
 * <p>Values are decoded as {@link RecordsRead} decodes them: enums with the same parse functions
 * and the same error for an unknown value (once per distinct stored text), the profession as {@link
 * AttributeEncoding#takeProfession} takes it from the attributes, a range present exactly when its
 * label is. The checks a record's constructor makes of values that ingest already checked (a
 * positive pay, an ISO code) are not repeated here.
 */
final class EditionColumnsRead {
  /** A column DuckDB codes against its distinct values, by its name in {@link #rows}. */
  private enum Coded {
    ROLE("role"),
    SENIORITY("seniority"),
    EMPLOYMENT("employment"),
    PROFESSION("profession"),
    COUNTRY("country"),
    METRO("metro"),
    INDUSTRIES("industries"),
    SKILLS("skills"),
    CURRENCY("currency"),
    PERIOD("pay_period"),
    BASIS("tax_basis"),
    SCOPE("pay_scope");

    final String column;

    Coded(String column) {
      this.column = column;
    }

    boolean isList() {
      return this == INDUSTRIES || this == SKILLS;
    }
  }

  /**
   * The rows of {@code editions} editions, with what the columns need, the record read's sort key,
   * and k, the position of the row's edition among those asked (its parameters: the dataset and
   * edition of each, for k, then again for the filter).
   */
  private static String rows(int editions) {
    String each = "(p.dataset_id = ? AND p.edition = ?)";
    StringBuilder k = new StringBuilder("CASE");
    for (int i = 0; i < editions; i++) {
      k.append(" WHEN ").append(each).append(" THEN ").append(i);
    }
    k.append(" END");
    return "WITH "
        + Sql.FILES
        + ","
        + " e AS NOT MATERIALIZED (SELECT "
        + k
        + " AS k, f.location, p.row_number, f.copy,"
        + " p.survey_year, p.role, p.seniority, p.years_experience, p.employment,"
        + " p.attributes['"
        + AttributeEncoding.PROFESSION_KEY.replace("'", "''")
        + "'] AS profession,"
        + " p.country, p.metro, p.industries, p.skills, p.currency,"
        + " p.pay_period, p.tax_basis, p.pay_scope,"
        + " p.range_label IS NOT NULL AS has_range, p.range_lower, p.range_upper,"
        + " p.annual_local, p.annual_usd, p.weight"
        + " FROM pay_record p JOIN files f USING (content_sha256)"
        + " WHERE "
        + String.join(" OR ", java.util.Collections.nCopies(editions, each))
        + ")";
  }

  /**
   * The rows of the editions asked, edition after edition (by k), each edition's in record order,
   * every coded column as its code (NULL for SQL NULL): the code of a value is its position (from
   * 0) among the column's distinct values over all those rows in sorted order, which is the order
   * {@link #dictionaries} lists them in.
   */
  private static String codedRows(int editions) {
    return rows(editions)
        + Arrays.stream(Coded.values())
            .map(c -> ", " + Sql.codes(c.column))
            .collect(Collectors.joining())
        + " SELECT e.k, e.survey_year, "
        + Arrays.stream(Coded.values())
            .map(c -> c.column + "_code")
            .collect(Collectors.joining(", "))
        + ", e.years_experience, e.has_range, e.range_lower, e.range_upper,"
        + " e.annual_local, e.annual_usd, e.weight FROM e"
        + Arrays.stream(Coded.values())
            .map(c -> " LEFT JOIN d_" + c.column + " USING (" + c.column + ")")
            .collect(Collectors.joining())
        // Per edition, the record read's ORDER BY (path, entry, row number, content hash), with
        // the file's strings replaced by their ranks so the sort key is narrow.
        + " ORDER BY e.k, e.location, e.row_number, e.copy";
  }

  /**
   * The number of rows of each edition asked (a list, by k), then each coded column's distinct
   * non-NULL values in sorted order: code {@code i} of {@link #codedRows} stands for the i-th. One
   * query, one row.
   */
  private static String dictionaries(int editions) {
    StringBuilder counts = new StringBuilder("[");
    for (int i = 0; i < editions; i++) {
      counts.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE k = ").append(i).append(')');
    }
    return rows(editions)
        + " SELECT "
        + counts
        + "]"
        + Arrays.stream(Coded.values())
            .map(
                c ->
                    String.format(
                        ", list(DISTINCT %1$s ORDER BY %1$s) FILTER (WHERE %1$s IS NOT NULL)",
                        c.column))
            .collect(Collectors.joining())
        + " FROM e";
  }

  private EditionColumnsRead() {}

  /** The columns of one edition (empty for an unknown edition). */
  static EditionColumns read(Connection connection, Path file, EditionKey key) {
    return read(connection, file, List.of(key)).get(0);
  }

  /**
   * The columns of several editions, in the order asked (each empty for an unknown edition), read
   * by two queries whatever their number: a store's editions are answered one after the other, and
   * two queries per edition cost some 40 ms each for the planning and the scans, more than most
   * editions' rows.
   */
  static List<EditionColumns> read(Connection connection, Path file, List<EditionKey> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    List<EditionKey> distinct = keys.stream().distinct().toList();
    if (distinct.size() < keys.size()) {
      // An edition asked twice is read once (a row belongs to the first edition it matches).
      Map<EditionKey, EditionColumns> byKey = new java.util.HashMap<>();
      List<EditionColumns> read = read(connection, file, distinct);
      for (int i = 0; i < distinct.size(); i++) {
        byKey.put(distinct.get(i), read.get(i));
      }
      return keys.stream().map(byKey::get).toList();
    }
    List<String> parameters = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      for (EditionKey key : keys) {
        parameters.add(key.datasetId());
        parameters.add(key.edition());
      }
    }
    Map<Coded, Object[]> dictionaries = new EnumMap<>(Coded.class);
    long[] rows =
        Sql.query(
            connection,
            file,
            dictionaries(keys.size()),
            parameters,
            rs -> {
              rs.next();
              int c = 1;
              for (Coded coded : Coded.values()) {
                dictionaries.put(coded, distinctValues(rs.getArray(++c), coded.isList()));
              }
              Object[] counts = (Object[]) rs.getArray(1).getArray();
              long[] out = new long[counts.length];
              for (int i = 0; i < counts.length; i++) {
                out[i] = ((Number) counts[i]).longValue();
              }
              return out;
            });
    for (int i = 0; i < keys.size(); i++) {
      if (rows[i] > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException(
            keys.get(i) + " has " + rows[i] + " records, more than one edition holds");
      }
    }
    Decoded decoded = new Decoded(dictionaries);
    return Sql.query(
        connection, file, codedRows(keys.size()), parameters, rs -> decoded.read(rs, keys, rows));
  }

  /** A dictionary as read: strings, or lists of strings; none for an edition without rows. */
  private static Object[] distinctValues(Array array, boolean lists) throws SQLException {
    if (array == null) {
      return new Object[0];
    }
    Object[] values = (Object[]) array.getArray();
    if (!lists) {
      return values;
    }
    Object[] listValues = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      Object[] elements = (Object[]) ((Array) values[i]).getArray();
      listValues[i] = Arrays.asList(Arrays.copyOf(elements, elements.length, String[].class));
    }
    return listValues;
  }

  /** The dictionaries decoded: enum values by code, strings and lists by code. */
  private static final class Decoded {
    private final EnumColumn<RoleFamily> roles;
    private final EnumColumn<Seniority> seniorities;
    private final EnumColumn<Employment> employments;
    private final EnumColumn<Profession> professions;
    private final EnumColumn<PayPeriod> periods;
    private final EnumColumn<TaxBasis> bases;
    private final EnumColumn<PayScope> scopes;
    private final EditionColumns.TextCodes texts;

    @SuppressWarnings("unchecked")
    Decoded(Map<Coded, Object[]> dictionaries) {
      roles = EnumColumn.roles(dictionaries.get(Coded.ROLE));
      seniorities = EnumColumn.seniorities(dictionaries.get(Coded.SENIORITY));
      employments =
          EnumColumn.named(dictionaries.get(Coded.EMPLOYMENT), Employment.class, Employment[]::new);
      professions =
          new EnumColumn<>(
              dictionaries.get(Coded.PROFESSION),
              Profession[]::new,
              EditionColumnsRead::profession);
      periods = EnumColumn.named(dictionaries.get(Coded.PERIOD), PayPeriod.class, PayPeriod[]::new);
      bases = EnumColumn.named(dictionaries.get(Coded.BASIS), TaxBasis.class, TaxBasis[]::new);
      scopes = EnumColumn.named(dictionaries.get(Coded.SCOPE), PayScope.class, PayScope[]::new);
      // The rows' text columns are handed to the builder as these codes: each distinct text is
      // checked and coded there once, not hashed again for every row.
      texts =
          new EditionColumns.TextCodes(
              Arrays.asList(strings(dictionaries.get(Coded.COUNTRY))),
              Arrays.asList(strings(dictionaries.get(Coded.METRO))),
              Arrays.asList(strings(dictionaries.get(Coded.CURRENCY))),
              (List<List<String>>)
                  (List<?>) Arrays.asList(lists(dictionaries.get(Coded.INDUSTRIES))),
              (List<List<String>>) (List<?>) Arrays.asList(lists(dictionaries.get(Coded.SKILLS))));
    }

    /**
     * The columns of each edition asked, from a result of {@link #codedRows}: its rows come edition
     * after edition (by k), each edition's in record order.
     */
    List<EditionColumns> read(ResultSet rs, List<EditionKey> keys, long[] rows)
        throws SQLException {
      List<EditionColumns> out = new ArrayList<>(keys.size());
      EditionColumns.Builder builder = null;
      int current = -1;
      while (rs.next()) {
        int k = rs.getInt(1);
        if (k != current) {
          if (builder != null) {
            out.add(builder.build());
          }
          addEmpty(out, keys, k);
          builder = EditionColumns.builder(keys.get(k), (int) rows[k], texts);
          current = k;
        }
        int c = 1;
        int year = rs.getInt(++c);
        RoleFamily role = roles.value(code(rs, ++c));
        Seniority seniority = seniorities.value(code(rs, ++c));
        Employment employment = employments.value(code(rs, ++c));
        Profession profession = professions.value(code(rs, ++c));
        int country = code(rs, ++c);
        int metro = code(rs, ++c);
        int industryList = code(rs, ++c);
        int skillList = code(rs, ++c);
        int currency = code(rs, ++c);
        PayPeriod period = periods.value(code(rs, ++c));
        TaxBasis basis = bases.value(code(rs, ++c));
        PayScope scope = scopes.value(code(rs, ++c));
        double yearsExperience = nullableDouble(rs, ++c);
        // As the record read: a range exists exactly when its label does; its lower bound is read
        // as stored, its upper bound is absent (NaN) when NULL.
        boolean hasRange = rs.getBoolean(++c);
        double rangeLower = hasRange ? rs.getDouble(c + 1) : Double.NaN;
        double rangeUpper = hasRange ? nullableDouble(rs, c + 2) : Double.NaN;
        c += 2;
        builder.addCoded(
            year,
            role,
            seniority,
            yearsExperience,
            employment,
            profession,
            country,
            metro,
            industryList,
            skillList,
            currency,
            period,
            basis,
            scope,
            rangeLower,
            rangeUpper,
            rs.getDouble(++c),
            rs.getDouble(++c),
            rs.getDouble(++c));
      }
      if (builder != null) {
        out.add(builder.build());
      }
      addEmpty(out, keys, keys.size());
      return out;
    }

    /** Empty columns for the editions asked before position {@code upTo} that hold no rows. */
    private static void addEmpty(List<EditionColumns> out, List<EditionKey> keys, int upTo) {
      while (out.size() < upTo) {
        out.add(EditionColumns.builder(keys.get(out.size()), 0).build());
      }
    }
  }

  /**
   * The profession stored under its attribute key, decoded as {@link
   * AttributeEncoding#takeProfession} decodes it: absent, or any text but "yes" and "no", is not
   * recorded.
   */
  private static Profession profession(String stored) {
    return Profession.parse(stored == null ? "" : stored)
        .filter(p -> p != Profession.NOT_RECORDED)
        .orElse(Profession.NOT_RECORDED);
  }

  /** The code in a column of {@link #codedRows}: -1 for SQL NULL. */
  static int code(ResultSet rs, int column) throws SQLException {
    int code = rs.getInt(column);
    return rs.wasNull() ? -1 : code;
  }

  private static String[] strings(Object[] dictionary) {
    return Arrays.copyOf(dictionary, dictionary.length, String[].class);
  }

  private static List<?>[] lists(Object[] dictionary) {
    return Arrays.copyOf(dictionary, dictionary.length, List[].class);
  }

  private static double nullableDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : value;
  }
}
