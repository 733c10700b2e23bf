package org.devpay.store;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
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
 * Reads the {@link PayRecord}s of a dataset, or of one edition, from {@code pay_record}: what
 * {@link DevpayStore#records(String)} returns.
 *
 * <p>The driver makes a Java string for every text cell and list element it hands over, which cost
 * most of a read's time when the rows came as text (a million records took 15 s). So DuckDB codes
 * them, as for {@link EditionColumnsRead}: each text column, and the attributes' values one by one,
 * against its distinct values, through a temporary ENUM type made from the rows read (DuckDB codes
 * a column through its ENUM type in one lookup per value, where a join per column, as in
 * EditionColumnsRead, took 1.6 times as long at a million rows; one type for all the columns took
 * longer still, as DuckDB copies a type with every expression casting to it); each list column, and
 * the attributes' keys, as whole lists against their distinct lists in sorted order. One query
 * returns the dictionaries (the ENUM types' values and the distinct lists); a second the rows, as
 * numbers but for the respondent key (unique per row), sorted by DuckDB, which sorts narrow rows
 * cheaply. Java decodes each distinct value once: a string, list or parsed enum value is made once
 * and shared by the records that hold it.
 *
 * <p>Values are decoded as the record read always decoded them: enums by the same parse functions,
 * with the same error for a stored text this devpay does not know (raised when the dictionaries are
 * decoded, before any record is made); SQL NULL as an empty optional; a range present exactly when
 * its label is; the attributes rebuilt in stored key order, the profession and selected role labels
 * taken out of them by {@link AttributeEncoding}.
 */
final class RecordsRead {
  /**
   * A text column DuckDB codes against its distinct values through a temporary ENUM type, by the
   * expression that gives its values in {@code pay_record p}.
   */
  private enum Text {
    EDITION("p.edition"),
    ROLE("p.role"),
    ROLE_LABEL("p.role_label"),
    SENIORITY("p.seniority"),
    EMPLOYMENT("p.employment"),
    COUNTRY("p.country"),
    CITY("p.city"),
    METRO("p.metro"),
    CURRENCY("p.currency"),
    PERIOD("p.pay_period"),
    BASIS("p.tax_basis"),
    SCOPE("p.pay_scope"),
    RANGE_LABEL("p.range_label"),
    /** Every value of the attributes, coded element by element. */
    ATTRIBUTE_VALUE("unnest(map_values(p.attributes))");

    final String values;

    Text(String values) {
      this.values = values;
    }

    /**
     * The temporary type's name: temporary objects belong to the connection, which the store's
     * methods use one at a time.
     */
    String type() {
      return "devpay_read_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The code of the value of {@code text}, an INTEGER, NULL for NULL. */
    String code(String text) {
      return "CAST(enum_code(" + text + "::" + type() + ") AS INTEGER)";
    }
  }

  /** A list column DuckDB codes whole against its distinct lists, by its name in {@link #rows}. */
  private enum Listed {
    INDUSTRIES("industries"),
    SKILLS("skills"),
    ATTRIBUTE_KEYS("attribute_keys");

    final String column;

    Listed(String column) {
      this.column = column;
    }
  }

  private RecordsRead() {}

  /** Every record of a dataset, in the store's record order (see {@link #ORDER}). */
  static List<PayRecord> read(Connection connection, Path file, String datasetId) {
    return read(connection, file, datasetId, "p.dataset_id = ?", List.of(datasetId));
  }

  /** Every record of one edition of a dataset, in the store's record order. */
  static List<PayRecord> read(Connection connection, Path file, String datasetId, String edition) {
    return read(
        connection,
        file,
        datasetId,
        "p.dataset_id = ? AND p.edition = ?",
        List.of(datasetId, edition));
  }

  /**
   * The records of a dataset meeting {@code condition} over {@code pay_record p}, its parameters
   * the strings given. The records' dataset id is the one asked, which the condition requires of
   * every row: DuckDB compares text byte by byte.
   */
  private static List<PayRecord> read(
      Connection connection,
      Path file,
      String datasetId,
      String condition,
      List<String> parameters) {
    List<PayRecord> records;
    try {
      for (Text text : Text.values()) {
        Sql.execute(connection, file, createType(text, condition), parameters);
      }
      Decoded decoded =
          Sql.query(connection, file, dictionaries(condition), parameters, rs -> new Decoded(rs));
      records =
          Sql.query(
              connection, file, rows(condition), parameters, rs -> decoded.records(rs, datasetId));
    } catch (RuntimeException e) {
      try {
        Sql.execute(connection, file, dropTypes(), List.of());
      } catch (RuntimeException dropFailure) {
        e.addSuppressed(dropFailure);
      }
      throw e;
    }
    Sql.execute(connection, file, dropTypes(), List.of());
    return records;
  }

  /** Makes a text column's ENUM type, of its distinct non-NULL values in the rows read. */
  private static String createType(Text text, String condition) {
    return "CREATE OR REPLACE TEMP TYPE "
        + text.type()
        + " AS ENUM (SELECT DISTINCT v FROM (SELECT "
        + text.values
        + " AS v FROM pay_record p WHERE "
        + condition
        + ") WHERE v IS NOT NULL)";
  }

  private static String dropTypes() {
    return Arrays.stream(Text.values())
        .map(text -> "DROP TYPE IF EXISTS " + text.type())
        .collect(Collectors.joining("; "));
  }

  /**
   * The rows read, with what the records need and the record order's key, as stored: the ENUM casts
   * come after, in the one SELECT that needs them, as DuckDB's optimizer copies a cast's type (all
   * its values) with every copy of the expression it makes.
   */
  private static String rowsRead(String condition) {
    return "WITH "
        + Sql.FILES
        + ","
        + " e AS NOT MATERIALIZED (SELECT f.location, p.row_number, f.copy, p.edition,"
        + " p.survey_year, p.respondent_key, p.role, p.role_label, p.seniority,"
        + " p.years_experience, p.employment, p.country, p.city, p.metro, p.industries, p.skills,"
        + " p.published_amount, p.currency, p.pay_period, p.tax_basis, p.pay_scope,"
        + " p.range_lower, p.range_upper, p.range_label, p.annual_local, p.annual_usd,"
        + " p.usd_per_unit, p.base_annual_usd, p.weight,"
        + " map_keys(p.attributes) AS attribute_keys, map_values(p.attributes) AS attribute_values"
        + " FROM pay_record p JOIN files f USING (content_sha256) WHERE "
        + condition
        + ")";
  }

  /**
   * The records' rows in record order: the text columns as their ENUM codes (positions in the
   * type's values, as {@link #dictionaries} lists them), each list column as the position of its
   * list among the column's distinct lists in sorted order; NULL stays NULL. DuckDB sorts them by
   * the edition and the narrow key, the file's location and copy as ranks.
   */
  private static String rows(String condition) {
    return rowsRead(condition)
        + Arrays.stream(Listed.values())
            .map(l -> ", " + Sql.codes(l.column))
            .collect(Collectors.joining())
        + " SELECT "
        + Text.EDITION.code("e.edition")
        + ", e.survey_year, e.respondent_key, "
        + Text.ROLE.code("e.role")
        + ", "
        + Text.ROLE_LABEL.code("e.role_label")
        + ", "
        + Text.SENIORITY.code("e.seniority")
        + ", e.years_experience, "
        + Text.EMPLOYMENT.code("e.employment")
        + ", "
        + Text.COUNTRY.code("e.country")
        + ", "
        + Text.CITY.code("e.city")
        + ", "
        + Text.METRO.code("e.metro")
        + ", industries_code, skills_code, e.published_amount, "
        + Text.CURRENCY.code("e.currency")
        + ", "
        + Text.PERIOD.code("e.pay_period")
        + ", "
        + Text.BASIS.code("e.tax_basis")
        + ", "
        + Text.SCOPE.code("e.pay_scope")
        + ", e.range_lower, e.range_upper, "
        + Text.RANGE_LABEL.code("e.range_label")
        + ", e.annual_local, e.annual_usd, e.usd_per_unit, e.base_annual_usd, e.weight,"
        + " attribute_keys_code, list_transform(e.attribute_values, lambda v: "
        + Text.ATTRIBUTE_VALUE.code("v")
        + ") FROM e"
        + Arrays.stream(Listed.values())
            .map(l -> " LEFT JOIN d_" + l.column + " USING (" + l.column + ")")
            .collect(Collectors.joining())
        + ORDER;
  }

  /**
   * The store's record order: ORDER BY edition, path, entry, row number, content hash. The content
   * hash comes last because a file changed and ingested again at the same location has rows with
   * the same row number under two hashes, and the order must not depend on how a sort breaks the
   * tie. EditionColumnsRead orders alike.
   */
  private static final String ORDER = " ORDER BY e.edition, e.location, e.row_number, e.copy";

  /**
   * The number of rows, then each text column's ENUM values (code {@code i} of {@link #rows} stands
   * for the i-th) and each list column's distinct non-NULL lists in sorted order. One row.
   */
  private static String dictionaries(String condition) {
    return rowsRead(condition)
        + " SELECT count(*), "
        + Arrays.stream(Text.values())
            .map(text -> "enum_range(NULL::" + text.type() + ")")
            .collect(Collectors.joining(", "))
        + Arrays.stream(Listed.values())
            .map(
                l ->
                    String.format(
                        ", list(DISTINCT %1$s ORDER BY %1$s) FILTER (WHERE %1$s IS NOT NULL)",
                        l.column))
            .collect(Collectors.joining())
        + " FROM e";
  }

  /** The dictionaries decoded: each distinct value made once, enums parsed once. */
  private static final class Decoded {
    private final int rows;
    private final String[] editions;
    private final EnumColumn<RoleFamily> roles;
    private final String[] roleLabels;
    private final EnumColumn<Seniority> seniorities;
    private final EnumColumn<Employment> employments;
    private final OptionalText countries;
    private final OptionalText cities;
    private final OptionalText metros;
    private final String[] currencies;
    private final EnumColumn<PayPeriod> periods;
    private final EnumColumn<TaxBasis> bases;
    private final EnumColumn<PayScope> scopes;
    private final String[] rangeLabels;
    private final String[] attributeValues;
    private final List<String>[] industries;
    private final List<String>[] skills;
    private final List<String>[] attributeKeys;

    /**
     * The attributes of each distinct stored map read so far: decoding a map and sorting it into a
     * record cost more than the rest of a record, and a survey's maps often repeat.
     */
    private final Map<StoredAttributes, Attributes> attributes = new HashMap<>();

    Decoded(ResultSet rs) throws SQLException {
      rs.next();
      long count = rs.getLong(1);
      if (count > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("more records than a list holds: " + count);
      }
      rows = (int) count;
      Interner interner = new Interner();
      Map<Text, String[]> texts = new EnumMap<>(Text.class);
      int c = 1;
      for (Text text : Text.values()) {
        texts.put(text, strings(rs.getArray(++c), interner));
      }
      editions = texts.get(Text.EDITION);
      roles = EnumColumn.roles(texts.get(Text.ROLE));
      roleLabels = texts.get(Text.ROLE_LABEL);
      seniorities = EnumColumn.seniorities(texts.get(Text.SENIORITY));
      employments =
          EnumColumn.named(texts.get(Text.EMPLOYMENT), Employment.class, Employment[]::new);
      countries = new OptionalText(texts.get(Text.COUNTRY));
      cities = new OptionalText(texts.get(Text.CITY));
      metros = new OptionalText(texts.get(Text.METRO));
      currencies = texts.get(Text.CURRENCY);
      periods = EnumColumn.named(texts.get(Text.PERIOD), PayPeriod.class, PayPeriod[]::new);
      bases = EnumColumn.named(texts.get(Text.BASIS), TaxBasis.class, TaxBasis[]::new);
      scopes = EnumColumn.named(texts.get(Text.SCOPE), PayScope.class, PayScope[]::new);
      rangeLabels = texts.get(Text.RANGE_LABEL);
      attributeValues = texts.get(Text.ATTRIBUTE_VALUE);
      industries = lists(rs.getArray(++c), interner);
      skills = lists(rs.getArray(++c), interner);
      attributeKeys = lists(rs.getArray(++c), interner);
    }

    /** The records of a result of {@link #rows}, in its order. */
    List<PayRecord> records(ResultSet rs, String datasetId) throws SQLException {
      List<PayRecord> records = new ArrayList<>(rows);
      while (rs.next()) {
        records.add(record(rs, datasetId));
      }
      return records;
    }

    private PayRecord record(ResultSet rs, String datasetId) throws SQLException {
      int c = 0;
      String edition = value(editions, code(rs, ++c));
      int year = rs.getInt(++c);
      String respondentKey = rs.getString(++c);
      RoleFamily role = roles.value(code(rs, ++c));
      String roleLabel = value(roleLabels, code(rs, ++c));
      Seniority seniority = seniorities.value(code(rs, ++c));
      OptionalDouble yearsExperience = optionalDouble(rs, ++c);
      Employment employment = employments.value(code(rs, ++c));
      Optional<String> country = countries.value(code(rs, ++c));
      Optional<String> city = cities.value(code(rs, ++c));
      Optional<String> metro = metros.value(code(rs, ++c));
      List<String> industryList = value(industries, code(rs, ++c));
      List<String> skillList = value(skills, code(rs, ++c));
      double amount = rs.getDouble(++c);
      String currency = value(currencies, code(rs, ++c));
      PayPeriod period = periods.value(code(rs, ++c));
      TaxBasis basis = bases.value(code(rs, ++c));
      PayScope scope = scopes.value(code(rs, ++c));
      double rangeLower = rs.getDouble(++c);
      OptionalDouble rangeUpper = optionalDouble(rs, ++c);
      String rangeLabel = value(rangeLabels, code(rs, ++c));
      Optional<PayRange> range =
          rangeLabel == null
              ? Optional.empty()
              : Optional.of(new PayRange(rangeLower, rangeUpper, rangeLabel));
      double annualLocal = rs.getDouble(++c);
      double annualUsd = rs.getDouble(++c);
      double usdPerUnit = rs.getDouble(++c);
      OptionalDouble baseAnnualUsd = optionalDouble(rs, ++c);
      double weight = rs.getDouble(++c);
      StoredAttributes stored =
          new StoredAttributes(code(rs, ++c), (Object[]) rs.getArray(++c).getArray());
      Attributes known = attributes.get(stored);
      Attributes decoded = known != null ? known : decode(stored);
      PayRecord record =
          new PayRecord(
              datasetId,
              edition,
              year,
              respondentKey,
              role,
              roleLabel,
              decoded.selectedRoleLabels(),
              seniority,
              yearsExperience,
              employment,
              decoded.profession(),
              new Location(country, city, metro),
              industryList,
              skillList,
              new PublishedPay(amount, currency, period, basis, scope, range),
              annualLocal,
              annualUsd,
              usdPerUnit,
              baseAnnualUsd,
              weight,
              decoded.rest());
      if (known == null) {
        // The record's own copy of the attributes (immutable) is shared by the next records
        // holding the same stored map.
        attributes.put(
            stored,
            new Attributes(record.attributes(), decoded.profession(), record.selectedRoleLabels()));
      }
      return record;
    }

    /**
     * A stored map's attributes as the record read has always rebuilt them: keys and values in
     * stored key order, then the profession and the selected role labels taken out by {@link
     * AttributeEncoding}.
     */
    private Attributes decode(StoredAttributes stored) {
      List<String> keys = value(attributeKeys, stored.keys);
      if (keys.size() != stored.values.length) {
        throw new IllegalStateException("attribute keys and values differ in number in the store");
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < stored.values.length; i++) {
        map.put(keys.get(i), value(attributeValues, stored.values[i]));
      }
      Profession profession = AttributeEncoding.takeProfession(map);
      List<String> selectedRoleLabels = AttributeEncoding.takeSelectedRoleLabels(map);
      return new Attributes(map, profession, selectedRoleLabels);
    }
  }

  /** A record's attributes without the typed fields, and those fields. */
  private record Attributes(
      Map<String, String> rest, Profession profession, List<String> selectedRoleLabels) {}

  /**
   * A stored attribute map as codes: its key list's, and each value's (-1 for NULL). Two rows
   * holding equal codes hold equal maps.
   */
  private static final class StoredAttributes {
    final int keys;
    final int[] values;
    private final int hash;

    StoredAttributes(int keys, Object[] valueCodes) {
      this.keys = keys;
      this.values = new int[valueCodes.length];
      for (int i = 0; i < valueCodes.length; i++) {
        values[i] = valueCodes[i] == null ? -1 : (Integer) valueCodes[i];
      }
      // Codes are small numbers, whose polynomial hash (Arrays.hashCode) collides often: mixed.
      long h = keys;
      for (int value : values) {
        h = (h + value) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
      }
      this.hash = (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StoredAttributes other
          && other.keys == keys
          && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A nullable text column's values by code as optionals, each made once. */
  private static final class OptionalText {
    private final Optional<String>[] byCode;

    @SuppressWarnings("unchecked")
    OptionalText(String[] dictionary) {
      byCode = new Optional[dictionary.length];
      for (int i = 0; i < dictionary.length; i++) {
        byCode[i] = Optional.of(dictionary[i]);
      }
    }

    Optional<String> value(int code) {
      return code < 0 ? Optional.empty() : byCode[code];
    }
  }

  /** A dictionary of strings, each interned. */
  private static String[] strings(Array array, Interner interner) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    String[] strings = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      strings[i] = interner.string((String) values[i]);
    }
    return strings;
  }

  /** A dictionary of lists (none when no row holds one), each immutable, its strings interned. */
  @SuppressWarnings("unchecked")
  private static List<String>[] lists(Array array, Interner interner) throws SQLException {
    if (array == null) {
      return new List[0];
    }
    Object[] values = (Object[]) array.getArray();
    List<String>[] lists = new List[values.length];
    for (int i = 0; i < values.length; i++) {
      lists[i] = interner.list((Object[]) ((Array) values[i]).getArray());
    }
    return lists;
  }

  /** The code in a column of {@link #rows}: -1 for SQL NULL. */
  private static int code(ResultSet rs, int column) throws SQLException {
    return EditionColumnsRead.code(rs, column);
  }

  private static <T> T value(T[] dictionary, int code) {
    return code < 0 ? null : dictionary[code];
  }

  private static OptionalDouble optionalDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
