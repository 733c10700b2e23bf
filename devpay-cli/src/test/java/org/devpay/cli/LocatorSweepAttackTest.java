package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.error.DevpayException;
import org.devpay.core.estimate.EditionScope;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.PayLocator;
import org.devpay.core.estimate.PayStanding;
import org.devpay.core.estimate.Profile;
import org.devpay.core.estimate.StatedPay;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.prices.ConsumerPrices;
import org.devpay.core.privacy.LocatedShare;
import org.devpay.core.privacy.LocatorDisclosure;
import org.devpay.ingest.StorePayData;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pay locator attacked as the issue describes: on the real data, over the smallest comparable
 * cell any edition answers for (a cell of exactly or nearly k rows), the pay asked about is swept
 * in 0.5% steps across the whole range, and every answer is read by an attacker who knows the
 * published rule and the group sizes. The test fails when the answers locate any respondent's pay
 * within 10%.
 *
 * <p><b>Locate</b>, precisely: the answers at two swept amounts a &lt; b with b &lt; 1.1 a imply
 * that between 1 and k − 1 rows of the group behind a figure (the model's calibration rows, or the
 * comparable cell) are paid within [a, b), and that is true. Two readings are tried on every
 * published share (the predictive percentile and the cell's own), taking each as the share of the
 * group's N rows paid less, as the documents describe it:
 *
 * <ul>
 *   <li><b>bounds</b>: each answer bounds the number of rows paid less than its amount (a band
 *       [low, high] to N·low … N·high rows, an exact share to one count), the bounds are tightened
 *       by monotonicity (a count never falls as the amount rises), and the count between a and b is
 *       bounded by their difference: every inference about counts the answers allow;
 *   <li><b>steps</b>: a change of the share between a and b by the weight of c rows (c = N × the
 *       change) says c rows lie there: "changes by exactly the weight of one respondent".
 * </ul>
 *
 * <p>Whether a claim is true is read off the exact, uncontrolled shares at the same amounts ({@link
 * LocatorDisclosure#uncontrolledForAttackTests}), whose values {@link StandingGoldenTest} checks
 * against pandas.
 *
 * <p>Run with {@code -Ddevpay.locator.uncontrolled=true} to switch the control off in the attacked
 * locator: {@link #theSweepLocatesNoRespondentOfTheSmallestCell} then fails, listing the
 * respondents it located. {@link #withoutTheControlTheSameSweepLocatesEveryMemberOfTheCell} shows
 * the same on every run.
 */
class LocatorSweepAttackTest {
  /** Set to "true" to attack the uncontrolled locator (the main test must then fail). */
  static final String UNCONTROLLED = "devpay.locator.uncontrolled";

  /** The sweep's step: 0.5%. */
  private static final double STEP = 1.005;

  /** Located means within this ratio: 10%. */
  private static final double WITHIN = 1.10;

  private static final int K = PrivacyFloor.DEFAULT.minimumCellSize();

  private static DevpayStore store;
  private static PayData loaded;
  private static PayLocator attacked;
  private static PayLocator exact;
  private static Target smallest;
  private static List<Point> smallestAnswers;
  private static List<Point> smallestTruth;

  /** A profile whose comparable cell is swept, and that cell's size. */
  record Target(EditionKey edition, Profile profile, String place, int cellRows) {}

  @BeforeAll
  static void findTheSmallestAnswerableCell() throws IOException {
    store = DevpayStore.openReadOnly(RealStore.file());
    PayData data = LoadedPayData.of(new StorePayData(store));
    loaded = data;
    Estimator estimator = new Estimator(data, EstimatorSettings.defaults());
    exact =
        new PayLocator(
            estimator,
            LocatorDisclosure.uncontrolledForAttackTests(PrivacyFloor.DEFAULT),
            ExchangeRates.fromResources(),
            ConsumerPrices.fromResources());
    attacked = Boolean.getBoolean(UNCONTROLLED) ? exact : new PayLocator(estimator);
    smallest = smallestAnswerable(data, new PayLocator(estimator));
    smallestAnswers = sweep(attacked, smallest);
    smallestTruth = sweep(exact, smallest);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /**
   * Every (role, metro) and (role, country) of every edition with k to k + 6 records before the
   * estimator's population and screen, asked for; the answered cell with the fewest rows wins
   * (ties: edition, role, place).
   */
  private static Target smallestAnswerable(PayData data, PayLocator locator) {
    List<Candidate> candidates = new ArrayList<>();
    for (EditionKey key : data.editions()) {
      Map<String, Integer> counts = new TreeMap<>();
      for (PayRecord r : data.records(key)) {
        r.location()
            .metro()
            .ifPresent(m -> counts.merge(r.role().id() + "\tmetro\t" + m, 1, Integer::sum));
        r.location()
            .country()
            .ifPresent(c -> counts.merge(r.role().id() + "\tcountry\t" + c, 1, Integer::sum));
      }
      counts.forEach(
          (cell, n) -> {
            if (n >= K && n <= K + 6) {
              candidates.add(new Candidate(key, cell.split("\t"), n));
            }
          });
    }
    // A cell keeps at most its records after the screen: once the records reach the best answered
    // size, no later candidate can be smaller.
    candidates.sort(Comparator.comparingInt(Candidate::records));
    Target best = null;
    for (Candidate candidate : candidates) {
      if (best != null && candidate.records() > best.cellRows()) {
        break;
      }
      Optional<Target> answered = answered(locator, candidate, false);
      if (answered.isPresent() && (best == null || answered.get().cellRows() < best.cellRows())) {
        best = answered.get();
      }
    }
    if (best == null) {
      throw new AssertionError("no cell of k to k + 6 records is answered");
    }
    return best;
  }

  /** A role and place of an edition with its number of records (before the screen). */
  record Candidate(EditionKey edition, String[] cell, int records) {}

  /** The candidate as the locator answers it, if it does (with its own share, if asked). */
  private static Optional<Target> answered(
      PayLocator locator, Candidate candidate, boolean ownSharePublished) {
    String[] parts = candidate.cell();
    Optional<RoleFamily> role = RoleFamily.parse(parts[0]);
    if (role.isEmpty() || role.get() == RoleFamily.UNKNOWN) {
      return Optional.empty();
    }
    Profile profile =
        parts[1].equals("metro")
            ? Profile.of(role.get()).withMetro(parts[2])
            : Profile.of(role.get()).withCountry(parts[2]);
    try {
      PayStanding standing =
          locator
              .locate(profile, EditionScope.of(candidate.edition()), pay(candidate.edition(), 5e4))
              .standings()
              .get(0);
      boolean metroCell = standing.cell().criteria().containsKey("metro");
      // A cell the disclosure control withholds states no count: not a cell of k to attack.
      if (standing.cell().rows() < K
          || metroCell != parts[1].equals("metro")
          || (ownSharePublished && standing.cellPercentile().isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(
          new Target(
              candidate.edition(), profile, parts[1] + " " + parts[2], standing.cell().rows()));
    } catch (DevpayException refused) {
      // Not answerable: a cell under k after the screen, a role or place not modelled.
      return Optional.empty();
    }
  }

  /** A pay in the edition's own currency and survey year's money (no price or rate applies). */
  private static StatedPay pay(EditionKey edition, double amount) {
    return new StatedPay(
        amount,
        currencyOf(edition),
        PayPeriod.YEAR,
        yearOf(edition),
        Optional.empty(),
        Optional.empty());
  }

  private static final Map<EditionKey, String> CURRENCIES = new java.util.HashMap<>();
  private static final Map<EditionKey, Integer> YEARS = new java.util.HashMap<>();

  private static synchronized String currencyOf(EditionKey edition) {
    return CURRENCIES.computeIfAbsent(
        edition,
        e -> {
          List<PayRecord> rows = loaded.records(e);
          return rows.stream().map(r -> r.published().currency()).distinct().count() == 1
              ? rows.get(0).published().currency()
              : "USD";
        });
  }

  private static synchronized int yearOf(EditionKey edition) {
    return YEARS.computeIfAbsent(
        edition, e -> loaded.records(e).stream().mapToInt(PayRecord::year).max().orElseThrow());
  }

  @Test
  void theSmallestAnswerableCellHasExactlyOrNearlyKRows() {
    // The search found a real cell the locator answers; its own share is never published.
    assertThat(smallest.cellRows()).isBetween(K, K + 2);
    PayStanding standing = smallestAnswers.get(0).standing();
    assertThat(standing.cell().rows()).isEqualTo(smallest.cellRows());
  }

  @Test
  void theSweepLocatesNoRespondentOfTheSmallestCell() {
    List<Point> answers = smallestAnswers;
    List<Point> truth = smallestTruth;

    List<Location> located = new ArrayList<>();
    located.addAll(attack("model percentile", answers, truth, PayStanding::percentile, true));
    located.addAll(attack("cell percentile", answers, truth, cell(), false));

    assertThat(located)
        .as(
            "sweep of %d amounts over %s (%s, cell n = %d): %d claims locate respondents, first"
                + " %s",
            answers.size(),
            smallest.edition(),
            smallest.place(),
            smallest.cellRows(),
            located.size(),
            located.stream().limit(8).toList())
        .isEmpty();
    // The cell's own share is not published for a cell this small.
    assertThat(answers).allSatisfy(p -> assertThat(p.standing().cellPercentile()).isEmpty());
  }

  @Test
  void withoutTheControlTheSameSweepLocatesEveryMemberOfTheCell() {
    List<Point> truth = smallestTruth;

    List<Location> byCell = attack("cell percentile", truth, truth, cell(), false);
    List<Location> byModel =
        attack("model percentile", truth, truth, PayStanding::percentile, true);

    // Every member's pay is a step of the cell's exact share: each is located to within 0.5%.
    double located =
        byCell.stream()
            .filter(l -> l.reading().equals("steps") && l.to() / l.from() < STEP * 1.0001)
            .mapToInt(Location::rows)
            .sum();
    System.out.printf(
        java.util.Locale.ROOT,
        "uncontrolled: the cell's share located %.0f of %d members within one 0.5%% step (%d"
            + " claims), the model's share %d claims%n",
        located,
        smallest.cellRows(),
        byCell.size(),
        byModel.size());
    assertThat(located).isEqualTo(smallest.cellRows());
    assertThat(byModel).isNotEmpty();
  }

  @Test
  void theSweepLocatesNoRespondentOfACellWhoseOwnShareIsPublished() {
    Target published = publishedCell();
    List<Point> answers = sweep(attacked, published);
    List<Point> truth = sweep(exact, published);
    assertThat(answers).allSatisfy(p -> assertThat(p.standing().cellPercentile()).isPresent());

    List<Location> located = new ArrayList<>();
    located.addAll(attack("model percentile", answers, truth, PayStanding::percentile, true));
    located.addAll(attack("cell percentile", answers, truth, cell(), false));

    assertThat(located)
        .as(
            "%s (%s, n = %d): located %s",
            published.edition(),
            published.place(),
            published.cellRows(),
            located.stream().limit(8).toList())
        .isEmpty();
    // And without the control the same sweep does locate its members.
    assertThat(attack("cell percentile", truth, truth, cell(), false)).isNotEmpty();
  }

  @Test
  void theIntervalAndTheDistributionSayNothingTheBandDoesNot() {
    List<Point> answers = smallestAnswers;
    Map<Double, double[]> intervals = new TreeMap<>();
    List<LocatedShare.Quantile> edges = answers.get(0).standing().percentile().quantiles();
    for (Point p : answers) {
      LocatedShare share = p.standing().percentile();
      double[] interval = {share.intervalLow(), share.intervalHigh()};
      double[] first = intervals.putIfAbsent(share.low(), interval);
      if (first != null) {
        assertThat(interval).containsExactly(first);
      }
      // The published edges are the same for every query of the profile, and the band is the
      // number of edges at or below the pay: a sweep learns exactly the edges, no more.
      assertThat(share.quantiles()).isEqualTo(edges);
      long below = edges.stream().filter(q -> q.logPay() <= Math.log(p.amount())).count();
      assertThat(share.low()).isCloseTo(below * share.step() / 100.0, within(1e-12));
    }
  }

  /**
   * A cell whose own share the locator publishes: the first, by records, of the (role, country)
   * cells with 20k to 20k + 150 records.
   */
  private static Target publishedCell() {
    PayLocator locator = new PayLocator(attacked.estimator());
    List<Candidate> candidates = new ArrayList<>();
    for (EditionKey key : loaded.editions()) {
      Map<String, Integer> counts = new TreeMap<>();
      for (PayRecord r : loaded.records(key)) {
        r.location()
            .country()
            .ifPresent(c -> counts.merge(r.role().id() + "\tcountry\t" + c, 1, Integer::sum));
      }
      counts.forEach(
          (cell, n) -> {
            if (n >= 20 * K && n <= 20 * K + 150) {
              candidates.add(new Candidate(key, cell.split("\t"), n));
            }
          });
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::records)
            .thenComparing(c -> c.edition().toString())
            .thenComparing(c -> String.join(" ", c.cell())));
    for (Candidate candidate : candidates) {
      Optional<Target> answered = answered(locator, candidate, true);
      if (answered.isPresent()) {
        return answered.get();
      }
    }
    throw new AssertionError("no cell's own share is published");
  }

  private static Function<PayStanding, LocatedShare> cell() {
    return s -> s.cellPercentile().orElse(null);
  }

  /** One answer of a sweep. */
  record Point(double amount, PayStanding standing) {}

  /**
   * A located respondent (or few): {@code rows} rows of the group paid within [from, to).
   *
   * @param figure which published figure gave it away
   * @param reading which reading of the answers ("bounds" or "steps")
   */
  record Location(String figure, String reading, double from, double to, int rows) {
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%s/%s: %d row(s) in [%.0f, %.0f)",
          figure,
          reading,
          rows,
          from,
          to);
    }
  }

  /**
   * The sweep: from a quarter of the estimate's P10 to four times its P90 (wider than the edition's
   * outlier fences around a cell), in 0.5% steps, started off round numbers.
   */
  private static List<Point> sweep(PayLocator locator, Target target) {
    PayStanding first =
        locator
            .locate(target.profile(), EditionScope.of(target.edition()), pay(target.edition(), 5e4))
            .standings()
            .get(0);
    double from = first.band().p10() / 4 * (1 + Math.sqrt(2) * 1e-4);
    double to = first.band().p90() * 4;
    List<Point> out = new ArrayList<>();
    for (double amount = from; amount <= to; amount *= STEP) {
      PayStanding standing =
          locator
              .locate(
                  target.profile(),
                  EditionScope.of(target.edition()),
                  pay(target.edition(), amount))
              .standings()
              .get(0);
      // The pay is in the edition's currency and survey year: read as given.
      assertThat(standing.pay().annual()).isCloseTo(amount, within(1e-9 * amount));
      out.add(new Point(amount, standing));
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "sweep %s over %s %s %s (cell n = %d): %d amounts %.0f to %.0f%n",
        locator.disclosure().controlled() ? "controlled" : "uncontrolled",
        target.edition(),
        target.profile().role().id(),
        target.place(),
        target.cellRows(),
        out.size(),
        from,
        to);
    return out;
  }

  /**
   * Both readings of one figure along a sweep, each claim checked against the exact shares.
   *
   * @param model whether the group is a model's calibration rows (its exact share is (C + 1/2) / (N
   *     + 1), conformal) rather than a cell (C / N)
   */
  private static List<Location> attack(
      String figure,
      List<Point> answers,
      List<Point> truth,
      Function<PayStanding, LocatedShare> read,
      boolean model) {
    List<Location> out = new ArrayList<>();
    int n = answers.size();
    LocatedShare[] shares = new LocatedShare[n];
    for (int i = 0; i < n; i++) {
      shares[i] = read.apply(answers.get(i).standing());
    }
    if (shares[0] == null) {
      return out; // not published
    }
    int rows = shares[0].rows();
    double[] counted = new double[n];
    for (int i = 0; i < n; i++) {
      counted[i] = count(read.apply(truth.get(i).standing()), rows, model);
    }
    // Reading 1, bounds: each answer bounds the rows paid less; monotonicity tightens them.
    long[] lower = new long[n];
    long[] upper = new long[n];
    for (int i = 0; i < n; i++) {
      double low = shares[i].controlled() ? rows * shares[i].low() : count(shares[i], rows, model);
      double high =
          shares[i].controlled() ? rows * shares[i].high() : count(shares[i], rows, model);
      lower[i] = (long) Math.ceil(low - 1e-9);
      upper[i] = (long) Math.floor(high + 1e-9);
      if (lower[i] > upper[i]) {
        lower[i] = 0;
        upper[i] = rows;
      }
    }
    for (int i = 1; i < n; i++) {
      lower[i] = Math.max(lower[i], lower[i - 1]);
    }
    for (int i = n - 2; i >= 0; i--) {
      upper[i] = Math.min(upper[i], upper[i + 1]);
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1;
          j < n && answers.get(j).amount() < WITHIN * answers.get(i).amount();
          j++) {
        long least = Math.max(0, lower[j] - upper[i]);
        long most = upper[j] - lower[i];
        long actual = Math.round(counted[j] - counted[i]);
        if (least >= 1 && most <= K - 1 && actual >= least && actual <= most) {
          out.add(
              new Location(
                  figure,
                  "bounds",
                  answers.get(i).amount(),
                  answers.get(j).amount(),
                  (int) actual));
        }
        // Reading 2, steps: a change by the weight of c rows says c rows lie between.
        long claimed =
            Math.round(
                (shares[j].middle() - shares[i].middle())
                    * (model && !shares[i].controlled() ? rows + 1 : rows));
        if (claimed >= 1 && claimed <= K - 1 && claimed == actual) {
          out.add(
              new Location(
                  figure, "steps", answers.get(i).amount(), answers.get(j).amount(), (int) actual));
        }
      }
    }
    return out;
  }

  /** Rows paid less, from an exact share: (C + 1/2) / (N + 1) for a model, C / N for a cell. */
  private static double count(LocatedShare exactShare, int rows, boolean model) {
    return model ? exactShare.low() * (rows + 1) - 0.5 : exactShare.low() * rows;
  }
}
