package org.devpay.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * <p>The rows come in exactly the order of {@link DevpayStore#records(String, String)} (by source
 * location, row number, then content hash). DuckDB is not asked to sort the wide rows: the query
 * reads them unsorted with a narrow sort key (the rank of the file's location, its row number and
 * the rank of its content hash within the location, the ranks computed by DuckDB over the few rows
 * of {@code source_file} with the same ORDER BY as the record read), and the rows are staged as
 * primitive arrays and added to the builder in key order.
 *
 * <p>Values are decoded as {@link PayRecordTable#read} decodes them, enums with the same parse
 * functions and the same error for an unknown value, but once per distinct stored text. The checks
 * a record's constructor makes of values that ingest already checked (a positive pay, an ISO code)
 * are not repeated here.
 */
final class EditionColumnsRead {
  /** Parameters: dataset id, edition. Unsorted: {@link #read} orders the rows. */
  static final String QUERY =
      "WITH files AS (SELECT content_sha256,"
          + " dense_rank() OVER (ORDER BY path, entry_name) AS location,"
          + " row_number() OVER (ORDER BY path, entry_name, content_sha256) AS copy"
          + " FROM source_file)"
          + " SELECT f.location, p.row_number, f.copy,"
          + " p.survey_year, p.role, p.seniority, p.years_experience, p.employment,"
          + " p.attributes['"
          + AttributeEncoding.PROFESSION_KEY.replace("'", "''")
          + "'],"
          + " p.country, p.metro, p.industries, p.skills, p.currency,"
          + " p.pay_period, p.tax_basis, p.pay_scope,"
          + " p.range_label IS NOT NULL, p.range_lower, p.range_upper,"
          + " p.annual_local, p.annual_usd, p.weight"
          + " FROM pay_record p JOIN files f USING (content_sha256)"
          + " WHERE p.dataset_id = ? AND p.edition = ?";

  /** Parameters: dataset id, edition. */
  static final String COUNT =
      "SELECT count(*) FROM pay_record WHERE dataset_id = ? AND edition = ?";

  private static final RoleFamily[] ROLES = RoleFamily.values();
  private static final Seniority[] SENIORITIES = Seniority.values();
  private static final Employment[] EMPLOYMENTS = Employment.values();
  private static final Profession[] PROFESSIONS = Profession.values();
  private static final PayPeriod[] PERIODS = PayPeriod.values();
  private static final TaxBasis[] BASES = TaxBasis.values();
  private static final PayScope[] SCOPES = PayScope.values();

  private EditionColumnsRead() {}

  /**
   * The columns of the rows of {@link #QUERY}'s result, in record order.
   *
   * @param expectedRows how many rows the edition has (the staging grows past it if need be)
   */
  static EditionColumns read(ResultSet rs, EditionKey key, int expectedRows) throws SQLException {
    Staged staged = new Staged(Math.max(16, expectedRows));
    while (rs.next()) {
      staged.add(rs);
    }
    return staged.build(key);
  }

  /** The rows as read, unsorted: primitives, enum ordinals, and strings and lists coded. */
  private static final class Staged {
    private final Decoder<RoleFamily> roles =
        new Decoder<>(s -> PayRecordTable.parse(RoleFamily.parse(s), "role", s));
    private final Decoder<Seniority> seniorities =
        new Decoder<>(s -> PayRecordTable.parse(Seniority.parse(s), "seniority", s));
    private final Decoder<Employment> employments = new Decoder<>(Employment::valueOf);
    private final Decoder<Profession> professions = new Decoder<>(EditionColumnsRead::profession);
    private final Decoder<PayPeriod> periods = new Decoder<>(PayPeriod::valueOf);
    private final Decoder<TaxBasis> bases = new Decoder<>(TaxBasis::valueOf);
    private final Decoder<PayScope> scopes = new Decoder<>(PayScope::valueOf);
    private final Dictionary<String> strings = new Dictionary<>();
    private final Dictionary<List<String>> lists = new Dictionary<>();

    private int size;
    private int[] location;
    private long[] rowNumber;
    private int[] copy;
    private int[] year;
    private byte[] role;
    private byte[] seniority;
    private double[] yearsExperience;
    private byte[] employment;
    private byte[] profession;
    private int[] country;
    private int[] metro;
    private int[] industries;
    private int[] skills;
    private int[] currency;
    private byte[] period;
    private byte[] basis;
    private byte[] scope;
    private double[] rangeLower;
    private double[] rangeUpper;
    private double[] annualLocal;
    private double[] annualUsd;
    private double[] weight;

    Staged(int capacity) {
      location = new int[capacity];
      rowNumber = new long[capacity];
      copy = new int[capacity];
      year = new int[capacity];
      role = new byte[capacity];
      seniority = new byte[capacity];
      yearsExperience = new double[capacity];
      employment = new byte[capacity];
      profession = new byte[capacity];
      country = new int[capacity];
      metro = new int[capacity];
      industries = new int[capacity];
      skills = new int[capacity];
      currency = new int[capacity];
      period = new byte[capacity];
      basis = new byte[capacity];
      scope = new byte[capacity];
      rangeLower = new double[capacity];
      rangeUpper = new double[capacity];
      annualLocal = new double[capacity];
      annualUsd = new double[capacity];
      weight = new double[capacity];
    }

    /** Stages the current row of a result of {@link #QUERY}. */
    void add(ResultSet rs) throws SQLException {
      if (size == year.length) {
        grow();
      }
      int i = size;
      int c = 0;
      location[i] = rs.getInt(++c);
      rowNumber[i] = rs.getLong(++c);
      copy[i] = rs.getInt(++c);
      year[i] = rs.getInt(++c);
      role[i] = (byte) roles.decode(rs.getString(++c)).ordinal();
      seniority[i] = (byte) seniorities.decode(rs.getString(++c)).ordinal();
      yearsExperience[i] = nullableDouble(rs, ++c);
      employment[i] = (byte) employments.decode(rs.getString(++c)).ordinal();
      profession[i] = (byte) professions.decode(rs.getString(++c)).ordinal();
      country[i] = strings.code(rs.getString(++c));
      metro[i] = strings.code(rs.getString(++c));
      industries[i] = lists.code(list(rs, ++c));
      skills[i] = lists.code(list(rs, ++c));
      currency[i] = strings.code(rs.getString(++c));
      period[i] = (byte) periods.decode(rs.getString(++c)).ordinal();
      basis[i] = (byte) bases.decode(rs.getString(++c)).ordinal();
      scope[i] = (byte) scopes.decode(rs.getString(++c)).ordinal();
      // As the record read: a range exists exactly when its label does; its lower bound is read
      // as stored, its upper bound is absent (NaN) when NULL.
      if (rs.getBoolean(++c)) {
        rangeLower[i] = rs.getDouble(++c);
        rangeUpper[i] = nullableDouble(rs, ++c);
      } else {
        c += 2;
        rangeLower[i] = Double.NaN;
        rangeUpper[i] = Double.NaN;
      }
      annualLocal[i] = rs.getDouble(++c);
      annualUsd[i] = rs.getDouble(++c);
      weight[i] = rs.getDouble(++c);
      size++;
    }

    EditionColumns build(EditionKey key) {
      EditionColumns.Builder builder = EditionColumns.builder(key, size);
      for (int i : order()) {
        builder.add(
            year[i],
            ROLES[role[i]],
            SENIORITIES[seniority[i]],
            yearsExperience[i],
            EMPLOYMENTS[employment[i]],
            PROFESSIONS[profession[i]],
            strings.value(country[i]),
            strings.value(metro[i]),
            lists.value(industries[i]),
            lists.value(skills[i]),
            strings.value(currency[i]),
            PERIODS[period[i]],
            BASES[basis[i]],
            SCOPES[scope[i]],
            rangeLower[i],
            rangeUpper[i],
            annualLocal[i],
            annualUsd[i],
            weight[i]);
      }
      return builder.build();
    }

    /**
     * The staged rows' indexes in record order: by location, row number, then content hash. DuckDB
     * mostly returns them in that order already, which is checked in one pass before sorting.
     */
    private int[] order() {
      int[] order = new int[size];
      boolean sorted = true;
      for (int i = 0; i < size; i++) {
        order[i] = i;
        if (i > 0 && compare(i - 1, i) > 0) {
          sorted = false;
        }
      }
      if (sorted) {
        return order;
      }
      Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
      Arrays.sort(boxed, this::compare);
      return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private int compare(int a, int b) {
      int byLocation = Integer.compare(location[a], location[b]);
      if (byLocation != 0) {
        return byLocation;
      }
      int byRow = Long.compare(rowNumber[a], rowNumber[b]);
      return byRow != 0 ? byRow : Integer.compare(copy[a], copy[b]);
    }

    private void grow() {
      int capacity = year.length * 2;
      location = Arrays.copyOf(location, capacity);
      rowNumber = Arrays.copyOf(rowNumber, capacity);
      copy = Arrays.copyOf(copy, capacity);
      year = Arrays.copyOf(year, capacity);
      role = Arrays.copyOf(role, capacity);
      seniority = Arrays.copyOf(seniority, capacity);
      yearsExperience = Arrays.copyOf(yearsExperience, capacity);
      employment = Arrays.copyOf(employment, capacity);
      profession = Arrays.copyOf(profession, capacity);
      country = Arrays.copyOf(country, capacity);
      metro = Arrays.copyOf(metro, capacity);
      industries = Arrays.copyOf(industries, capacity);
      skills = Arrays.copyOf(skills, capacity);
      currency = Arrays.copyOf(currency, capacity);
      period = Arrays.copyOf(period, capacity);
      basis = Arrays.copyOf(basis, capacity);
      scope = Arrays.copyOf(scope, capacity);
      rangeLower = Arrays.copyOf(rangeLower, capacity);
      rangeUpper = Arrays.copyOf(rangeUpper, capacity);
      annualLocal = Arrays.copyOf(annualLocal, capacity);
      annualUsd = Arrays.copyOf(annualUsd, capacity);
      weight = Arrays.copyOf(weight, capacity);
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

  private static double nullableDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : value;
  }

  private static List<String> list(ResultSet rs, int column) throws SQLException {
    Object[] values = (Object[]) rs.getArray(column).getArray();
    List<String> list = new ArrayList<>(values.length);
    for (Object value : values) {
      list.add((String) value);
    }
    return list;
  }

  /** An enum's value per stored text, parsed once per distinct text; a parse failure is thrown. */
  private static final class Decoder<T> {
    private final Map<String, T> known = new HashMap<>();
    private final Function<String, T> parse;

    Decoder(Function<String, T> parse) {
      this.parse = parse;
    }

    T decode(String stored) {
      T value = known.get(stored);
      if (value == null) {
        value = parse.apply(stored);
        known.put(stored, value);
      }
      return value;
    }
  }

  /** Numbers distinct values in the order first seen; null is -1. */
  private static final class Dictionary<T> {
    private final Map<T, Integer> codes = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int code(T value) {
      if (value == null) {
        return -1;
      }
      Integer known = codes.get(value);
      if (known != null) {
        return known;
      }
      int code = values.size();
      codes.put(value, code);
      values.add(value);
      return code;
    }

    T value(int code) {
      return code < 0 ? null : values.get(code);
    }
  }
}
