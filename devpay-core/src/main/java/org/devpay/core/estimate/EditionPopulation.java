package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.devpay.core.analysis.policy.EditionAmounts;
import org.devpay.core.analysis.policy.OutlierScreen;
import org.devpay.core.data.EditionKey;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Seniority;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.CellUniverse;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.Sample;

/**
 * The rows of one dataset edition the estimator learns from, with their pay, weights and split.
 *
 * <p>Who is in: people in a job, that is employment full-time, contractor, self-employed or not
 * stated. Interns, part-time workers, the unemployed and "other" (Stack Overflow 2016: mostly
 * students) are left out, since "what should I earn" is asked about a job. Pay is the edition's
 * comparable amount ({@link EditionAmounts}: the published currency, or USD when an edition mixes
 * currencies). Then the analyses' outlier screen ({@link OutlierScreen#logTukeyFences()}) runs over
 * the edition on that amount: Tukey's far-out fences on ln(pay), outside [Q1 − 3 IQR, Q3 + 3 IQR],
 * which removes typing errors ("80" for 80,000).
 */
final class EditionPopulation {
  /** The employment statuses that count as having a job. */
  static final Set<Employment> EMPLOYED =
      EnumSet.of(
          Employment.FULL_TIME,
          Employment.CONTRACTOR,
          Employment.SELF_EMPLOYED,
          Employment.UNKNOWN);

  /** The share of rows a fact must be stated in for the edition to model it. */
  static final double STATED_SHARE = 0.5;

  private final EditionKey key;
  private final List<PayRecord> rows;
  private final List<Facts> facts;
  private final double[] pay;
  private final double[] logPay;
  private final double[] weights;
  private final Part[] parts;
  private final String currency;
  private final boolean multipleCurrencies;
  private final int notEmployed;
  private final int screenedOut;
  private final boolean hasYears;
  private final boolean hasMetro;
  private final boolean hasIndustry;
  private final boolean hasSkills;
  private final boolean binned;
  private final boolean weighted;

  /** For each metro, the country most of its rows are in. */
  private final Map<String, String> countryOfMetro;

  /** Rows per metro, industry and skill: what a profile's values are checked against. */
  private final Map<String, Integer> metroRows;

  private final Map<String, Integer> industryRows;
  private final Map<String, Integer> skillRows;

  /** The rows as the disclosure control's universe: every published cell is drawn from them. */
  private final CellUniverse universe;

  private EditionPopulation(
      EditionKey key,
      List<PayRecord> rows,
      EditionAmounts amounts,
      int notEmployed,
      int screenedOut,
      EstimatorSettings settings) {
    this.key = key;
    this.rows = List.copyOf(rows);
    this.universe = settings.privacyFloor().disclosure().universe(this.rows);
    this.currency = amounts.currency();
    this.multipleCurrencies = amounts.mixedCurrencies();
    this.notEmployed = notEmployed;
    this.screenedOut = screenedOut;
    int n = rows.size();
    this.facts = rows.stream().map(Facts::of).toList();
    this.pay = new double[n];
    this.logPay = new double[n];
    this.weights = new double[n];
    this.parts = new Part[n];
    for (int i = 0; i < n; i++) {
      PayRecord row = rows.get(i);
      pay[i] = amounts.amount().applyAsDouble(row);
      logPay[i] = Math.log(pay[i]);
      weights[i] = row.weight();
      parts[i] =
          Part.of(
              key.datasetId(),
              key.edition(),
              row.respondentKey(),
              settings.seed(),
              settings.calibrationShare(),
              settings.testShare());
    }
    this.hasYears = share(rows, r -> r.yearsExperience().isPresent()) >= STATED_SHARE;
    this.hasMetro = share(rows, r -> r.location().metro().isPresent()) >= STATED_SHARE;
    this.hasIndustry = share(rows, r -> !r.industries().isEmpty()) >= STATED_SHARE;
    this.hasSkills = share(rows, r -> !r.skills().isEmpty()) >= STATED_SHARE;
    this.binned = share(rows, r -> r.published().range().isPresent()) >= STATED_SHARE;
    this.weighted = rows.stream().anyMatch(r -> r.weight() != 1);
    this.countryOfMetro = countryOfMetro(rows);
    this.metroRows = count(facts, f -> f.metro().stream().toList());
    this.industryRows = count(facts, f -> List.copyOf(f.industries()));
    this.skillRows = count(facts, f -> List.copyOf(f.skills()));
  }

  /** For each metro, the country most of its rows are in. */
  private static Map<String, String> countryOfMetro(List<PayRecord> rows) {
    Map<String, Map<String, Integer>> countries = new TreeMap<>();
    for (PayRecord row : rows) {
      if (row.location().metro().isPresent() && row.location().country().isPresent()) {
        countries
            .computeIfAbsent(row.location().metro().get(), m -> new TreeMap<>())
            .merge(row.location().country().get(), 1, Integer::sum);
      }
    }
    Map<String, String> mostCommon = new HashMap<>();
    countries.forEach(
        (metro, counts) ->
            mostCommon.put(
                metro,
                counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElseThrow()));
    return Map.copyOf(mostCommon);
  }

  private static Map<String, Integer> count(
      List<Facts> facts, java.util.function.Function<Facts, List<String>> values) {
    Map<String, Integer> counts = new HashMap<>();
    for (Facts f : facts) {
      for (String value : values.apply(f)) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    return Map.copyOf(counts);
  }

  /**
   * The population of one edition.
   *
   * @param records every record of the edition
   * @throws IllegalArgumentException when no record is left
   */
  static EditionPopulation of(EditionKey key, List<PayRecord> records, EstimatorSettings settings) {
    requireNonNull(key, "key is null");
    List<PayRecord> employed =
        records.stream().filter(r -> EMPLOYED.contains(r.employment())).toList();
    if (employed.isEmpty()) {
      throw new IllegalArgumentException("no employed respondents in " + key);
    }
    EditionAmounts amounts = EditionAmounts.of(employed);
    List<PayRecord> kept = OutlierScreen.logTukeyFences().apply(employed, amounts.amount()).kept();
    return new EditionPopulation(
        key,
        kept,
        amounts,
        records.size() - employed.size(),
        employed.size() - kept.size(),
        settings);
  }

  /** The edition these rows come from. */
  EditionKey key() {
    return key;
  }

  /** How many rows the estimator learns from. */
  int size() {
    return rows.size();
  }

  /** The record of one row. */
  PayRecord record(int row) {
    return rows.get(row);
  }

  /** The facts of one row, as the model reads them. */
  Facts facts(int row) {
    return facts.get(row);
  }

  /** One row's pay in the edition's comparable amount ({@link #currency()}). */
  double pay(int row) {
    return pay[row];
  }

  /** ln of one row's pay. */
  double logPay(int row) {
    return logPay[row];
  }

  /** The respondents one row stands for (its frequency weight). */
  double weight(int row) {
    return weights[row];
  }

  /** Whether one row falls in a part of the seeded split. */
  boolean isIn(int row, Part part) {
    return parts[row] == part;
  }

  /** The rows whose facts pass a test, in population order. */
  List<Integer> rowsWhere(Predicate<Facts> test) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      if (test.test(facts.get(i))) {
        out.add(i);
      }
    }
    return out;
  }

  /** How many rows' facts pass a test. */
  int count(Predicate<Facts> test) {
    int n = 0;
    for (Facts f : facts) {
      n += test.test(f) ? 1 : 0;
    }
    return n;
  }

  /** The respondents some rows stand for: the sum of their weights, in the order given. */
  double respondents(List<Integer> rows) {
    double total = 0;
    for (int i : rows) {
      total += weights[i];
    }
    return total;
  }

  /** The weighted median pay of some rows. */
  double medianPay(List<Integer> rows) {
    double[] values = new double[rows.size()];
    double[] rowWeights = new double[rows.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = pay[rows.get(i)];
      rowWeights[i] = weights[rows.get(i)];
    }
    return Sample.weighted(values, rowWeights).median();
  }

  /** The currency pay is modelled in: the published one, or USD when the edition mixes them. */
  String currency() {
    return currency;
  }

  /** Whether the edition publishes pay in several currencies (then modelled in USD). */
  boolean mixesCurrencies() {
    return multipleCurrencies;
  }

  /** Records left out for their employment (interns, part-time, unemployed, other). */
  int notEmployed() {
    return notEmployed;
  }

  /** Records left out by the outlier screen. */
  int screenedOut() {
    return screenedOut;
  }

  /** Whether enough rows state years of experience for the edition to model them. */
  boolean recordsYears() {
    return hasYears;
  }

  /** Whether enough rows state a metro for the edition to model places by metro. */
  boolean recordsMetros() {
    return hasMetro;
  }

  /** Whether enough rows state a country for the edition to model places by country. */
  boolean recordsCountries() {
    long withCountry = facts.stream().filter(f -> f.country().isPresent()).count();
    return withCountry >= STATED_SHARE * size();
  }

  /** Whether at least two stated seniority levels have enough rows to be told apart. */
  boolean tellsSenioritiesApart(int minimumRows) {
    Map<String, Integer> counts = new TreeMap<>();
    facts.forEach(f -> counts.merge(f.seniority(), 1, Integer::sum));
    long levels =
        counts.entrySet().stream()
            .filter(e -> !e.getKey().equals(Seniority.UNKNOWN.id()))
            .filter(e -> e.getValue() >= minimumRows)
            .count();
    return levels >= 2;
  }

  /** Whether enough rows state industries for the edition to model them. */
  boolean recordsIndustries() {
    return hasIndustry;
  }

  /** Whether enough rows state skills for the edition to model them. */
  boolean recordsSkills() {
    return hasSkills;
  }

  /** Whether the edition publishes pay in bins (each row then reads its bin's value). */
  boolean publishesBins() {
    return binned;
  }

  /** Whether any row stands for more than one respondent. */
  boolean rowsAreWeighted() {
    return weighted;
  }

  /** The country most of a metro's rows are in; empty for a metro the edition does not know. */
  Optional<String> countryOfMetro(String metro) {
    return Optional.ofNullable(countryOfMetro.get(metro));
  }

  /** Rows per metro, as the data spells it. */
  Map<String, Integer> rowsPerMetro() {
    return metroRows;
  }

  /** Rows per industry. */
  Map<String, Integer> rowsPerIndustry() {
    return industryRows;
  }

  /** Rows per skill. */
  Map<String, Integer> rowsPerSkill() {
    return skillRows;
  }

  /** The survey years of the rows, ascending. */
  List<Integer> surveyYears() {
    return rows.stream().map(PayRecord::year).distinct().sorted().toList();
  }

  /** Gross or net, lower case, as the rows publish it ("+"-joined should they differ). */
  String basis() {
    return distinct(r -> r.published().basis().name());
  }

  /** Base or total, lower case, as the rows publish it ("+"-joined should they differ). */
  String scope() {
    return distinct(r -> r.published().scope().name());
  }

  /**
   * What the disclosure control releases of a cell drawn from these rows.
   *
   * @param cell the cell as a filter names it
   * @param members the cell's records
   */
  Release release(CellSpec cell, List<PayRecord> members) {
    return universe.release(cell, members);
  }

  private String distinct(Function<PayRecord, String> field) {
    Set<String> values = new TreeSet<>();
    rows.forEach(r -> values.add(field.apply(r)));
    return String.join("+", values).toLowerCase(Locale.ROOT);
  }

  private static double share(List<PayRecord> rows, java.util.function.Predicate<PayRecord> test) {
    return rows.isEmpty() ? 0 : rows.stream().filter(test).count() / (double) rows.size();
  }
}
