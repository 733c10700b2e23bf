package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;

/**
 * Estimates annual pay for a profile ("back-end, 6 years, Berlin, Java and AWS: what should I
 * earn?") as P10, P50 and P90 in the local currency and in US dollars, per dataset edition, and
 * measures how good those estimates are on held-out respondents.
 *
 * <p><b>Method.</b> Per dataset edition (never pooling net with gross pay or base pay with total
 * compensation), the respondents in a job ({@link EditionPopulation}) are split by a seeded hash
 * into 60% training, 20% calibration and 20% test rows ({@link Part}). A log-linear model of pay on
 * the facts the profile states ({@link FeatureSet}, {@link ModelTerms}) is fitted on the training
 * rows, its 80% band calibrated by locally scaled split-conformal prediction on the calibration
 * rows, and its coverage and error measured on the test rows against the naive country × role
 * median ({@link FittedModel}). Models are fitted on first use and kept: the data is immutable.
 *
 * <p><b>Privacy.</b> A profile gets an estimate from an edition only when its comparable cell (same
 * role and place) holds at least k rows, and every coefficient rests on at least {@link
 * EstimatorSettings#minimumLevelRows()} training rows, so no estimate can be traced to a few
 * respondents.
 *
 * <p><b>Steps.</b> Each edition's estimate is made in named steps: the profile is checked against
 * the data ({@link ProfileCheck}); the place it is compared in ({@link ComparablePlace}) gives the
 * comparable cell; the facts the model uses are selected ({@link FeatureSelection}); the cell's own
 * figures are released or withheld ({@link CellRelease}); the steps from the cell to the profile
 * ({@link Adjustments}) and the other roles ({@link RoleAlternatives}) follow. Every fact left
 * unused and every caveat is a typed {@link EstimateNote}, which presenters print as its text.
 */
public final class Estimator {
  /** A measured coverage further than this from the stated one earns the estimate a note. */
  static final double MEASURED_COVERAGE_TOLERANCE = 0.05;

  private final PayData data;
  private final EstimatorSettings settings;
  private final ConcurrentMap<EditionKey, FutureTask<EditionPopulation>> populations =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<ModelKey, FutureTask<FittedModel>> models = new ConcurrentHashMap<>();

  private record ModelKey(EditionKey edition, FeatureSet features) {}

  public Estimator(PayData data, EstimatorSettings settings) {
    this.data = requireNonNull(data, "data is null");
    this.settings = requireNonNull(settings, "settings is null");
  }

  public EstimatorSettings settings() {
    return settings;
  }

  /** The data version the estimator was built on. */
  public String dataVersion() {
    return data.version();
  }

  /**
   * Estimates pay for a profile in every edition of the scope that can answer it.
   *
   * @param compareRoles also estimate the profile under every other role the edition models
   * @throws DevpayException USER_INPUT for a metro, industry or skill the data does not know, or a
   *     metro outside the given country; MISSING_DATA when no edition in scope can answer (no
   *     edition, or a comparable cell under k everywhere), naming each edition's reason
   */
  public EstimateResult estimate(Profile profile, EditionScope scope, boolean compareRoles) {
    Answers answers = answer(profile, scope, compareRoles);
    if (answers.answered().isEmpty()) {
      StringBuilder message =
          new StringBuilder("no estimate for ").append(describe(answers.profile())).append(": ");
      List<String> reasons = new ArrayList<>();
      for (EstimateResult.Skipped s : answers.skipped()) {
        reasons.add(s.edition() + ": " + s.reason());
      }
      message.append(String.join("; ", reasons));
      throw new DevpayException(ErrorCategory.MISSING_DATA, message.toString());
    }
    return new EstimateResult(
        answers.profile(),
        settings,
        answers.answered().stream().map(Answered::estimate).toList(),
        answers.skipped());
  }

  /**
   * One edition's estimate with the fitted pieces it came from: what the pay locator ({@link
   * PayLocator}) reads its predictive distribution and comparable cell from.
   *
   * @param estimate the estimate
   * @param population the edition's rows
   * @param model the model that made it
   * @param facts the profile as the model reads it
   * @param cell the comparable cell's rows as the disclosure control releases them (indices into
   *     the population; empty when it withholds the cell), so that the cell's own figures rest on
   *     the rows whose count is published
   */
  record Answered(
      PayEstimate estimate,
      EditionPopulation population,
      FittedModel model,
      Facts facts,
      List<Integer> cell) {}

  /**
   * A profile's answers, best first (see {@link #estimate}), and the editions that gave none.
   *
   * @param profile the profile as asked, its metro spelled as the data spells it
   */
  record Answers(Profile profile, List<Answered> answered, List<EstimateResult.Skipped> skipped) {}

  /**
   * Estimates a profile in every edition of the scope; an empty list of answers when none can.
   *
   * @throws DevpayException USER_INPUT for a metro, industry or skill the data does not know;
   *     MISSING_DATA when no edition is in scope
   */
  Answers answer(Profile profile, EditionScope scope, boolean compareRoles) {
    requireNonNull(profile, "profile is null");
    List<EditionPopulation> inScope = populations(scope);
    Profile canonical = ProfileCheck.canonical(profile, inScope, settings);
    List<Answered> answered = new ArrayList<>();
    List<EstimateResult.Skipped> skipped = new ArrayList<>();
    for (EditionPopulation population : inScope) {
      try {
        answered.add(estimateIn(population, canonical, compareRoles));
      } catch (EditionRefusal refusal) {
        skipped.add(new EstimateResult.Skipped(population.key(), refusal.getMessage()));
      }
    }
    // The edition that uses most of what the profile states comes first; then the most recent,
    // then the largest comparable cell.
    answered.sort(
        Comparator.comparingInt((Answered a) -> -factsUsed(a.estimate(), canonical))
            .thenComparingInt(
                a -> -a.estimate().surveyYears().get(a.estimate().surveyYears().size() - 1))
            .thenComparingInt(a -> -a.estimate().cell().rows())
            .thenComparing(a -> a.estimate().edition()));
    return new Answers(canonical, answered, skipped);
  }

  /**
   * Fits, calibrates and measures the full and basic models of every edition in scope.
   *
   * @throws DevpayException MISSING_DATA when no edition is in scope
   */
  public List<EditionEvaluation> evaluate(EditionScope scope) {
    List<EditionEvaluation> out = new ArrayList<>();
    for (EditionPopulation population : populations(scope)) {
      out.add(evaluate(population));
    }
    return out;
  }

  /**
   * The regressions of one edition's model for a feature set, with every coefficient: for audits
   * and for checks against an independent implementation.
   *
   * @throws DevpayException MISSING_DATA when the edition is not in the data
   * @throws IllegalArgumentException when the edition has too few rows for the model
   */
  public ModelFits fits(EditionKey edition, FeatureSet features) {
    EditionPopulation population =
        populations(EditionScope.of(edition)).stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new DevpayException(
                        ErrorCategory.MISSING_DATA, "no employed respondents in " + edition));
    FittedModel model = model(population, features);
    return new ModelFits(model.fit, model.spreadFit, ModelSummary.of(model));
  }

  /** How many of the profile's facts an estimate uses (the place counts when as fine as asked). */
  private static int factsUsed(PayEstimate estimate, Profile profile) {
    FeatureSet features = estimate.model().features();
    int used = 0;
    if (profile.metro().isPresent()
        ? features.place() == FeatureSet.Place.METRO
        : features.place() != FeatureSet.Place.NONE) {
      used++;
    }
    used += features.experience() ? 1 : 0;
    used += features.seniority() ? 1 : 0;
    used += features.industry() ? 1 : 0;
    used += features.skills() ? 1 : 0;
    return used;
  }

  private EditionEvaluation evaluate(EditionPopulation population) {
    FeatureSet.Place place = place(population);
    boolean seniority = hasSeniority(population);
    FeatureSet full =
        new FeatureSet(
            place,
            population.recordsYears(),
            seniority,
            population.recordsIndustries(),
            population.recordsSkills());
    FeatureSet basic =
        new FeatureSet(
            place,
            population.recordsYears(),
            !population.recordsYears() && seniority,
            false,
            false);
    Optional<ModelSummary> fullSummary = Optional.empty();
    Optional<ModelSummary> basicSummary = Optional.empty();
    Optional<String> failure = Optional.empty();
    try {
      fullSummary = Optional.of(ModelSummary.of(model(population, full)));
      basicSummary = Optional.of(ModelSummary.of(model(population, basic)));
    } catch (IllegalArgumentException e) {
      failure = Optional.of(e.getMessage());
    }
    List<PayRecord> records = data.records(population.key());
    return new EditionEvaluation(
        population.key(),
        population.currency(),
        population.basis(),
        population.scope(),
        records.size(),
        population.notEmployed(),
        population.screenedOut(),
        population.size(),
        population.publishesBins(),
        population.rowsAreWeighted(),
        fullSummary,
        basicSummary,
        failure);
  }

  private static FeatureSet.Place place(EditionPopulation population) {
    if (population.recordsMetros()) {
      return FeatureSet.Place.METRO;
    }
    return population.recordsCountries() ? FeatureSet.Place.COUNTRY : FeatureSet.Place.NONE;
  }

  /** Whether at least two stated seniority levels have enough rows to be told apart. */
  private boolean hasSeniority(EditionPopulation population) {
    return population.tellsSenioritiesApart(settings.minimumLevelRows());
  }

  /**
   * One edition's estimate for a profile, step by step: the comparable place and cell, the
   * features, the model's checks and notes, the band, the cell's release, the adjustments, and the
   * other roles.
   *
   * @throws EditionRefusal when the edition cannot answer the profile
   */
  private Answered estimateIn(EditionPopulation population, Profile profile, boolean compareRoles) {
    List<EstimateNote> notes = new ArrayList<>();
    RoleFamily role = profile.role();
    ComparablePlace place = ComparablePlace.of(population, profile, notes);
    List<Integer> cell = place.rowsOf(population, role);
    if (!settings.privacyFloor().allows(cell.size())) {
      throw new EditionRefusal(
          "fewer than k = "
              + settings.privacyFloor().minimumCellSize()
              + " respondents in the comparable cell ("
              + place.cellName(role)
              + ")");
    }
    FeatureSelection selection =
        FeatureSelection.select(
            population,
            profile,
            place.level(),
            settings.minimumLevelRows(),
            features -> model(population, features),
            notes);
    FittedModel model = selection.model();
    Facts facts = facts(profile, place, selection);
    checkModelled(profile, place, model.terms, facts, notes);
    modelNotes(population, model, notes);
    double[] band = model.predictLog(facts);
    Exchange exchange = Exchange.of(population, cell);
    PayBand modelled =
        new PayBand(population.currency(), Math.exp(band[0]), Math.exp(band[1]), Math.exp(band[2]));
    CellRelease released = CellRelease.of(population, place, role, cell, exchange, notes);
    List<Adjustment> adjustments = adjustments(population, model, facts, released, notes);
    List<RoleAlternative> otherRoles =
        compareRoles
            ? RoleAlternatives.of(population, model, place, role, facts, band, exchange)
            : List.of();
    PayEstimate estimate =
        new PayEstimate(
            population.key(),
            data.citation(population.key()).title(),
            data.citation(population.key()).payDescription(),
            population.basis(),
            population.scope(),
            population.surveyYears(),
            exchange.local(modelled),
            exchange.usd(modelled),
            exchange.usdPerUnit(),
            released.cell(),
            adjustments,
            Adjustments.placeEffect(model, facts, population),
            notes,
            ModelSummary.of(model),
            otherRoles);
    return new Answered(estimate, population, model, facts, released.published());
  }

  /** The profile as the model reads it: only the facts the selected features use. */
  private static Facts facts(Profile profile, ComparablePlace place, FeatureSelection selection) {
    FeatureSet features = selection.features();
    return new Facts(
        profile.role().id(),
        place.country(),
        place.metro(),
        features.experience() ? profile.yearsExperience() : OptionalDouble.empty(),
        profile.seniority().map(Seniority::id).orElse(Seniority.UNKNOWN.id()),
        selection.model().terms.latestYear,
        features.industry() ? Set.of(profile.industry().orElseThrow()) : Set.of(),
        selection.usedSkills());
  }

  /**
   * Refuses a profile whose role or place the model has too few training rows for; notes a metro
   * modelled as the rest of its country.
   */
  private void checkModelled(
      Profile profile,
      ComparablePlace place,
      ModelTerms terms,
      Facts facts,
      List<EstimateNote> notes) {
    if (!terms.roles.contains(profile.role().id())) {
      throw new EditionRefusal(
          "fewer than "
              + settings.minimumLevelRows()
              + " "
              + profile.role().displayName()
              + " respondents in the training rows: the role is not modelled");
    }
    String placeLevel = terms.place(facts);
    if (place.level() != FeatureSet.Place.NONE && placeLevel.equals(ModelTerms.RARE)) {
      throw new EditionRefusal(
          "fewer than "
              + settings.minimumLevelRows()
              + " respondents"
              + place.where()
              + " in the training rows: the place is not modelled");
    }
    if (place.level() == FeatureSet.Place.METRO
        && !placeLevel.equals(place.metro().orElseThrow())) {
      notes.add(
          new EstimateNote.MetroModelledAsCountry(
              place.metro().get(), place.country().orElseThrow()));
    }
  }

  /** Notes on how the model reads pay and on its measured accuracy. */
  private void modelNotes(
      EditionPopulation population, FittedModel model, List<EstimateNote> notes) {
    if (!model.terms.surveyYears.isEmpty()) {
      notes.add(new EstimateNote.LatestSurveyYear(model.terms.latestYear));
    }
    if (population.publishesBins()) {
      notes.add(EstimateNote.Caveat.BINNED_PAY);
    }
    Accuracy accuracy = model.accuracy;
    double coverage = settings.coverage();
    if (Math.abs(accuracy.coverage() - coverage) > MEASURED_COVERAGE_TOLERANCE) {
      notes.add(new EstimateNote.CoverageOff(accuracy.testRows(), accuracy.coverage(), coverage));
    }
    if (!accuracy.beatsBaseline()) {
      notes.add(
          new EstimateNote.NoBetterThanBaseline(
              accuracy.medianAbsolutePercentageError(),
              accuracy.baselineMedianAbsolutePercentageError()));
    }
  }

  /**
   * The adjustments from the released cell's average respondent to the profile; none, with a note,
   * when the cell is withheld (they start from its averages, which would then be published) or when
   * fewer than k of its rows state what the model needs (its averages would rest on fewer than k
   * people).
   */
  private List<Adjustment> adjustments(
      EditionPopulation population,
      FittedModel model,
      Facts facts,
      CellRelease released,
      List<EstimateNote> notes) {
    if (released.withheld()) {
      notes.add(EstimateNote.Caveat.ADJUSTMENTS_OF_WITHHELD_CELL);
      return List.of();
    }
    List<Integer> usable =
        released.published().stream()
            .filter(i -> ModelTerms.usable(model.terms.features, population.facts(i)))
            .toList();
    if (!settings.privacyFloor().allows(usable.size())) {
      notes.add(new EstimateNote.TooFewToAdjust(settings.privacyFloor().minimumCellSize()));
      return List.of();
    }
    return Adjustments.adjustments(model, facts, population, usable);
  }

  private List<EditionPopulation> populations(EditionScope scope) {
    List<EditionKey> keys = data.editions().stream().filter(scope::accepts).toList();
    if (keys.isEmpty()) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA,
          data.editions().isEmpty()
              ? "no data has been ingested yet"
              : "no dataset edition matches " + scope.describe());
    }
    List<EditionPopulation> out = new ArrayList<>();
    for (EditionKey key : keys) {
      EditionPopulation population = population(key);
      if (population != null) {
        out.add(population);
      }
    }
    return out;
  }

  private EditionPopulation population(EditionKey key) {
    try {
      return cached(populations, key, () -> EditionPopulation.of(key, data.records(key), settings));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private FittedModel model(EditionPopulation population, FeatureSet features) {
    return cached(
        models,
        new ModelKey(population.key(), features),
        () -> FittedModel.fit(population, features, settings));
  }

  /** Computes a value once per key, even when several threads ask at once. */
  private static <K, V> V cached(
      ConcurrentMap<K, FutureTask<V>> cache, K key, Supplier<V> compute) {
    FutureTask<V> task = cache.get(key);
    if (task == null) {
      FutureTask<V> mine = new FutureTask<>(compute::get);
      task = cache.putIfAbsent(key, mine);
      if (task == null) {
        task = mine;
        mine.run();
      }
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevpayException(ErrorCategory.ENVIRONMENT, "interrupted while fitting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static String describe(Profile profile) {
    List<String> parts = new ArrayList<>();
    parts.add(profile.role().displayName());
    profile.yearsExperience().ifPresent(y -> parts.add(Adjustments.format(y) + " years"));
    profile.seniority().ifPresent(s -> parts.add(s.id()));
    profile.metro().ifPresent(parts::add);
    profile.country().ifPresent(parts::add);
    profile.industry().ifPresent(parts::add);
    if (!profile.skills().isEmpty()) {
      parts.add(String.join(", ", profile.skills()));
    }
    return String.join(", ", parts);
  }
}
