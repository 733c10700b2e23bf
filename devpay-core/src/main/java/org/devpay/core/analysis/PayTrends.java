package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.ControlTerms;
import org.devpay.core.analysis.engine.ControlUse;
import org.devpay.core.analysis.policy.QueryDimensions;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.prices.ConsumerPrices;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.Criterion;
import org.devpay.core.privacy.Release;
import org.devpay.core.resource.ResourceTable;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.IntervalMethod;
import org.devpay.core.stats.LinearModel;
import org.devpay.core.stats.Sample;

/**
 * Demand and pay over time, for sources that cover several years (levels.fyi 2017-2021 by record
 * year, the IT Salary Survey EU 2017-2020, Stack Overflow's yearly surveys, DOU's waves): each
 * role's share of respondents per year and its median pay, nominal and at 2020 prices ({@link
 * ConsumerPrices}), and per role three trends fitted by OLS with HC1 errors:
 *
 * <ul>
 *   <li>nominal pay growth: the coefficient of time (years) in ln(pay in the published currency) =
 *       α + γ·t + fixed effects for experience band, seniority, location and employment, over the
 *       role's rows (a log change per year; 100(e^γ − 1) % a year);
 *   <li>real pay growth: the same on pay in the local currency at 2020 prices, over the years that
 *       can be deflated (local-price-levels.csv names a source's local currency where it is not the
 *       published one: DOU's USD pay is priced in UAH, at Ukrainian prices);
 *   <li>share change: the coefficient of time in a linear probability model of belonging to the
 *       role over every respondent of the source (a change in share per year).
 * </ul>
 *
 * Time is the survey year, or for an edition labelled "yyyy-mm" (a DOU wave) the year plus the
 * month's middle (2019-12 is 2019.96, 2020-06 is 2020.46), so waves half a year apart are not a
 * year apart. Editions are grouped into a source by dataset id without a trailing year
 * ("so-survey-2016" and "so-survey-2017" are source "so-survey"); pay is compared across a source's
 * years only when its editions share pay basis, scope and currency and publish exact amounts (not
 * bins); shares only when every edition classifies roles from the same field, or the source's role
 * question is declared stable over those years in stable-role-questions.csv (Stack Overflow
 * 2011-2017, DOU 2015-2025), the years outside the declared span being left out of the share trend.
 * A respondent share is who answered a survey, not how many jobs were posted: job-posting demand is
 * not in these data.
 *
 * <p>Over 500 lines: the five result records of the trend report live here beside the computation
 * (about 150 lines); they move with the core.analysis package split not yet done.
 */
public final class PayTrends {
  /** What the share trend is not, said wherever it is shown. */
  public static final String DEMAND_NOTE =
      "A role's share of survey respondents is a proxy at best: job-posting demand is not in these"
          + " data.";

  private final AnswerSettings settings;
  private final ConsumerPrices prices;
  private final ExchangeRates rates;
  private final Map<String, String> localCurrency;
  private final Map<String, int[]> stableQuestions;

  private PayTrends(
      AnswerSettings settings,
      ConsumerPrices prices,
      ExchangeRates rates,
      Map<String, String> localCurrency,
      Map<String, int[]> stableQuestions) {
    this.settings = requireNonNull(settings, "settings is null");
    this.prices = requireNonNull(prices, "prices is null");
    this.rates = requireNonNull(rates, "rates is null");
    this.localCurrency = Map.copyOf(localCurrency);
    this.stableQuestions = Map.copyOf(stableQuestions);
  }

  public static PayTrends with(AnswerSettings settings) {
    return new PayTrends(
        settings,
        ConsumerPrices.fromResources(),
        ExchangeRates.fromResources(),
        Tables.LOCAL_CURRENCY,
        Tables.STABLE_QUESTIONS);
  }

  /** An edition label "yyyy-mm" (a DOU wave). */
  private static final java.util.regex.Pattern WAVE =
      java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");

  /** The shipped tables, read once. */
  private static final class Tables {
    static final Map<String, String> LOCAL_CURRENCY = localCurrencies();
    static final Map<String, int[]> STABLE_QUESTIONS = stableQuestions();

    private static Map<String, String> localCurrencies() {
      ResourceTable table = ResourceTable.load(ConsumerPrices.class, "local-price-levels.csv");
      Map<String, String> out = new TreeMap<>();
      for (List<String> row : table.rows()) {
        out.put(row.get(table.column("source")).strip(), row.get(table.column("local_currency")));
      }
      return out;
    }

    private static Map<String, int[]> stableQuestions() {
      ResourceTable table = ResourceTable.load(PayTrends.class, "stable-role-questions.csv");
      Map<String, int[]> out = new TreeMap<>();
      for (List<String> row : table.rows()) {
        out.put(
            row.get(table.column("source")).strip(),
            new int[] {
              Integer.parseInt(row.get(table.column("first_year")).strip()),
              Integer.parseInt(row.get(table.column("last_year")).strip())
            });
      }
      return out;
    }
  }

  /**
   * The time of a record in years: the survey year, or for an edition labelled "yyyy-mm" of that
   * year, the year plus the middle of the month ((month − 0.5) / 12); plain years count from their
   * middle (year + 0.5), so that a source's trend does not depend on how its editions are labelled.
   */
  public static double time(PayRecord record) {
    java.util.regex.Matcher wave = WAVE.matcher(record.edition());
    if (wave.matches() && Integer.parseInt(wave.group(1)) == record.year()) {
      int month = Integer.parseInt(wave.group(2));
      if (month >= 1 && month <= 12) {
        return record.year() + (month - 0.5) / 12;
      }
    }
    return record.year() + 0.5;
  }

  /** The source a dataset id belongs to: the id without a trailing "-yyyy". */
  public static String sourceOf(String datasetId) {
    return datasetId.replaceFirst("-\\d{4}$", "");
  }

  /**
   * Trends of these roles in every source spanning two or more years, and pooled across sources.
   */
  public TrendReport report(List<RoleFamily> roles, PayData data) {
    Map<String, List<EditionKey>> sources = new TreeMap<>();
    for (EditionKey key : data.editions()) {
      sources.computeIfAbsent(sourceOf(key.datasetId()), s -> new ArrayList<>()).add(key);
    }
    StudiedEditions studied = settings.studied(data);
    List<SourceTrend> out = new ArrayList<>();
    for (Map.Entry<String, List<EditionKey>> source : sources.entrySet()) {
      List<PayRecord> records = new ArrayList<>();
      List<StudiedEditions.Edition> parts = new ArrayList<>();
      for (EditionKey key : source.getValue()) {
        StudiedEditions.Edition edition = studied.edition(key);
        parts.add(edition);
        records.addAll(edition.rows());
      }
      Set<Integer> years =
          records.stream().map(PayRecord::year).collect(Collectors.toCollection(TreeSet::new));
      if (years.size() < 2) {
        continue;
      }
      out.add(source(source.getKey(), parts, records, years, roles, data));
    }
    List<PooledTrend> pooled = new ArrayList<>();
    double confidence = settings.bootstrap().confidence();
    for (RoleFamily role : roles) {
      List<PooledPremium.Study> pay = new ArrayList<>();
      List<PooledPremium.Study> nominal = new ArrayList<>();
      List<PooledPremium.Study> real = new ArrayList<>();
      List<PooledPremium.Study> share = new ArrayList<>();
      for (SourceTrend s : out) {
        for (RoleTrend t : s.roles()) {
          if (t.role() == role) {
            t.payGrowth().ifPresent(e -> pay.add(new PooledPremium.Study(s.source(), e, t.rows())));
            t.nominalGrowth()
                .ifPresent(e -> nominal.add(new PooledPremium.Study(s.source(), e, t.rows())));
            t.realGrowth()
                .ifPresent(e -> real.add(new PooledPremium.Study(s.source(), e, t.realRows())));
            t.shareChange()
                .ifPresent(
                    e -> share.add(new PooledPremium.Study(s.source(), e, s.shareRespondents())));
          }
        }
      }
      pooled.add(
          new PooledTrend(
              role,
              PooledPremium.of(pay, confidence),
              PooledPremium.of(share, confidence),
              PooledPremium.of(nominal, confidence),
              PooledPremium.of(real, confidence)));
    }
    return new TrendReport(out, pooled, DEMAND_NOTE);
  }

  private SourceTrend source(
      String name,
      List<StudiedEditions.Edition> parts,
      List<PayRecord> records,
      Set<Integer> years,
      List<RoleFamily> roles,
      PayData data) {
    Set<String> bases = new TreeSet<>();
    Set<String> currencies = new TreeSet<>();
    Set<String> roleFields = new TreeSet<>();
    boolean binned = false;
    for (PayRecord r : records) {
      bases.add(r.published().basis() + " " + r.published().scope());
      currencies.add(r.published().currency());
      binned |= r.published().range().isPresent();
    }
    List<EditionKey> editions = parts.stream().map(StudiedEditions.Edition::key).toList();
    for (EditionKey key : editions) {
      // Exact field names: the IT Salary Survey EU's 2019 categories ("Position (without
      // seniority)") classify differently from the free text of other years.
      roleFields.add(data.citation(key).roleField().strip());
    }
    List<String> problems = new ArrayList<>();
    if (bases.size() > 1) {
      problems.add("pay basis or scope differs between years " + bases);
    }
    if (currencies.size() > 1) {
      problems.add("currency differs between years " + currencies);
    }
    if (binned) {
      problems.add("pay is published in bins");
    }
    boolean payComparable = problems.isEmpty();
    String published = currencies.iterator().next();
    String local = localCurrency.getOrDefault(name, published);
    // Shares: one role field over every year, or a role question declared stable (then only the
    // years inside the declared span are compared).
    Set<Integer> shareYears = new TreeSet<>();
    int[] stable = stableQuestions.get(name);
    if (roleFields.size() == 1) {
      shareYears.addAll(years);
    } else if (stable != null) {
      for (int year : years) {
        if (year >= stable[0] && year <= stable[1]) {
          shareYears.add(year);
        }
      }
      if (shareYears.size() < years.size()) {
        problems.add(
            "role shares compared over "
                + stable[0]
                + "-"
                + stable[1]
                + " only, where the role question is stable");
      }
    }
    boolean sharesComparable = shareYears.size() >= 2;
    if (!sharesComparable) {
      problems.add("roles come from different fields " + roleFields);
    }
    // Real pay: the years whose amounts can be priced in the local currency at 2020 prices.
    Set<Integer> deflatable = new TreeSet<>();
    if (payComparable) {
      for (int year : years) {
        if (prices.index(local, year).isPresent()
            && (local.equals(published)
                || (rates.usdPerUnit(published, year).isPresent()
                    && rates.usdPerUnit(local, year).isPresent()))) {
          deflatable.add(year);
        }
      }
    }
    boolean real = deflatable.size() >= 2;
    List<Integer> notDeflated = years.stream().filter(y -> !deflatable.contains(y)).toList();
    int respondents = records.size();
    List<PayRecord> shareRecords =
        records.stream().filter(r -> shareYears.contains(r.year())).toList();
    Map<Integer, Integer> perYear = new TreeMap<>();
    records.forEach(r -> perYear.merge(r.year(), 1, Integer::sum));
    List<RoleTrend> trends = new ArrayList<>();
    for (RoleFamily role : roles) {
      List<YearFigures> figures = new ArrayList<>();
      for (int year : years) {
        Optional<List<PayRecord>> cell =
            released(
                parts,
                CellSpec.role(role).and(QueryDimensions.YEAR.is(Integer.toString(year))),
                r -> r.year() == year && r.role() == role);
        figures.add(
            figures(
                year,
                perYear.get(year),
                cell,
                published,
                local,
                deflatable.contains(year),
                shareYears.contains(year)));
      }
      // The role's rows over every year, and over the years that can be priced, are cells of
      // their own that the disclosure control releases (or withholds) before any trend is fitted.
      List<PayRecord> roleRows =
          released(parts, CellSpec.role(role), r -> r.role() == role).orElse(List.of());
      List<PayRecord> realRows =
          released(
                  parts,
                  CellSpec.role(role)
                      .and(
                          Criterion.of(
                              "year in " + deflatable, r -> deflatable.contains(r.year()))),
                  r -> r.role() == role && deflatable.contains(r.year()))
              .orElse(List.of());
      List<ControlUse> uses = new ArrayList<>();
      Optional<ModelEstimate> nominal =
          payComparable && settings.privacyFloor().allows(roleRows.size())
              ? payGrowth(roleRows, published, local, false, uses)
              : Optional.empty();
      Optional<ModelEstimate> deflated =
          real && settings.privacyFloor().allows(realRows.size())
              ? payGrowth(realRows, published, local, true, new ArrayList<>())
              : Optional.empty();
      Optional<ModelEstimate> share =
          sharesComparable ? shareChange(shareRecords, role) : Optional.empty();
      trends.add(
          new RoleTrend(
              role,
              roleRows.size(),
              figures,
              real ? deflated : nominal,
              share,
              uses,
              nominal,
              deflated,
              realRows.size()));
    }
    String priceLevel =
        local.equals(published)
            ? local + " consumer prices"
            : published
                + " pay priced in "
                + local
                + " at the year's average rate, "
                + local
                + " consumer prices";
    String note =
        payComparable
            ? (real
                    ? "pay at 2020 prices ("
                        + priceLevel
                        + ")"
                        + (notDeflated.isEmpty()
                            ? ""
                            : "; years "
                                + notDeflated
                                + " have no rate or price index: nominal only")
                    : "nominal pay (no price index for " + local + " over two or more years)")
                + (problems.isEmpty() ? "" : "; " + String.join("; ", problems))
            : String.join("; ", problems) + ": those trends are not fitted";
    return new SourceTrend(
        name,
        editions,
        published,
        real,
        payComparable,
        sharesComparable,
        respondents,
        note,
        trends,
        local,
        List.copyOf(deflatable),
        List.copyOf(shareYears),
        shareRecords.size());
  }

  /**
   * The rows of a cell that spans a source's editions, each edition's part released by the
   * disclosure control, or empty when a part is withheld (or the cell has no row).
   */
  private static Optional<List<PayRecord>> released(
      List<StudiedEditions.Edition> parts,
      CellSpec spec,
      java.util.function.Predicate<PayRecord> member) {
    List<PayRecord> out = new ArrayList<>();
    for (StudiedEditions.Edition part : parts) {
      List<PayRecord> rows = part.rows().stream().filter(member).toList();
      if (rows.isEmpty()) {
        continue;
      }
      Release release = part.release(spec, rows);
      if (!release.published()) {
        return Optional.empty();
      }
      out.addAll(release.rows());
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  private YearFigures figures(
      int year,
      int respondents,
      Optional<List<PayRecord>> released,
      String published,
      String local,
      boolean real,
      boolean sharesComparable) {
    List<PayRecord> cell = released.orElse(List.of());
    int n = cell.size();
    boolean suppressed = released.isEmpty() || !settings.privacyFloor().allows(n);
    Optional<Estimate> share = Optional.empty();
    if (!suppressed && sharesComparable) {
      share = Optional.of(wilson(n, respondents, settings.bootstrap().confidence()));
    }
    OptionalDouble median = OptionalDouble.empty();
    Optional<Estimate> realMedian = Optional.empty();
    if (!suppressed) {
      double[] weights = cell.stream().mapToDouble(PayRecord::weight).toArray();
      Sample nominal =
          Sample.weighted(cell.stream().mapToDouble(PayRecord::annualLocal).toArray(), weights);
      median = OptionalDouble.of(nominal.median());
      if (real) {
        Sample deflated =
            Sample.weighted(
                cell.stream().mapToDouble(r -> realAmount(r, published, local)).toArray(), weights);
        realMedian = Optional.of(settings.bootstrap().median(deflated));
      }
    }
    return new YearFigures(
        year, respondents, suppressed ? 0 : n, suppressed, share, median, realMedian);
  }

  /**
   * A record's annual pay in the local currency at 2020 prices: priced in the local currency at its
   * year's average rates where the published currency differs, then × 100 / the local index.
   */
  private double realAmount(PayRecord r, String published, String local) {
    double amount = r.annualLocal();
    if (!local.equals(published)) {
      amount =
          amount
              * rates.usdPerUnit(published, r.year()).getAsDouble()
              / rates.usdPerUnit(local, r.year()).getAsDouble();
    }
    return prices.atPricesOf2020(amount, local, r.year());
  }

  private Optional<ModelEstimate> payGrowth(
      List<PayRecord> rows, String published, String local, boolean real, List<ControlUse> uses) {
    double[] logPay = new double[rows.size()];
    double[] time = new double[rows.size()];
    double[] weights = new double[rows.size()];
    boolean weighted = false;
    for (int i = 0; i < logPay.length; i++) {
      PayRecord r = rows.get(i);
      double amount = real ? realAmount(r, published, local) : r.annualLocal();
      logPay[i] = Math.log(amount);
      time[i] = time(r);
      weights[i] = r.weight();
      weighted |= r.weight() != 1;
    }
    if (java.util.Arrays.stream(time).distinct().count() < 2) {
      return Optional.empty();
    }
    LinearModel model =
        LinearModel.of("ln(annual pay)", logPay)
            .withCollinearColumnsDropped()
            .withConfidence(settings.bootstrap().confidence())
            .withCovariate("year", time);
    if (weighted) {
      model = model.withFrequencyWeights(weights);
    }
    List<ControlTerms.Term> terms =
        ControlTerms.code(
            rows,
            List.of(Control.EXPERIENCE, Control.SENIORITY, Control.LOCATION, Control.EMPLOYMENT),
            Set.of(),
            settings.privacyFloor(),
            uses);
    return coefficient(ControlTerms.apply(model, terms), "year");
  }

  private Optional<ModelEstimate> shareChange(List<PayRecord> records, RoleFamily role) {
    double[] member = new double[records.size()];
    double[] time = new double[records.size()];
    int count = 0;
    for (int i = 0; i < member.length; i++) {
      member[i] = records.get(i).role() == role ? 1 : 0;
      count += (int) member[i];
      time[i] = time(records.get(i));
    }
    if (!settings.privacyFloor().allows(count)) {
      return Optional.empty();
    }
    return coefficient(
        LinearModel.of("in role", member)
            .withConfidence(settings.bootstrap().confidence())
            .withCovariate("year", time),
        "year");
  }

  private static Optional<ModelEstimate> coefficient(LinearModel model, String name) {
    return ModelEstimate.of(model.fit(), name);
  }

  /**
   * The Wilson score interval of a proportion x/n (Wilson 1927,
   * doi:10.1080/01621459.1927.10502953): (p̂ + z²/2n ± z√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
   */
  static Estimate wilson(int x, int n, double confidence) {
    double z =
        new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double p = (double) x / n;
    double denominator = 1 + z * z / n;
    double centre = (p + z * z / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
    return new Estimate(
        p,
        Math.max(0, centre - half),
        Math.min(1, centre + half),
        confidence,
        IntervalMethod.WILSON_SCORE,
        0,
        0);
  }

  /**
   * One role in one year of a source.
   *
   * @param year the year
   * @param respondents every screened row of the source in that year
   * @param rows the role's rows (0 when suppressed: a withheld cell states no count)
   * @param suppressed true when the disclosure control withholds the cell; then the figures are
   *     empty
   * @param share the role's share of respondents with its Wilson interval (when comparable)
   * @param median nominal median annual pay, published currency
   * @param realMedian median at 2020 prices with its bootstrap interval (when deflated)
   */
  public record YearFigures(
      int year,
      int respondents,
      int rows,
      boolean suppressed,
      Optional<Estimate> share,
      OptionalDouble median,
      Optional<Estimate> realMedian) {
    public YearFigures {
      requireNonNull(share, "share is null");
      requireNonNull(median, "median is null");
      requireNonNull(realMedian, "realMedian is null");
      if (suppressed
          && (share.isPresent() || median.isPresent() || realMedian.isPresent() || rows != 0)) {
        throw new IllegalArgumentException("a suppressed cell carries no figures and no count");
      }
    }
  }

  /**
   * One role's years and trends in one source.
   *
   * @param role the role family
   * @param rows the role's rows over every year (0 when the disclosure control withholds them)
   * @param years one entry per year
   * @param payGrowth the year coefficient of log pay (real where deflated, else nominal)
   * @param shareChange the year coefficient of the role's share
   * @param controls the controls of the pay growth model
   * @param nominalGrowth the year coefficient of log pay in the published currency
   * @param realGrowth the year coefficient of log pay in the local currency at 2020 prices, over
   *     the years that can be deflated
   * @param realRows the role's rows in those years
   */
  public record RoleTrend(
      RoleFamily role,
      int rows,
      List<YearFigures> years,
      Optional<ModelEstimate> payGrowth,
      Optional<ModelEstimate> shareChange,
      List<ControlUse> controls,
      Optional<ModelEstimate> nominalGrowth,
      Optional<ModelEstimate> realGrowth,
      int realRows) {
    public RoleTrend {
      requireNonNull(role, "role is null");
      years = List.copyOf(years);
      requireNonNull(payGrowth, "payGrowth is null");
      requireNonNull(shareChange, "shareChange is null");
      controls = List.copyOf(controls);
      requireNonNull(nominalGrowth, "nominalGrowth is null");
      requireNonNull(realGrowth, "realGrowth is null");
    }
  }

  /**
   * A source spanning years.
   *
   * @param source the source ("levels-fyi", "it-salary-survey-eu")
   * @param editions its editions
   * @param currency the published currency
   * @param real whether pay is deflated to 2020 prices
   * @param payComparable whether pay can be compared across its years
   * @param sharesComparable whether role shares can be compared across its years
   * @param respondents screened rows over every year
   * @param note how pay is stated, or why trends are not fitted
   * @param roles one trend per role asked for
   * @param localCurrency the currency whose prices deflate pay (the published one unless
   *     local-price-levels.csv names another)
   * @param deflatedYears the years priced at 2020 prices
   * @param shareYears the years whose role shares are compared
   * @param shareRespondents screened rows of those years
   */
  public record SourceTrend(
      String source,
      List<EditionKey> editions,
      String currency,
      boolean real,
      boolean payComparable,
      boolean sharesComparable,
      int respondents,
      String note,
      List<RoleTrend> roles,
      String localCurrency,
      List<Integer> deflatedYears,
      List<Integer> shareYears,
      int shareRespondents) {
    public SourceTrend {
      requireNonNull(source, "source is null");
      editions = List.copyOf(editions);
      requireNonNull(currency, "currency is null");
      requireNonNull(note, "note is null");
      roles = List.copyOf(roles);
      requireNonNull(localCurrency, "localCurrency is null");
      deflatedYears = List.copyOf(deflatedYears);
      shareYears = List.copyOf(shareYears);
    }
  }

  /**
   * A role's trends pooled across sources (DerSimonian-Laird).
   *
   * @param role the role family
   * @param payGrowth pooled log pay change per year (each source real where deflated)
   * @param shareChange pooled share change per year
   * @param nominalGrowth pooled nominal log pay change per year
   * @param realGrowth pooled real log pay change per year (deflated sources only)
   */
  public record PooledTrend(
      RoleFamily role,
      PooledPremium payGrowth,
      PooledPremium shareChange,
      PooledPremium nominalGrowth,
      PooledPremium realGrowth) {
    public PooledTrend {
      requireNonNull(role, "role is null");
      requireNonNull(payGrowth, "payGrowth is null");
      requireNonNull(shareChange, "shareChange is null");
      requireNonNull(nominalGrowth, "nominalGrowth is null");
      requireNonNull(realGrowth, "realGrowth is null");
    }
  }

  /**
   * Trends of every source spanning years, and pooled.
   *
   * @param sources one per source with two or more years
   * @param pooled one per role
   * @param demandNote what a respondent share is not
   */
  public record TrendReport(
      List<SourceTrend> sources, List<PooledTrend> pooled, String demandNote) {
    public TrendReport {
      sources = List.copyOf(sources);
      pooled = List.copyOf(pooled);
      requireNonNull(demandNote, "demandNote is null");
    }
  }
}
