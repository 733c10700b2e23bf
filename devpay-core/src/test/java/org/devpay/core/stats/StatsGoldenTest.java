package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every statistic of the engine against statsmodels 0.13.5 / SciPy 1.10.1 on real data. The
 * expected numbers are in {@code golden/golden.json}, written by {@code golden/make_golden.py}
 * (beside it; run with /usr/bin/python3), which reads the same raw files with the same row rules
 * (see its docstring). Tolerances: relative 1e-8 (absolute floor 1e-12) for deterministic
 * computations, 1e-6 for p-values below 1e-100 (tail functions differ), and 15% for bootstrap
 * standard errors drawn from different random streams.
 */
class StatsGoldenTest {
  private static final Pattern NUMBER = Pattern.compile("^[0-9]+(\\.[0-9]+)?$");
  private static final Map<String, String> ROLE_OF_TAG =
      Map.of(
          "Distributed Systems (Back-End)", "back-end",
          "API Development (Back-End)", "back-end",
          "Web Development (Front-End)", "front-end",
          "Full Stack", "full-stack");
  private static final long SEED = 20250119L;

  private static JsonNode golden;
  private static List<Row> levels;
  private static List<Row> eu2019;
  private static List<Row> eu2020;

  /** One respondent: pay, role and (levels.fyi only) experience, year, location. */
  private record Row(
      double pay, String role, double years, String year, String location, String place) {
    double logPay() {
      return Math.log(pay);
    }
  }

  @BeforeAll
  static void load() throws IOException {
    Path levelsFile = RealData.file("levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv");
    Path eu2019File = RealData.file("it-salary-survey-eu/IT Salary Survey EU 2019.csv");
    Path eu2020File = RealData.file("it-salary-survey-eu/IT Salary Survey EU  2020.csv");
    try (InputStream in = StatsGoldenTest.class.getResourceAsStream("golden/golden.json")) {
      golden = new ObjectMapper().readTree(in);
    }
    List<Row> raw = new ArrayList<>();
    for (NamedCsvRecord r : read(levelsFile)) {
      String role = ROLE_OF_TAG.get(r.getField("tag"));
      String pay = r.getField("totalyearlycompensation");
      String years = r.getField("yearsofexperience");
      if (role == null || !NUMBER.matcher(pay).matches() || !NUMBER.matcher(years).matches()) {
        continue;
      }
      double amount = Double.parseDouble(pay);
      if (amount <= 0) {
        continue;
      }
      String[] date = r.getField("timestamp").split(" ")[0].split("/");
      raw.add(
          new Row(amount, role, Double.parseDouble(years), date[2], r.getField("location"), ""));
    }
    Set<String> top = mostFrequent(raw, 20);
    levels =
        raw.stream()
            .map(
                r ->
                    new Row(
                        r.pay(),
                        r.role(),
                        r.years(),
                        r.year(),
                        r.location(),
                        top.contains(r.location()) ? r.location() : "Other"))
            .toList();
    eu2019 =
        eu(
            eu2019File,
            "Yearly brutto salary (without bonus and stocks)",
            "Position (without seniority)");
    eu2020 = eu(eu2020File, "Yearly brutto salary (without bonus and stocks) in EUR", "Position ");
  }

  @Test
  void readsTheSameRowsAsTheScript() {
    JsonNode rows = golden.get("levels_rows");
    assertThat(levels).hasSize(rows.get("all").asInt());
    assertThat(select(levels, "back-end")).hasSize(rows.get("back-end").asInt());
    assertThat(select(levels, "front-end")).hasSize(rows.get("front-end").asInt());
  }

  @Test
  void olsWithFixedEffectsMatchesStatsmodelsHc1() {
    JsonNode expected = golden.get("ols_levels");
    LinearFit fit =
        LinearModel.of("log pay", column(levels, Row::logPay))
            .withCovariate("years", column(levels, Row::years))
            .withFactor("role", labels(levels, Row::role), "front-end")
            .withFactor("year", labels(levels, Row::year))
            .withFactor("place", labels(levels, Row::place))
            .fit();
    // statsmodels: OLS(y, X).fit(cov_type='HC1', use_t=True) and .fit() for classical errors.
    assertThat(fit.observations()).isEqualTo(expected.get("n").asDouble());
    assertThat(fit.parameters()).isEqualTo(expected.get("k").asInt());
    assertClose(fit.rSquared(), expected.get("r_squared"), 1e-8);
    assertClose(fit.residualStandardError(), expected.get("residual_standard_error"), 1e-8);
    assertThat(fit.factors())
        .extracting(FactorCoding::reference)
        .containsExactly(
            "front-end",
            expected.get("references").get("year").asText(),
            expected.get("references").get("place").asText());
    JsonNode coefficients = expected.get("coefficients");
    assertThat(fit.coefficients()).hasSize(coefficients.size());
    for (Iterator<String> names = coefficients.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode c = coefficients.get(name);
      Coefficient actual = fit.coefficient(name);
      assertClose(actual.estimate(), c.get("estimate"), 1e-8, name + " estimate");
      assertClose(actual.standardError(), c.get("hc1"), 1e-8, name + " HC1");
      assertClose(actual.classicalStandardError(), c.get("classical"), 1e-8, name + " classical");
      assertClose(actual.t(), c.get("t"), 1e-8, name + " t");
      assertClose(actual.pValue(), c.get("p"), pTolerance(c.get("p")), name + " p");
      assertClose(actual.lower(), c.get("lower"), 1e-8, name + " lower");
      assertClose(actual.upper(), c.get("upper"), 1e-8, name + " upper");
    }
    JsonNode contrast = expected.get("contrast_back_end_minus_full_stack");
    Estimate difference = fit.contrast("role=back-end", "role=full-stack");
    assertClose(difference.estimate(), contrast.get("estimate"), 1e-8);
    assertClose(difference.lower(), contrast.get("lower"), 1e-8);
    assertClose(difference.upper(), contrast.get("upper"), 1e-8);
  }

  @Test
  void benjaminiHochbergMatchesStatsmodelsMultipletests() {
    JsonNode expected = golden.get("benjamini_hochberg");
    double[] p = doubles(expected.get("p"));
    AdjustedPValues adjusted = MultipleTesting.benjaminiHochberg(p);
    double[] reference = doubles(expected.get("adjusted"));
    for (int i = 0; i < p.length; i++) {
      // statsmodels multipletests(p, method='fdr_bh')[1]
      assertThat(adjusted.adjusted(i)).isCloseTo(reference[i], within(1e-15 + 1e-12 * p[i]));
    }
  }

  @Test
  void oaxacaBlinderMatchesStatsmodelsPooledTwoFold() {
    JsonNode expected = golden.get("oaxaca_levels");
    List<Row> rows =
        levels.stream().filter(r -> !r.role().equals("full-stack")).collect(Collectors.toList());
    Set<String> top = mostFrequent(rows, 10);
    String[] place =
        rows.stream()
            .map(r -> top.contains(r.location()) ? r.location() : "Other")
            .toArray(String[]::new);
    boolean[] backEnd = new boolean[rows.size()];
    for (int i = 0; i < backEnd.length; i++) {
      backEnd[i] = rows.get(i).role().equals("back-end");
    }
    LinearModel characteristics =
        LinearModel.of("log pay", column(rows, Row::logPay))
            .withCovariate("years", column(rows, Row::years))
            .withFactor("year", labels(rows, Row::year))
            .withFactor("place10", place);
    TwoFoldDecomposition result =
        OaxacaBlinder.of(characteristics, backEnd)
            .withGroupNames("back-end", "front-end")
            .withResamples(500)
            .withSeed(SEED)
            .twoFold();
    // statsmodels OaxacaBlinder(y, X, 'group', hasconst=True, swap=False).two_fold('pooled')
    assertClose(result.gap(), expected.get("gap"), 1e-8);
    assertClose(result.explained().estimate(), expected.get("explained"), 1e-8);
    assertClose(result.unexplained().estimate(), expected.get("unexplained"), 1e-8);
    assertThat(result.firstRows()).isEqualTo(expected.get("rows").get("back-end").asLong());
    assertThat(result.secondRows()).isEqualTo(expected.get("rows").get("front-end").asLong());
    for (TermContribution term : result.explainedByTerm()) {
      assertClose(term.explained(), expected.get("explained_by_term").get(term.term()), 1e-8);
    }
    // Bootstrap errors: statsmodels' NumPy stream (np.random.seed(20250119), 500 resamples) and
    // ours differ, so the two estimates of one standard error agree only to Monte Carlo error
    // (about 3% each at B = 500): 15% tolerance.
    assertThat(result.explainedStandardError())
        .isCloseTo(
            expected.get("bootstrap_sd_explained").asDouble(),
            within(0.15 * expected.get("bootstrap_sd_explained").asDouble()));
    assertThat(result.unexplainedStandardError())
        .isCloseTo(
            expected.get("bootstrap_sd_unexplained").asDouble(),
            within(0.15 * expected.get("bootstrap_sd_unexplained").asDouble()));
    assertThat(result.reference()).isEqualTo(OaxacaReference.POOLED_WITH_GROUP_INDICATOR);
  }

  @Test
  void bcaOfTheLevelsRatioOfMediansMatchesScipyOnTheSameReplicates() {
    checkBca(
        golden.get("bca_levels_ratio"),
        Sample.of(column(select(levels, "back-end"), Row::pay)),
        Sample.of(column(select(levels, "front-end"), Row::pay)));
  }

  @Test
  void bcaOfTheSmallEuRatioOfMediansMatchesScipyOnTheSameReplicates() {
    checkBca(
        golden.get("bca_eu2019_ratio"),
        Sample.of(column(select(eu2019, "back-end"), Row::pay)),
        Sample.of(column(select(eu2019, "front-end"), Row::pay)));
  }

  @Test
  void bcaWithANonZeroAccelerationMatchesScipyOnTheSameReplicates() {
    checkBca(
        golden.get("bca_eu2020_ratio"),
        Sample.of(column(select(eu2020, "back-end"), Row::pay)),
        Sample.of(column(select(eu2020, "front-end"), Row::pay)));
    assertThat(golden.get("bca_eu2020_ratio").get("acceleration").asDouble()).isGreaterThan(1e-4);
  }

  @Test
  void bcaOfASmallMedianMatchesScipyOnTheSameReplicates() {
    JsonNode expected = golden.get("bca_eu2019_median");
    Sample sample = Sample.of(column(select(eu2019, "back-end"), Row::pay));
    Bootstrap bootstrap = Bootstrap.withDefaults().withSeed(SEED);
    double[] replicates = bootstrap.medianReplicates(sample);
    checkReplicates(expected, replicates);
    BcaInterval interval =
        bootstrap.bcaInterval(sample.median(), replicates, List.of(Jackknife.medians(sample)));
    checkInterval(expected, interval);
    Estimate viaMethod = bootstrap.withIntervalMethod(IntervalMethod.BOOTSTRAP_BCA).median(sample);
    assertThat(viaMethod.lower()).isEqualTo(interval.lower());
    assertThat(viaMethod.method()).isEqualTo(IntervalMethod.BOOTSTRAP_BCA);
  }

  private static void checkBca(JsonNode expected, Sample numerator, Sample denominator) {
    Bootstrap bootstrap = Bootstrap.withDefaults().withSeed(SEED);
    double[] replicates = bootstrap.ratioReplicates(numerator, denominator);
    checkReplicates(expected, replicates);
    double estimate = numerator.median() / denominator.median();
    assertClose(estimate, expected.get("estimate"), 1e-15);
    BcaInterval interval =
        bootstrap.bcaInterval(
            estimate, replicates, Bootstrap.ratioJackknife(numerator, denominator));
    checkInterval(expected, interval);
    Estimate percentile = bootstrap.ratioOfMedians(numerator, denominator);
    // numpy.percentile(replicates, [2.5, 97.5])
    assertClose(percentile.lower(), expected.get("percentile_lower"), 1e-12);
    assertClose(percentile.upper(), expected.get("percentile_upper"), 1e-12);
    Estimate bca =
        bootstrap
            .withIntervalMethod(IntervalMethod.BOOTSTRAP_BCA)
            .ratioOfMedians(numerator, denominator);
    assertThat(bca.lower()).isEqualTo(interval.lower());
    assertThat(bca.upper()).isEqualTo(interval.upper());
  }

  /** The script reimplements SplittableRandom: the replicates themselves must agree exactly. */
  private static void checkReplicates(JsonNode expected, double[] replicates) {
    double[] first = doubles(expected.get("first_replicates"));
    for (int i = 0; i < first.length; i++) {
      assertThat(replicates[i]).isEqualTo(first[i]);
    }
    double sum = 0;
    for (double r : replicates) {
      sum += r;
    }
    assertClose(sum, expected.get("replicate_sum"), 1e-12);
  }

  private static void checkInterval(JsonNode expected, BcaInterval interval) {
    // scipy.stats._resampling._bca_interval on the same replicates; numpy.percentile at α1, α2.
    assertClose(interval.biasCorrection(), expected.get("bias_correction"), 1e-9);
    assertClose(interval.acceleration(), expected.get("acceleration"), 1e-8);
    assertClose(interval.lowerProbability(), expected.get("lower_probability"), 1e-9);
    assertClose(interval.upperProbability(), expected.get("upper_probability"), 1e-9);
    assertClose(interval.lower(), expected.get("lower"), 1e-9);
    assertClose(interval.upper(), expected.get("upper"), 1e-9);
    assertThat(interval.resamples()).isEqualTo(expected.get("resamples").asInt());
  }

  @Test
  void mannWhitneyMatchesScipyAsymptoticWithContinuity() {
    JsonNode expected = golden.get("mann_whitney");
    checkMannWhitney(
        expected.get("levels_back_vs_front"),
        logPay(levels, "back-end"),
        logPay(levels, "front-end"));
    checkMannWhitney(
        expected.get("levels_back_vs_full"),
        logPay(levels, "back-end"),
        logPay(levels, "full-stack"));
    checkMannWhitney(
        expected.get("eu2019_back_vs_front"),
        logPay(eu2019, "back-end"),
        logPay(eu2019, "front-end"));
  }

  private static void checkMannWhitney(JsonNode expected, double[] x, double[] y) {
    // scipy.stats.mannwhitneyu(x, y, alternative='two-sided', method='asymptotic')
    MannWhitneyResult result = MannWhitney.test(x, y);
    assertThat(result.firstSize()).isEqualTo(expected.get("n1").asInt());
    assertClose(result.statistic(), expected.get("u"), 1e-12);
    assertClose(result.pValue(), expected.get("p"), pTolerance(expected.get("p")));
  }

  @Test
  void hodgesLehmannMatchesMaterialisedPairwiseDifferences() {
    JsonNode expected = golden.get("hodges_lehmann");
    checkShift(
        expected.get("eu2019_back_vs_front"),
        logPay(eu2019, "back-end"),
        logPay(eu2019, "front-end"));
    checkShift(
        expected.get("levels_back_vs_front"),
        logPay(levels, "back-end"),
        logPay(levels, "front-end"));
    // 17,115 × 11,382 = 194.8 million pairs, never materialised here.
    checkShift(
        expected.get("levels_back_vs_full"),
        logPay(levels, "back-end"),
        logPay(levels, "full-stack"));
  }

  private static void checkShift(JsonNode expected, double[] x, double[] y) {
    // numpy: np.subtract.outer(x, y).ravel().partition(...) at the same order statistics.
    ShiftEstimate shift = HodgesLehmann.withDefaults().shift(x, y);
    assertThat(shift.lowerOrder()).isEqualTo(expected.get("lower_order").asLong());
    assertThat(shift.upperOrder()).isEqualTo(expected.get("upper_order").asLong());
    // Logs may differ by an ulp between Java's Math.log and NumPy's: 1e-12.
    assertClose(shift.estimate(), expected.get("estimate"), 1e-12);
    assertClose(shift.lower(), expected.get("lower"), 1e-12);
    assertClose(shift.upper(), expected.get("upper"), 1e-12);
  }

  @Test
  void derSimonianLairdMatchesStatsmodelsCombineEffects() {
    JsonNode expected = golden.get("dersimonian_laird");
    List<List<Row>> studies =
        List.of(
            levels.stream().filter(r -> !r.role().equals("full-stack")).toList(), eu2019, eu2020);
    List<String> names = List.of("levels", "eu2019", "eu2020");
    double[] effects = new double[3];
    double[] errors = new double[3];
    for (int s = 0; s < 3; s++) {
      List<Row> rows = studies.get(s);
      LinearFit fit =
          LinearModel.of("log pay", column(rows, Row::logPay))
              .withFactor("role", labels(rows, Row::role), "front-end")
              .fit();
      effects[s] = fit.coefficient("role=back-end").estimate();
      errors[s] = fit.coefficient("role=back-end").standardError();
      JsonNode study = expected.get("studies").get(names.get(s));
      assertClose(effects[s], study.get("effect"), 1e-8);
      assertClose(errors[s], study.get("se"), 1e-8);
    }
    // combine_effects(effects, se**2, method_re='dl'); conf_int(use_t=False)[1]
    PooledEffect pooled = RandomEffects.withDefaults().pool(effects, errors);
    assertClose(pooled.pooled().estimate(), expected.get("estimate"), 1e-8);
    assertClose(pooled.standardError(), expected.get("se"), 1e-8);
    assertClose(pooled.pooled().lower(), expected.get("lower"), 1e-8);
    assertClose(pooled.pooled().upper(), expected.get("upper"), 1e-8);
    assertClose(pooled.tauSquared(), expected.get("tau2"), 1e-7);
    assertClose(pooled.q(), expected.get("q"), 1e-8);
    assertClose(pooled.iSquared(), expected.get("i2"), 1e-8);
    assertClose(pooled.fixedEffect(), expected.get("fixed"), 1e-8);
    assertClose(pooled.fixedEffectStandardError(), expected.get("fixed_se"), 1e-8);
    assertClose(pooled.heterogeneityPValue(), expected.get("q_p"), 1e-8);
    assertThat(pooled.studies()).isEqualTo(3);
  }

  // ---- helpers ----

  private static double pTolerance(JsonNode p) {
    return p.asDouble() < 1e-100 ? 1e-6 : 1e-8;
  }

  private static void assertClose(double actual, JsonNode expected, double relative) {
    assertClose(actual, expected, relative, "");
  }

  private static void assertClose(
      double actual, JsonNode expected, double relative, String description) {
    double value = expected.asDouble();
    assertThat(actual)
        .as(description)
        .isCloseTo(value, within(Math.max(1e-12, relative * Math.abs(value))));
  }

  private static List<NamedCsvRecord> read(Path file) throws IOException {
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .ofNamedCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return csv.stream().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<Row> eu(Path file, String payColumn, String positionColumn)
      throws IOException {
    List<Row> rows = new ArrayList<>();
    for (NamedCsvRecord r : read(file)) {
      String position = r.getField(positionColumn);
      String role =
          switch (position) {
            case "Backend Developer" -> "back-end";
            case "Frontend Developer" -> "front-end";
            default -> null;
          };
      String pay = r.getField(payColumn);
      if (role == null || !NUMBER.matcher(pay).matches() || Double.parseDouble(pay) <= 0) {
        continue;
      }
      rows.add(new Row(Double.parseDouble(pay), role, 0, "", "", ""));
    }
    return rows;
  }

  /** The {@code count} most frequent locations, ties by name (the script's rule). */
  private static Set<String> mostFrequent(List<Row> rows, int count) {
    Map<String, Long> counts = new HashMap<>();
    rows.forEach(r -> counts.merge(r.location(), 1L, Long::sum));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(count)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static List<Row> select(List<Row> rows, String role) {
    Predicate<Row> test = r -> r.role().equals(role);
    return rows.stream().filter(test).toList();
  }

  private static double[] logPay(List<Row> rows, String role) {
    return column(select(rows, role), Row::logPay);
  }

  private static double[] column(List<Row> rows, java.util.function.ToDoubleFunction<Row> f) {
    return rows.stream().mapToDouble(f).toArray();
  }

  private static String[] labels(List<Row> rows, java.util.function.Function<Row, String> f) {
    return rows.stream().map(f).toArray(String[]::new);
  }

  private static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }
}
