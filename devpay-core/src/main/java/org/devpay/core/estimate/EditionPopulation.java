package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.devpay.core.analysis.EditionAmounts;
import org.devpay.core.analysis.OutlierScreen;
import org.devpay.core.data.EditionKey;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayRecord;
import org.devpay.core.privacy.CellUniverse;

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

  final EditionKey key;
  final List<PayRecord> rows;
  final List<Facts> facts;
  final double[] pay;
  final double[] logPay;
  final double[] weights;
  final Part[] parts;
  final String currency;
  final boolean multipleCurrencies;
  final int notEmployed;
  final int screenedOut;
  final boolean hasYears;
  final boolean hasMetro;
  final boolean hasIndustry;
  final boolean hasSkills;
  final boolean binned;
  final boolean weighted;

  /** For each metro, the country most of its rows are in. */
  final Map<String, String> countryOfMetro;

  /** Rows per metro, industry and skill: what a profile's values are checked against. */
  final Map<String, Integer> metroRows;

  final Map<String, Integer> industryRows;
  final Map<String, Integer> skillRows;

  /** The rows as the disclosure control's universe: every published cell is drawn from them. */
  final CellUniverse universe;

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
    this.countryOfMetro = Map.copyOf(mostCommon);
    this.metroRows = count(facts, f -> f.metro().stream().toList());
    this.industryRows = count(facts, f -> List.copyOf(f.industries()));
    this.skillRows = count(facts, f -> List.copyOf(f.skills()));
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

  int size() {
    return rows.size();
  }

  private static double share(List<PayRecord> rows, java.util.function.Predicate<PayRecord> test) {
    return rows.isEmpty() ? 0 : rows.stream().filter(test).count() / (double) rows.size();
  }
}
