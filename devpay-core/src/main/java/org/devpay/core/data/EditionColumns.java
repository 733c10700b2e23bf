package org.devpay.core.data;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;

/**
 * One dataset edition held as primitive columns, so that an analysis of millions of rows keeps no
 * Java object per record: pay, weights and years as arrays of numbers, enums as their ordinals, and
 * strings (countries, metros, currencies, industries, skills) coded against a dictionary per
 * column. Rows are in the edition's stable record order ({@link PayData#records}), row {@code i}
 * standing for the {@code i}-th record. It holds what the answer reads of a record, not the
 * respondent key, role label, city or attributes. Immutable: built once by a {@link Builder} and
 * never changed.
 */
public final class EditionColumns {
  private final EditionKey key;
  private final int size;
  private final int[] year;
  private final byte[] role;
  private final byte[] seniority;
  private final double[] yearsExperience;
  private final byte[] employment;
  private final byte[] profession;
  private final Coded country;
  private final Coded metro;
  private final MultiCoded industries;
  private final MultiCoded skills;
  private final Coded currency;
  private final byte[] period;
  private final byte[] basis;
  private final byte[] scope;
  private final double[] rangeLower;
  private final double[] rangeUpper;
  private final double[] annualLocal;
  private final double[] annualUsd;
  private final double[] weight;

  private EditionColumns(Builder b) {
    this.key = b.key;
    this.size = b.size;
    this.year = trimmed(b.year, size);
    this.role = trimmed(b.role, size);
    this.seniority = trimmed(b.seniority, size);
    this.yearsExperience = trimmed(b.yearsExperience, size);
    this.employment = trimmed(b.employment, size);
    this.profession = trimmed(b.profession, size);
    this.country = b.country.build(size);
    this.metro = b.metro.build(size);
    this.industries = b.industries.build(size);
    this.skills = b.skills.build(size);
    this.currency = b.currency.build(size);
    this.period = trimmed(b.period, size);
    this.basis = trimmed(b.basis, size);
    this.scope = trimmed(b.scope, size);
    this.rangeLower = trimmed(b.rangeLower, size);
    this.rangeUpper = trimmed(b.rangeUpper, size);
    this.annualLocal = trimmed(b.annualLocal, size);
    this.annualUsd = trimmed(b.annualUsd, size);
    this.weight = trimmed(b.weight, size);
  }

  // A builder is used once, so its arrays become the columns as they are when they are full.
  private static int[] trimmed(int[] a, int size) {
    return a.length == size ? a : Arrays.copyOf(a, size);
  }

  private static byte[] trimmed(byte[] a, int size) {
    return a.length == size ? a : Arrays.copyOf(a, size);
  }

  private static double[] trimmed(double[] a, int size) {
    return a.length == size ? a : Arrays.copyOf(a, size);
  }

  /** The columns of one edition's records, in their order. */
  public static EditionColumns of(EditionKey key, List<PayRecord> records) {
    Builder builder = new Builder(key, records.size(), TextCodes.NONE);
    for (PayRecord r : records) {
      builder.add(r);
    }
    return builder.build();
  }

  /** A builder for an edition of about {@code expectedRows} rows (it grows past that). */
  public static Builder builder(EditionKey key, int expectedRows) {
    return new Builder(key, expectedRows, TextCodes.NONE);
  }

  /**
   * A builder whose rows may come as codes in these texts ({@link Builder#addCoded}), as a store's
   * read hands them over: each distinct text is then checked and coded once, not hashed per row.
   */
  public static Builder builder(EditionKey key, int expectedRows, TextCodes texts) {
    return new Builder(key, expectedRows, requireNonNull(texts, "texts is null"));
  }

  /**
   * The distinct texts of the text columns a store codes its rows against: a row's country, metro,
   * currency, industries and skills are then the positions of its values in these lists (-1 for
   * none), for {@link Builder#addCoded}.
   */
  public record TextCodes(
      List<String> countries,
      List<String> metros,
      List<String> currencies,
      List<List<String>> industries,
      List<List<String>> skills) {
    /** No texts: for a builder that takes its rows as texts only. */
    public static final TextCodes NONE =
        new TextCodes(List.of(), List.of(), List.of(), List.of(), List.of());

    public TextCodes {
      countries = List.copyOf(countries);
      metros = List.copyOf(metros);
      currencies = List.copyOf(currencies);
      industries = List.copyOf(industries);
      skills = List.copyOf(skills);
    }
  }

  public EditionKey key() {
    return key;
  }

  /** The number of rows. */
  public int size() {
    return size;
  }

  public int year(int row) {
    return year[row];
  }

  public RoleFamily role(int row) {
    return ROLES[role[row]];
  }

  public Seniority seniority(int row) {
    return SENIORITIES[seniority[row]];
  }

  /** Years of experience, or NaN when not published. */
  public double yearsExperience(int row) {
    return yearsExperience[row];
  }

  public Employment employment(int row) {
    return EMPLOYMENTS[employment[row]];
  }

  public Profession profession(int row) {
    return PROFESSIONS[profession[row]];
  }

  /** The country (ISO 3166-1 alpha-2) of each row, coded; -1 where not published. */
  public Coded country() {
    return country;
  }

  /** The metro of each row, coded; -1 where not published. */
  public Coded metro() {
    return metro;
  }

  /** The canonical industry ids of each row, coded, in the record's order. */
  public MultiCoded industries() {
    return industries;
  }

  /** The canonical skill ids of each row, coded, in the record's order. */
  public MultiCoded skills() {
    return skills;
  }

  /** The published currency of each row, coded (never absent). */
  public Coded currency() {
    return currency;
  }

  public PayPeriod period(int row) {
    return PERIODS[period[row]];
  }

  public TaxBasis basis(int row) {
    return BASES[basis[row]];
  }

  public PayScope scope(int row) {
    return SCOPES[scope[row]];
  }

  /** Whether the row's pay was published as a range (a bin). */
  public boolean hasRange(int row) {
    return !Double.isNaN(rangeLower[row]);
  }

  /** The lower bound of the row's published range; NaN when there is none. */
  public double rangeLower(int row) {
    return rangeLower[row];
  }

  /** The upper bound of the row's published range; NaN when there is none or it is open. */
  public double rangeUpper(int row) {
    return rangeUpper[row];
  }

  public double annualLocal(int row) {
    return annualLocal[row];
  }

  public double annualUsd(int row) {
    return annualUsd[row];
  }

  public double weight(int row) {
    return weight[row];
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof EditionColumns c)) {
      return false;
    }
    return key.equals(c.key)
        && size == c.size
        && Arrays.equals(year, c.year)
        && Arrays.equals(role, c.role)
        && Arrays.equals(seniority, c.seniority)
        && Arrays.equals(yearsExperience, c.yearsExperience)
        && Arrays.equals(employment, c.employment)
        && Arrays.equals(profession, c.profession)
        && country.equals(c.country)
        && metro.equals(c.metro)
        && industries.equals(c.industries)
        && skills.equals(c.skills)
        && currency.equals(c.currency)
        && Arrays.equals(period, c.period)
        && Arrays.equals(basis, c.basis)
        && Arrays.equals(scope, c.scope)
        && Arrays.equals(rangeLower, c.rangeLower)
        && Arrays.equals(rangeUpper, c.rangeUpper)
        && Arrays.equals(annualLocal, c.annualLocal)
        && Arrays.equals(annualUsd, c.annualUsd)
        && Arrays.equals(weight, c.weight);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * key.hashCode() + size) + Arrays.hashCode(annualLocal);
  }

  @Override
  public String toString() {
    return "EditionColumns[" + key + ", " + size + " rows]";
  }

  private static final RoleFamily[] ROLES = RoleFamily.values();
  private static final Seniority[] SENIORITIES = Seniority.values();
  private static final Employment[] EMPLOYMENTS = Employment.values();
  private static final Profession[] PROFESSIONS = Profession.values();
  private static final PayPeriod[] PERIODS = PayPeriod.values();
  private static final TaxBasis[] BASES = TaxBasis.values();
  private static final PayScope[] SCOPES = PayScope.values();

  /**
   * A string column coded against its dictionary: values are numbered in the order rows first show
   * them, so the same rows in the same order always give the same codes.
   */
  public static final class Coded {
    private final int[] codes;
    private final String[] values;

    private Coded(int[] codes, String[] values) {
      this.codes = codes;
      this.values = values;
    }

    /** The row's code, or -1 when the row has no value. */
    public int code(int row) {
      return codes[row];
    }

    /** The value a code stands for. */
    public String value(int code) {
      return values[code];
    }

    /** How many distinct values the column holds. */
    public int distinct() {
      return values.length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Coded c
          && Arrays.equals(codes, c.codes)
          && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(codes) + Arrays.hashCode(values);
    }
  }

  /**
   * A column of string lists coded against its dictionary: row {@code i}'s values are the codes at
   * positions {@code from(i)} (inclusive) to {@code to(i)} (exclusive), in the record's order.
   */
  public static final class MultiCoded {
    private final int[] offsets;
    private final int[] codes;
    private final String[] values;

    private MultiCoded(int[] offsets, int[] codes, String[] values) {
      this.offsets = offsets;
      this.codes = codes;
      this.values = values;
    }

    public int from(int row) {
      return offsets[row];
    }

    public int to(int row) {
      return offsets[row + 1];
    }

    /** The code at a position between {@code from(row)} and {@code to(row)}. */
    public int codeAt(int position) {
      return codes[position];
    }

    /** Whether the row holds the value with this code. */
    public boolean holds(int row, int code) {
      for (int p = offsets[row]; p < offsets[row + 1]; p++) {
        if (codes[p] == code) {
          return true;
        }
      }
      return false;
    }

    /** The value a code stands for. */
    public String value(int code) {
      return values[code];
    }

    /** How many distinct values the column holds. */
    public int distinct() {
      return values.length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof MultiCoded c
          && Arrays.equals(offsets, c.offsets)
          && Arrays.equals(codes, c.codes)
          && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(codes) + Arrays.hashCode(values);
    }
  }

  /**
   * Builds an edition's columns row by row, from records or straight from a store's result set
   * (which then never makes a record). Not thread-safe; use once.
   */
  public static final class Builder {
    private final EditionKey key;
    private int size;
    private int[] year;
    private byte[] role;
    private byte[] seniority;
    private double[] yearsExperience;
    private byte[] employment;
    private byte[] profession;
    private final CodedBuilder country =
        new CodedBuilder(
            value -> {
              if (!Location.isAlpha2(value)) {
                throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: " + value);
              }
            });
    private final CodedBuilder metro = new CodedBuilder(value -> {});
    private final MultiBuilder industries = new MultiBuilder();
    private final MultiBuilder skills = new MultiBuilder();
    private final CodedBuilder currency =
        new CodedBuilder(
            value -> {
              if (!ISO_4217.matcher(value).matches()) {
                throw new IllegalArgumentException("currency must be an ISO 4217 code: " + value);
              }
            });
    private byte[] period;
    private byte[] basis;
    private byte[] scope;
    private double[] rangeLower;
    private double[] rangeUpper;
    private double[] annualLocal;
    private double[] annualUsd;
    private double[] weight;
    private boolean built;
    private final TextCodes texts;

    private Builder(EditionKey key, int expectedRows, TextCodes texts) {
      this.key = requireNonNull(key, "key is null");
      this.texts = texts;
      int capacity = Math.max(16, expectedRows);
      year = new int[capacity];
      role = new byte[capacity];
      seniority = new byte[capacity];
      yearsExperience = new double[capacity];
      employment = new byte[capacity];
      profession = new byte[capacity];
      period = new byte[capacity];
      basis = new byte[capacity];
      scope = new byte[capacity];
      rangeLower = new double[capacity];
      rangeUpper = new double[capacity];
      annualLocal = new double[capacity];
      annualUsd = new double[capacity];
      weight = new double[capacity];
    }

    /** Appends one record's values. */
    public Builder add(PayRecord r) {
      PayRange range = r.published().range().orElse(null);
      return add(
          r.year(),
          r.role(),
          r.seniority(),
          r.yearsExperience().orElse(Double.NaN),
          r.employment(),
          r.profession(),
          r.location().country().orElse(null),
          r.location().metro().orElse(null),
          r.industries(),
          r.skills(),
          r.published().currency(),
          r.published().period(),
          r.published().basis(),
          r.published().scope(),
          range == null ? Double.NaN : range.lower(),
          range == null ? Double.NaN : range.upper().orElse(Double.NaN),
          r.annualLocal(),
          r.annualUsd(),
          r.weight());
    }

    /**
     * Appends one row.
     *
     * @param yearsExperience NaN when not published
     * @param country null when not published (never stored: the column codes it as -1)
     * @param metro null when not published
     * @param rangeLower the published range's lower bound, NaN when pay was not published as one
     * @param rangeUpper its upper bound, NaN when there is none or the range is open
     */
    public Builder add(
        int year,
        RoleFamily role,
        Seniority seniority,
        double yearsExperience,
        Employment employment,
        Profession profession,
        String country,
        String metro,
        List<String> industries,
        List<String> skills,
        String currency,
        PayPeriod period,
        TaxBasis basis,
        PayScope scope,
        double rangeLower,
        double rangeUpper,
        double annualLocal,
        double annualUsd,
        double weight) {
      int i = begin(annualLocal, annualUsd, weight, rangeLower, rangeUpper);
      this.country.add(country);
      this.metro.add(metro);
      this.industries.add(industries);
      this.skills.add(skills);
      this.currency.add(requireNonNull(currency, "currency is null"));
      return put(
          i,
          year,
          role,
          seniority,
          yearsExperience,
          employment,
          profession,
          period,
          basis,
          scope,
          rangeLower,
          rangeUpper,
          annualLocal,
          annualUsd,
          weight);
    }

    /**
     * Appends one row whose text columns are codes in the builder's {@link TextCodes} (-1 for
     * none): the same row, checks and codes as {@link #add} given the texts.
     */
    public Builder addCoded(
        int year,
        RoleFamily role,
        Seniority seniority,
        double yearsExperience,
        Employment employment,
        Profession profession,
        int country,
        int metro,
        int industries,
        int skills,
        int currency,
        PayPeriod period,
        TaxBasis basis,
        PayScope scope,
        double rangeLower,
        double rangeUpper,
        double annualLocal,
        double annualUsd,
        double weight) {
      int i = begin(annualLocal, annualUsd, weight, rangeLower, rangeUpper);
      this.country.addCode(country, texts.countries());
      this.metro.addCode(metro, texts.metros());
      this.industries.addCode(industries, texts.industries(), "industries");
      this.skills.addCode(skills, texts.skills(), "skills");
      if (currency < 0) {
        throw new NullPointerException("currency is null");
      }
      this.currency.addCode(currency, texts.currencies());
      return put(
          i,
          year,
          role,
          seniority,
          yearsExperience,
          employment,
          profession,
          period,
          basis,
          scope,
          rangeLower,
          rangeUpper,
          annualLocal,
          annualUsd,
          weight);
    }

    /** The checks of a row's numbers, as a record's constructor makes them; the row's index. */
    private int begin(
        double annualLocal, double annualUsd, double weight, double rangeLower, double rangeUpper) {
      if (built) {
        throw new IllegalStateException("columns already built");
      }
      // The checks a record's constructor makes, so a store that breaks them fails here as its
      // record read would.
      requirePositive(annualLocal, "annualLocal");
      requirePositive(annualUsd, "annualUsd");
      requirePositive(weight, "weight");
      if (!Double.isNaN(rangeLower)) {
        if (!(rangeLower >= 0) || Double.isInfinite(rangeLower)) {
          throw new IllegalArgumentException("lower bound must be finite and >= 0: " + rangeLower);
        }
        if (!Double.isNaN(rangeUpper) && !(rangeUpper > rangeLower)) {
          throw new IllegalArgumentException(
              "upper bound must exceed lower bound: " + rangeUpper + " <= " + rangeLower);
        }
      }
      if (size == this.year.length) {
        grow();
      }
      return size;
    }

    /** Stores row i's fixed-width values and counts the row in; the builder. */
    private Builder put(
        int i,
        int year,
        RoleFamily role,
        Seniority seniority,
        double yearsExperience,
        Employment employment,
        Profession profession,
        PayPeriod period,
        TaxBasis basis,
        PayScope scope,
        double rangeLower,
        double rangeUpper,
        double annualLocal,
        double annualUsd,
        double weight) {
      this.year[i] = year;
      this.role[i] = (byte) role.ordinal();
      this.seniority[i] = (byte) seniority.ordinal();
      this.yearsExperience[i] = yearsExperience;
      this.employment[i] = (byte) employment.ordinal();
      this.profession[i] = (byte) profession.ordinal();
      this.period[i] = (byte) period.ordinal();
      this.basis[i] = (byte) basis.ordinal();
      this.scope[i] = (byte) scope.ordinal();
      this.rangeLower[i] = rangeLower;
      this.rangeUpper[i] = Double.isNaN(rangeLower) ? Double.NaN : rangeUpper;
      this.annualLocal[i] = annualLocal;
      this.annualUsd[i] = annualUsd;
      this.weight[i] = weight;
      size++;
      return this;
    }

    /**
     * Makes room for {@code rows} more rows at once, where their number is known before they come
     * (a table's accepted rows): growing by doubling would leave up to half of each column unused,
     * and copy it at each step.
     */
    public Builder reserve(int rows) {
      if (rows < 0) {
        throw new IllegalArgumentException("rows must be >= 0: " + rows);
      }
      long needed = (long) size + rows;
      if (needed > year.length) {
        resize((int) Math.min(needed, Integer.MAX_VALUE - 8));
      }
      country.reserve(rows);
      metro.reserve(rows);
      currency.reserve(rows);
      industries.reserve(rows);
      skills.reserve(rows);
      return this;
    }

    /** The columns of the rows added so far. */
    public EditionColumns build() {
      built = true;
      return new EditionColumns(this);
    }

    private void grow() {
      resize(year.length * 2);
    }

    private void resize(int capacity) {
      year = Arrays.copyOf(year, capacity);
      role = Arrays.copyOf(role, capacity);
      seniority = Arrays.copyOf(seniority, capacity);
      yearsExperience = Arrays.copyOf(yearsExperience, capacity);
      employment = Arrays.copyOf(employment, capacity);
      profession = Arrays.copyOf(profession, capacity);
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

  private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

  private static void requirePositive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
    }
  }

  /** Codes a string column as rows are added, checking each distinct value once. */
  private static final class CodedBuilder {
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final Consumer<String> check;
    private int[] codes = new int[16];
    private int size;

    CodedBuilder(Consumer<String> check) {
      this.check = check;
    }

    void reserve(int rows) {
      if (size + rows > codes.length) {
        codes = Arrays.copyOf(codes, size + rows);
      }
    }

    void add(String value) {
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
      }
      if (value != null && !dictionary.containsKey(value)) {
        check.accept(value);
      }
      codes[size++] = value == null ? -1 : code(dictionary, values, value);
    }

    /** Source code -> this column's code + 1, 0 where not yet seen ({@link #addCode}). */
    private int[] remap = new int[0];

    /** Adds the value at {@code source} in {@code texts} (null for -1), coding each text once. */
    void addCode(int source, List<String> texts) {
      if (source < 0) {
        add(null);
        return;
      }
      if (remap.length < texts.size()) {
        remap = Arrays.copyOf(remap, texts.size());
      }
      int known = remap[source] - 1;
      if (known < 0) {
        add(texts.get(source));
        remap[source] = codes[size - 1] + 1;
        return;
      }
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
      }
      codes[size++] = known;
    }

    Coded build(int rows) {
      return new Coded(Arrays.copyOf(codes, rows), values.toArray(String[]::new));
    }
  }

  /** Codes a column of string lists as rows are added. */
  private static final class MultiBuilder {
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] offsets = new int[17];
    private int[] codes = new int[16];
    private int rows;
    private int size;

    /** Room for that many more rows' offsets (their codes grow as they come). */
    void reserve(int more) {
      if (rows + more + 1 > offsets.length) {
        offsets = Arrays.copyOf(offsets, rows + more + 1);
      }
    }

    void add(List<String> list) {
      if (rows + 1 == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      for (String value : list) {
        if (size == codes.length) {
          codes = Arrays.copyOf(codes, size * 2);
        }
        codes[size++] = code(dictionary, values, requireNonNull(value, "list value is null"));
      }
      offsets[++rows] = size;
    }

    /**
     * Source code -> the list's codes in this column, null where not yet seen ({@link #addCode}).
     */
    private int[][] remap = new int[0][];

    /** Adds the list at {@code source} in {@code lists}, coding each distinct list once. */
    void addCode(int source, List<List<String>> lists, String name) {
      if (source < 0) {
        throw new NullPointerException(name + " is null");
      }
      if (remap.length < lists.size()) {
        remap = Arrays.copyOf(remap, lists.size());
      }
      int[] known = remap[source];
      if (known == null) {
        int from = size;
        add(lists.get(source));
        remap[source] = Arrays.copyOfRange(codes, from, size);
        return;
      }
      if (rows + 1 == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      if (size + known.length > codes.length) {
        codes = Arrays.copyOf(codes, Math.max(codes.length * 2, size + known.length));
      }
      System.arraycopy(known, 0, codes, size, known.length);
      size += known.length;
      offsets[++rows] = size;
    }

    MultiCoded build(int count) {
      return new MultiCoded(
          Arrays.copyOf(offsets, count + 1),
          Arrays.copyOf(codes, offsets[count]),
          values.toArray(String[]::new));
    }
  }

  private static int code(Map<String, Integer> dictionary, List<String> values, String value) {
    Integer known = dictionary.get(value);
    if (known != null) {
      return known;
    }
    int code = values.size();
    dictionary.put(value, code);
    values.add(value);
    return code;
  }
}
