package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.prices.ConsumerPrices;
import org.devpay.core.privacy.LocatedShare;
import org.devpay.core.privacy.LocatorDisclosure;
import org.devpay.core.privacy.LocatorGroup;

/**
 * "I earn 65,000 EUR as a back-end developer with 6 years in Berlin: where does that stand?" Places
 * a stated pay among comparable respondents, per dataset edition that can answer, the reverse of
 * the {@link Estimator}'s question and read off the same fitted models.
 *
 * <p><b>Method.</b> For each edition the estimator answers the profile in, the stated pay is made
 * annual, adjusted by consumer prices from its year to the edition's survey year, and converted to
 * the edition's currency at the survey year's average rate ({@link ConvertedPay}); it is read on
 * the edition's basis (gross or net, base or total), never converted between bases. Its share among
 * comparable respondents is read off the model's predictive distribution for the profile: ln pay =
 * x'β + σ(x) · s, s distributed as the calibration rows' scores, the distribution whose quantiles
 * are the estimator's P10, P50 and P90 (split-conformal predictive distribution; Vovk et al. 2019,
 * Machine Learning 108:445, doi:10.1007/s10994-018-5755-8). Beside it, the comparable cell's own
 * share (same role and place, all levels of experience), where the cell is large enough.
 *
 * <p><b>Privacy.</b> Every share is made by {@link LocatorDisclosure}: smoothed, in bands that each
 * hold k rows or more, with intervals computed from the band alone, and the cell's own share only
 * for large cells that cannot be differenced against another. No presenter sees the group's values.
 */
public final class PayLocator {
  private final Estimator estimator;
  private final LocatorDisclosure disclosure;
  private final ExchangeRates rates;
  private final ConsumerPrices prices;
  private final ConcurrentMap<FittedModel, LocatorGroup> groups = new ConcurrentHashMap<>();
  private final ConcurrentMap<CellKey, LocatorGroup> cells = new ConcurrentHashMap<>();

  /** The most comparable cells whose smoothed distributions are kept. */
  private static final int KEPT_CELLS = 1_000;

  private record CellKey(EditionPopulation population, List<Integer> rows) {}

  /** A locator over an estimator's models, with the standard disclosure control at its k. */
  public PayLocator(Estimator estimator) {
    this(
        estimator,
        LocatorDisclosure.standard(estimator.settings().privacyFloor()),
        ExchangeRates.fromResources(),
        ConsumerPrices.fromResources());
  }

  /**
   * A locator with another disclosure control: the attack tests pass {@link
   * LocatorDisclosure#uncontrolledForAttackTests} to show what the control prevents.
   */
  public PayLocator(
      Estimator estimator,
      LocatorDisclosure disclosure,
      ExchangeRates rates,
      ConsumerPrices prices) {
    this.estimator = requireNonNull(estimator, "estimator is null");
    this.disclosure = requireNonNull(disclosure, "disclosure is null");
    this.rates = requireNonNull(rates, "rates is null");
    this.prices = requireNonNull(prices, "prices is null");
  }

  public LocatorDisclosure disclosure() {
    return disclosure;
  }

  /** The estimator the locator reads its models from. */
  public Estimator estimator() {
    return estimator;
  }

  /**
   * The year a stated pay is taken to be in when none is given: the latest year devpay's price
   * index covers for the currency (the US index for a currency it has none for).
   */
  public int defaultPayYear(String currency) {
    OptionalInt own = prices.latestYear(currency);
    return own.isPresent() ? own.getAsInt() : prices.latestYear("USD").orElseThrow();
  }

  /** Every currency devpay has average rates for. */
  public java.util.SortedSet<String> currencies() {
    return rates.currencies();
  }

  /**
   * Where a pay stands for a profile in every edition of the scope that can answer.
   *
   * @throws DevpayException USER_INPUT for a currency devpay has no rates for, or a metro, industry
   *     or skill the data does not know; MISSING_DATA when no edition can answer, naming each
   *     edition's reason
   */
  public StandingResult locate(Profile profile, EditionScope scope, StatedPay pay) {
    requireNonNull(profile, "profile is null");
    requireNonNull(pay, "pay is null");
    if (!rates.currencies().contains(pay.currency())) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT,
          "unknown currency '"
              + pay.currency()
              + "'; devpay has yearly average rates for "
              + String.join(", ", rates.currencies()));
    }
    Estimator.Answers answers = estimator.answer(profile, scope, false);
    List<PayStanding> standings = new ArrayList<>();
    List<EstimateResult.Skipped> skipped = new ArrayList<>(answers.skipped());
    for (Estimator.Answered answered : answers.answered()) {
      try {
        standings.add(stand(answered, pay));
      } catch (Refusal refusal) {
        skipped.add(
            new EstimateResult.Skipped(answered.estimate().edition(), refusal.getMessage()));
      }
    }
    if (standings.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      for (EstimateResult.Skipped s : skipped) {
        reasons.add(s.edition() + ": " + s.reason());
      }
      throw new DevpayException(
          ErrorCategory.MISSING_DATA,
          "no edition can place this pay for "
              + profile.role().displayName()
              + ": "
              + String.join("; ", reasons));
    }
    return new StandingResult(
        answers.profile(), pay, estimator.settings(), disclosure.controlled(), standings, skipped);
  }

  private PayStanding stand(Estimator.Answered answered, StatedPay pay) {
    PayEstimate estimate = answered.estimate();
    EditionPopulation population = answered.population();
    FittedModel model = answered.model();
    Facts facts = answered.facts();
    checkComparable(estimate, pay);
    String currency = population.currency();
    PayBand band = estimate.local().currency().equals(currency) ? estimate.local() : estimate.usd();
    double usdPerUnit = estimate.local().currency().equals(currency) ? estimate.usdPerUnit() : 1;
    ConvertedPay converted = convert(pay, model.terms.latestYear, currency, usdPerUnit);
    double logPay = Math.log(converted.annual());

    LocatorGroup scores =
        groups.computeIfAbsent(
            model, m -> LocatorGroup.modelScores(m.calibrationScores, m.calibrationSpreadMedian));
    double center = model.linearPrediction(facts);
    double sigma = model.spread(facts);
    LocatedShare percentile =
        disclosure
            .locate(scores, center, sigma, logPay, List.of())
            .orElseThrow(
                () ->
                    new Refusal(
                        disclosure
                            .withheld(LocatorGroup.Kind.MODEL, scores.rows(), List.of())
                            .orElse("no share")));

    List<Integer> cell = answered.cell();
    List<Integer> nested = nestedCells(population, facts, cell.size());
    Optional<String> cellWithheld =
        disclosure.withheld(LocatorGroup.Kind.CELL, cell.size(), nested);
    Optional<LocatedShare> cellPercentile =
        cellWithheld.isEmpty() ? cellShare(population, cell, nested, logPay) : Optional.empty();
    String group = group(facts, model.features);
    return new PayStanding(
        estimate.edition(),
        estimate.title(),
        estimate.payDescription(),
        estimate.basis(),
        estimate.scope(),
        converted,
        group,
        percentile,
        cellPercentile,
        cellWithheld,
        estimate.cell(),
        band,
        band.times(usdPerUnit, "USD"),
        sentence(percentile, group, estimate),
        notes(converted, estimate, population),
        estimate.model());
  }

  /** Refuses a pay stated as net against gross pay, or as base against total compensation. */
  private static void checkComparable(PayEstimate estimate, StatedPay pay) {
    if (pay.basis().isPresent()
        && !pay.basis().get().name().toLowerCase(Locale.ROOT).equals(estimate.basis())) {
      throw new Refusal(
          "its pay is "
              + estimate.basis()
              + ", the pay given is "
              + pay.basis().get().name().toLowerCase(Locale.ROOT)
              + ": net and gross pay are never compared");
    }
    if (pay.scope().isPresent()
        && !pay.scope().get().name().toLowerCase(Locale.ROOT).equals(estimate.scope())) {
      throw new Refusal(
          "its pay is "
              + estimate.scope()
              + " pay, the pay given is "
              + pay.scope().get().name().toLowerCase(Locale.ROOT)
              + ": base pay and total compensation are never compared");
    }
  }

  /** Where the pay stands among the comparable cell's own pay (the cells kept are bounded). */
  private Optional<LocatedShare> cellShare(
      EditionPopulation population, List<Integer> cell, List<Integer> nested, double logPay) {
    if (cells.size() > KEPT_CELLS) {
      cells.clear();
    }
    LocatorGroup cellGroup =
        cells.computeIfAbsent(
            new CellKey(population, cell),
            key ->
                LocatorGroup.cellPay(
                    key.rows().stream().mapToDouble(i -> population.pay(i)).toArray()));
    return disclosure.locate(cellGroup, 0, 1, logPay, nested);
  }

  /** The conversion's notes, how the pay is read, then the estimate's notes in words. */
  private static List<String> notes(
      ConvertedPay converted, PayEstimate estimate, EditionPopulation population) {
    List<String> notes = new ArrayList<>(converted.notes());
    notes.add(
        "the pay given is read as "
            + estimate.basis()
            + " "
            + estimate.scope()
            + " pay, as this edition publishes it; devpay does not convert between net and gross"
            + " or base and total pay");
    if (population.rowsAreWeighted()) {
      notes.add(
          "shares count rows (company x title x city figures), not the salary reports they stand"
              + " for");
    }
    estimate.notes().forEach(note -> notes.add(note.text()));
    return notes;
  }

  /**
   * The rows of the other cells the locator answers for the same role (the role in the profile's
   * metro, in its country, everywhere), k or more rows each, for the differencing check.
   */
  private List<Integer> nestedCells(EditionPopulation population, Facts facts, int cellRows) {
    int metro = 0;
    int country = 0;
    int all = 0;
    for (int i = 0; i < population.size(); i++) {
      Facts f = population.facts(i);
      if (!f.role().equals(facts.role())) {
        continue;
      }
      all++;
      if (facts.country().isPresent() && f.country().equals(facts.country())) {
        country++;
      }
      if (population.recordsMetros()
          && facts.metro().isPresent()
          && f.metro().equals(facts.metro())) {
        metro++;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int rows : new int[] {metro, country, all}) {
      if (rows != cellRows && estimator.settings().privacyFloor().allows(rows)) {
        out.add(rows);
      }
    }
    return out;
  }

  /**
   * The stated pay as an edition reads it (see {@link ConvertedPay} for the steps).
   *
   * @param usdPerUnit USD per unit of the edition's currency, as the edition's estimate uses
   */
  ConvertedPay convert(StatedPay pay, int surveyYear, String currency, double usdPerUnit) {
    List<String> notes = new ArrayList<>();
    String stated = pay.currency();
    boolean ownIndex = prices.latestYear(stated).isPresent();
    String priceCurrency = ownIndex ? stated : "USD";
    int from = covered(priceCurrency, pay.payYear(), notes);
    int to = covered(priceCurrency, surveyYear, notes);
    double factor =
        prices.index(priceCurrency, to).getAsDouble()
            / prices.index(priceCurrency, from).getAsDouble();
    double toUsdAtPayYear = 1;
    if (!ownIndex) {
      toUsdAtPayYear = rate(stated, pay.payYear());
      notes.add(
          "devpay has no consumer price index for "
              + stated
              + ": the pay is converted to USD at "
              + pay.payYear()
              + "'s average rate and adjusted by US consumer prices");
    }
    double exchange = rate(priceCurrency, surveyYear) / rate(currency, surveyYear);
    double annual = pay.annual() * toUsdAtPayYear * factor * exchange;
    return new ConvertedPay(
        pay.annual(),
        stated,
        pay.payYear(),
        surveyYear,
        priceCurrency,
        from,
        to,
        factor,
        toUsdAtPayYear,
        exchange,
        currency,
        annual,
        usdPerUnit,
        notes);
  }

  /** The year itself when the index covers it, else the nearest covered year (with a note). */
  private int covered(String currency, int year, List<String> notes) {
    int earliest = prices.earliestYear(currency).orElseThrow();
    int latest = prices.latestYear(currency).orElseThrow();
    int used = Math.max(earliest, Math.min(latest, year));
    if (used != year) {
      notes.add(
          "devpay's "
              + currency
              + " price index covers "
              + earliest
              + " to "
              + latest
              + ": "
              + year
              + " is read at "
              + used
              + " prices");
    }
    return used;
  }

  private double rate(String currency, int year) {
    OptionalDouble rate = rates.usdPerUnit(currency, year);
    if (rate.isEmpty()) {
      throw new Refusal("no average exchange rate for " + currency + " in " + year);
    }
    return rate.getAsDouble();
  }

  /** "back-end developers with 6 years in Berlin": the respondents the model compares with. */
  static String group(Facts facts, FeatureSet features) {
    StringBuilder text = new StringBuilder();
    if (features.seniority()) {
      text.append(facts.seniority()).append(' ');
    }
    text.append(plural(facts.role()));
    if (features.experience()) {
      double years = facts.years().orElseThrow();
      text.append(" with ")
          .append(
              years == Math.rint(years)
                  ? Long.toString((long) years)
                  : String.format(Locale.ROOT, "%.1f", years))
          .append(years == 1 ? " year" : " years");
    }
    switch (features.place()) {
      case METRO -> text.append(" in ").append(facts.metro().orElseThrow());
      case COUNTRY -> text.append(" in ").append(facts.country().orElseThrow());
      case NONE -> {}
    }
    if (features.industry() && !facts.industries().isEmpty()) {
      text.append(" in ").append(String.join(", ", new java.util.TreeSet<>(facts.industries())));
    }
    if (features.skills() && !facts.skills().isEmpty()) {
      text.append(" listing ").append(String.join(", ", new java.util.TreeSet<>(facts.skills())));
    }
    return text.toString();
  }

  private static final Map<String, String> PLURALS =
      Map.ofEntries(
          Map.entry(RoleFamily.BACKEND.id(), "back-end developers"),
          Map.entry(RoleFamily.FRONTEND.id(), "front-end developers"),
          Map.entry(RoleFamily.FULLSTACK.id(), "full-stack developers"),
          Map.entry(RoleFamily.MOBILE.id(), "mobile developers"),
          Map.entry(RoleFamily.DEVOPS_SRE.id(), "DevOps / SRE engineers"),
          Map.entry(RoleFamily.DATA_ENGINEERING.id(), "data engineers"),
          Map.entry(RoleFamily.DATA_SCIENCE_ML.id(), "data scientists / ML engineers"),
          Map.entry(RoleFamily.QA.id(), "QA / test engineers"),
          Map.entry(RoleFamily.EMBEDDED.id(), "embedded developers"),
          Map.entry(RoleFamily.SECURITY.id(), "security engineers"),
          Map.entry(RoleFamily.MANAGEMENT.id(), "engineering managers"),
          Map.entry(RoleFamily.OTHER.id(), "other developers"));

  private static String plural(String role) {
    return PLURALS.getOrDefault(role, role + " respondents");
  }

  /**
   * "higher than 70-75% (95% interval 60-85%) of back-end developers with 6 years in Berlin in IT
   * Salary Survey EU (December 2020) (gross base pay)".
   */
  static String sentence(LocatedShare share, String group, PayEstimate estimate) {
    String basis = " (" + estimate.basis() + " " + estimate.scope() + " pay)";
    String where = " of " + group + " in " + estimate.title() + basis;
    if (!share.controlled()) {
      return String.format(
          Locale.ROOT,
          "higher than %.1f%% (95%% interval %.1f-%.1f%%)%s",
          100 * share.low(),
          100 * share.intervalLow(),
          100 * share.intervalHigh(),
          where);
    }
    return String.format(
        Locale.ROOT,
        "higher than %d-%d%% (95%% interval %d-%d%%)%s",
        Math.round(100 * share.low()),
        Math.round(100 * share.high()),
        Math.round(100 * share.intervalLow()),
        Math.round(100 * share.intervalHigh()),
        where);
  }

  /** Why one edition gives no answer (not a failure of the request). */
  private static final class Refusal extends RuntimeException {
    Refusal(String message) {
      super(message, null, false, false);
    }
  }
}
