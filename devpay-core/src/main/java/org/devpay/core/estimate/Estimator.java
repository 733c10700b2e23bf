package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.devpay.core.analysis.QueryDimensions;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.Choice;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.LinearFit;
import org.devpay.core.stats.Sample;

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
    Profile canonical = canonical(profile, inScope);
    List<Answered> answered = new ArrayList<>();
    List<EstimateResult.Skipped> skipped = new ArrayList<>();
    for (EditionPopulation population : inScope) {
      try {
        answered.add(estimateIn(population, canonical, compareRoles));
      } catch (Refusal refusal) {
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

  private Answered estimateIn(EditionPopulation population, Profile profile, boolean compareRoles) {
    List<String> notes = new ArrayList<>();
    String role = profile.role().id();
    Optional<String> metro = profile.metro();
    Optional<String> country =
        profile.country().or(() -> metro.flatMap(population::countryOfMetro));
    FeatureSet.Place place;
    Map<String, String> criteria = new LinkedHashMap<>();
    criteria.put("role", role);
    Predicate<Facts> inPlace;
    String where;
    if (metro.isPresent() && population.recordsMetros()) {
      place = FeatureSet.Place.METRO;
      criteria.put("metro", metro.get());
      inPlace = f -> f.metro().equals(metro);
      where = " in " + metro.get();
    } else if (country.isPresent()) {
      place = FeatureSet.Place.COUNTRY;
      if (metro.isPresent()) {
        notes.add(
            "this edition does not record metros: estimated for "
                + country.get()
                + " as a whole, not "
                + metro.get());
      }
      criteria.put("country", country.get());
      Optional<String> wanted = country;
      inPlace = f -> f.country().equals(wanted);
      where = " in " + country.get();
    } else if (metro.isPresent()) {
      throw new Refusal("no respondents in " + metro.get() + " and no country given");
    } else {
      place = FeatureSet.Place.NONE;
      inPlace = f -> true;
      where = " (all places)";
    }
    String cellName = profile.role().displayName() + where;
    List<Integer> cell = new ArrayList<>();
    for (int i = 0; i < population.size(); i++) {
      Facts facts = population.facts(i);
      if (facts.role().equals(role) && inPlace.test(facts)) {
        cell.add(i);
      }
    }
    int k = settings.privacyFloor().minimumCellSize();
    if (!settings.privacyFloor().allows(cell.size())) {
      throw new Refusal(
          "fewer than k = " + k + " respondents in the comparable cell (" + cellName + ")");
    }

    boolean experience = profile.yearsExperience().isPresent() && population.recordsYears();
    if (profile.yearsExperience().isPresent() && !population.recordsYears()) {
      notes.add("this edition does not record years of experience: they are not used");
    }
    boolean seniority = profile.seniority().isPresent() && hasSeniority(population);
    if (profile.seniority().isPresent() && !seniority) {
      notes.add("this edition does not tell seniority levels apart: seniority is not used");
    }
    boolean industry = profile.industry().isPresent() && population.recordsIndustries();
    if (profile.industry().isPresent() && !industry) {
      notes.add("this edition does not record industries: industry is not used");
    }
    boolean skills = !profile.skills().isEmpty() && population.recordsSkills();
    if (!profile.skills().isEmpty() && !skills) {
      notes.add("this edition does not record skills: skills are not used");
    }
    FeatureSet features = new FeatureSet(place, experience, seniority, industry, skills);
    FittedModel model;
    Set<String> usedSkills;
    while (true) {
      try {
        model = model(population, features);
      } catch (IllegalArgumentException e) {
        throw new Refusal(
            "no model can be fitted for " + features.describe() + ": " + e.getMessage());
      }
      ModelTerms terms = model.terms;
      if (features.seniority()
          && !terms.seniorities.contains(profile.seniority().orElseThrow().id())) {
        notes.add(
            "too few respondents at seniority '"
                + profile.seniority().orElseThrow().id()
                + "' to model it: seniority is not used");
        features = features.withoutSeniority();
        continue;
      }
      if (features.industry() && !terms.industries.contains(profile.industry().orElseThrow())) {
        notes.add(
            "too few respondents in industry '"
                + profile.industry().orElseThrow()
                + "' to model it: industry is not used");
        features = features.withoutIndustry();
        continue;
      }
      usedSkills = new TreeSet<>(profile.skills());
      usedSkills.retainAll(terms.skills);
      if (features.skills() && usedSkills.isEmpty()) {
        notes.add("too few respondents list " + profile.skills() + ": skills are not used");
        features = features.withoutSkills();
        continue;
      }
      break;
    }
    ModelTerms terms = model.terms;
    if (features.skills()) {
      notes.add(
          "the skills given are read as the whole list: a modelled skill not given counts as not"
              + " listed");
      for (String skill : profile.skills()) {
        if (!usedSkills.contains(skill)) {
          notes.add(
              "too few respondents list '"
                  + skill
                  + "' (or nearly all do) to model it: no adjustment for it");
        }
      }
    }
    if (!terms.roles.contains(role)) {
      throw new Refusal(
          "fewer than "
              + settings.minimumLevelRows()
              + " "
              + profile.role().displayName()
              + " respondents in the training rows: the role is not modelled");
    }
    Facts facts =
        new Facts(
            role,
            country,
            metro,
            features.experience() ? profile.yearsExperience() : OptionalDouble.empty(),
            profile.seniority().map(Seniority::id).orElse(Seniority.UNKNOWN.id()),
            terms.latestYear,
            features.industry() ? Set.of(profile.industry().orElseThrow()) : Set.of(),
            usedSkills);
    String placeLevel = terms.place(facts);
    if (place != FeatureSet.Place.NONE && placeLevel.equals(ModelTerms.RARE)) {
      throw new Refusal(
          "fewer than "
              + settings.minimumLevelRows()
              + " respondents"
              + where
              + " in the training rows: the place is not modelled");
    }
    if (place == FeatureSet.Place.METRO && !placeLevel.equals(metro.orElseThrow())) {
      notes.add(
          "too few respondents in "
              + metro.get()
              + " to model it on its own: modelled as "
              + country.orElseThrow()
              + " outside its modelled metros");
    }
    if (!terms.surveyYears.isEmpty()) {
      notes.add(
          "pay is modelled by survey year: estimated for "
              + terms.latestYear
              + ", the latest in this edition");
    }
    if (population.publishesBins()) {
      notes.add(
          "pay is published in bins: the model reads each bin's value (its midpoint; the open top"
              + " bin at the value the source gives)");
    }

    Accuracy accuracy = model.accuracy;
    double coverage = settings.coverage();
    if (Math.abs(accuracy.coverage() - coverage) > MEASURED_COVERAGE_TOLERANCE) {
      notes.add(
          String.format(
              Locale.ROOT,
              "on this edition's %d held-out rows the band held %.1f%%, not %.0f%%: read it with"
                  + " care",
              accuracy.testRows(),
              100 * accuracy.coverage(),
              100 * coverage));
    }
    if (!accuracy.beatsBaseline()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "on held-out rows this model's P50 was no closer to reported pay than the country x"
                  + " role median (MdAPE %.1f%% vs %.1f%%)",
              100 * accuracy.medianAbsolutePercentageError(),
              100 * accuracy.baselineMedianAbsolutePercentageError()));
    }
    double[] band = model.predictLog(facts);
    Exchange exchange = exchange(population, cell);
    PayBand modelled =
        new PayBand(population.currency(), Math.exp(band[0]), Math.exp(band[1]), Math.exp(band[2]));
    PayBand local = exchange.local(modelled);
    PayBand usd = exchange.usd(modelled);
    // The cell's own figures are published only when the disclosure control releases the cell:
    // among the estimator's cells, and against the answers' population (in a job is wider).
    Release release =
        population.release(
            placeCell(CellSpec.role(profile.role()), criteria),
            cell.stream().map(population::record).toList());
    ComparableCell comparable;
    List<Integer> publishedCell = List.of();
    if (release.published()) {
      // The released rows: the cell less any employment status or profession held by fewer than
      // k of its rows.
      Set<PayRecord> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      kept.addAll(release.rows());
      List<Integer> published =
          cell.stream().filter(i -> kept.contains(population.record(i))).toList();
      publishedCell = published;
      double[] cellPay = new double[published.size()];
      double[] cellWeights = new double[published.size()];
      double respondents = 0;
      for (int i = 0; i < published.size(); i++) {
        cellPay[i] = population.pay(published.get(i));
        cellWeights[i] = population.weight(published.get(i));
        respondents += cellWeights[i];
      }
      double cellMedian = Sample.weighted(cellPay, cellWeights).median();
      if (release.trimmed() > 0) {
        notes.add(
            "the comparable cell's own size and median leave out employment statuses or"
                + " professions held by fewer than k of its respondents");
      }
      comparable =
          new ComparableCell(
              cellName,
              criteria,
              published.size(),
              respondents,
              OptionalDouble.of(exchange.localAmount(cellMedian)),
              OptionalDouble.of(exchange.usdAmount(cellMedian)),
              false);
    } else {
      comparable =
          new ComparableCell(
              cellName, criteria, 0, 0, OptionalDouble.empty(), OptionalDouble.empty(), true);
      notes.add("the comparable cell's own median and size are " + Release.WITHHELD);
    }

    List<Integer> usableCell =
        publishedCell.stream()
            .filter(i -> ModelTerms.usable(terms.features, population.facts(i)))
            .toList();
    List<Adjustment> adjustments = List.of();
    if (comparable.withheld()) {
      // The adjustments start from the cell's averages, which would then be published.
      notes.add("no adjustments are shown: they start from the withheld cell's averages");
    } else if (settings.privacyFloor().allows(usableCell.size())) {
      adjustments = adjustments(model, facts, population, usableCell);
    } else {
      // The cell's averages would then rest on fewer than k people: none are published.
      notes.add(
          "fewer than k = "
              + k
              + " respondents of the cell state years of experience: no adjustments are shown");
    }
    Optional<Adjustment> placeEffect = placeEffect(model, facts, population);

    List<RoleAlternative> otherRoles = new ArrayList<>();
    if (compareRoles) {
      for (RoleFamily other : RoleFamily.stated()) {
        if (other == profile.role() || !terms.roles.contains(other.id())) {
          continue;
        }
        List<PayRecord> otherRows = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
          Facts f = population.facts(i);
          if (f.role().equals(other.id()) && inPlace.test(f)) {
            otherRows.add(population.record(i));
          }
        }
        Release otherRelease =
            population.release(placeCell(CellSpec.role(other), criteria), otherRows);
        if (!otherRelease.published()) {
          continue;
        }
        int otherCell = otherRows.size();
        double[] otherBand = model.predictLog(facts.withRole(other.id()));
        PayBand otherModelled =
            new PayBand(
                population.currency(),
                Math.exp(otherBand[0]),
                Math.exp(otherBand[1]),
                Math.exp(otherBand[2]));
        otherRoles.add(
            new RoleAlternative(
                other,
                otherCell,
                exchange.local(otherModelled),
                exchange.usd(otherModelled),
                Math.exp(otherBand[1] - band[1]),
                roleEffect(model.fit, other.id(), role)));
      }
    }
    PayEstimate estimate =
        new PayEstimate(
            population.key(),
            data.citation(population.key()).title(),
            data.citation(population.key()).payDescription(),
            population.basis(),
            population.scope(),
            population.surveyYears(),
            local,
            usd,
            exchange.usdPerUnit,
            comparable,
            adjustments,
            placeEffect,
            notes,
            ModelSummary.of(model),
            otherRoles);
    return new Answered(estimate, population, model, facts, List.copyOf(publishedCell));
  }

  /**
   * The estimator's cells hold more people than the answers' (contractors, the self-employed,
   * respondents who are not developers by profession): as groups of several employment statuses and
   * professions, each is kept to the values held by k or more of a cell's rows, so that no
   * published cell of the estimator differs from the answers' cell of the same people by fewer than
   * k.
   */
  private static final List<Choice> WIDER_POPULATION =
      List.of(
          new Choice(
              QueryDimensions.EMPLOYMENT,
              EditionPopulation.EMPLOYED.stream()
                  .map(e -> e.name().toLowerCase(Locale.ROOT))
                  .collect(java.util.stream.Collectors.toSet()),
              true),
          new Choice(QueryDimensions.PROFESSION, Set.of("yes", "no", "unstated"), true));

  /**
   * A cell of one role with the comparable cell's place (metro or country), as a filter names it.
   */
  private static CellSpec placeCell(CellSpec role, Map<String, String> criteria) {
    CellSpec spec = role;
    for (Choice choice : WIDER_POPULATION) {
      spec = spec.and(choice);
    }
    if (criteria.containsKey("metro")) {
      spec = spec.and(QueryDimensions.METRO.is(criteria.get("metro")));
    }
    if (criteria.containsKey("country")) {
      spec = spec.and(QueryDimensions.COUNTRY.is(criteria.get("country")));
    }
    return spec;
  }

  /**
   * The steps from the cell's average respondent to the profile: per term, the profile's
   * contribution to x'β minus the cell's average contribution.
   */
  private static List<Adjustment> adjustments(
      FittedModel model, Facts profile, EditionPopulation population, List<Integer> cell) {
    ModelTerms terms = model.terms;
    List<Facts> rows = cell.stream().map(population::facts).toList();
    double total = 0;
    for (int i : cell) {
      total += population.weight(i);
    }
    double weightSum = total;
    java.util.function.ToDoubleFunction<java.util.function.ToDoubleFunction<Facts>> cellMean =
        term -> {
          double sum = 0;
          for (int j = 0; j < rows.size(); j++) {
            sum += population.weight(cell.get(j)) * term.applyAsDouble(rows.get(j));
          }
          return sum / weightSum;
        };
    List<Adjustment> out = new ArrayList<>();
    if (terms.features.experience()) {
      double[] beta = model.covariateCoefficients();
      java.util.function.ToDoubleFunction<Facts> years =
          f -> {
            double[] x = terms.covariates(f);
            double value = 0;
            for (int c = 0; c < x.length; c++) {
              value += beta[c] * x[c];
            }
            return value;
          };
      double averageYears = cellMean.applyAsDouble(f -> f.years().orElseThrow());
      out.add(
          new Adjustment(
              "years",
              format(profile.years().orElseThrow())
                  + " years of experience vs "
                  + format(averageYears)
                  + " on average in the cell",
              years.applyAsDouble(profile) - cellMean.applyAsDouble(years)));
    }
    if (terms.features.seniority()) {
      out.add(
          factorAdjustment(
              model,
              ModelTerms.SENIORITY,
              profile,
              cellMean,
              f -> f.seniority(),
              "seniority '" + profile.seniority() + "' vs the cell's mix of levels"));
    }
    if (!terms.surveyYears.isEmpty()) {
      out.add(
          factorAdjustment(
              model,
              ModelTerms.SURVEY_YEAR,
              profile,
              cellMean,
              f -> Integer.toString(f.year()),
              "survey year " + profile.year() + " vs the cell's mix of years"));
    }
    if (terms.features.industry()) {
      double effect = 0;
      for (String id : terms.industries) {
        String factor = ModelTerms.industryFactor(id);
        double beta = model.coefficient(factor, ModelTerms.YES);
        double share = cellMean.applyAsDouble(f -> f.industries().contains(id) ? 1 : 0);
        effect += beta * ((profile.industries().contains(id) ? 1 : 0) - share);
      }
      String id = profile.industries().iterator().next();
      double share = cellMean.applyAsDouble(f -> f.industries().contains(id) ? 1 : 0);
      out.add(
          new Adjustment(
              "industry",
              "industry '"
                  + id
                  + "' (the cell: "
                  + percent(share)
                  + " in it) vs the cell's mix of industries",
              effect));
    }
    if (terms.features.skills()) {
      double notListed = 0;
      List<String> others = new ArrayList<>();
      for (String id : terms.skills) {
        double beta = model.coefficient(ModelTerms.skillFactor(id), ModelTerms.YES);
        double share = cellMean.applyAsDouble(f -> f.skills().contains(id) ? 1 : 0);
        if (profile.skills().contains(id)) {
          out.add(
              new Adjustment(
                  "skill " + id,
                  "lists " + id + " (as do " + percent(share) + " of the cell)",
                  beta * (1 - share)));
        } else {
          notListed -= beta * share;
          others.add(id);
        }
      }
      out.add(
          new Adjustment(
              "skills not listed",
              "does not list the " + others.size() + " other modelled skills the cell lists",
              notListed));
    }
    return out;
  }

  private static Adjustment factorAdjustment(
      FittedModel model,
      String factor,
      Facts profile,
      java.util.function.ToDoubleFunction<java.util.function.ToDoubleFunction<Facts>> cellMean,
      java.util.function.Function<Facts, String> value,
      String description) {
    ModelTerms terms = model.terms;
    int index = terms.factorNames().indexOf(factor);
    java.util.function.ToDoubleFunction<Facts> effect =
        f -> model.coefficient(factor, terms.levels(f)[index]);
    return new Adjustment(
        factor, description, effect.applyAsDouble(profile) - cellMean.applyAsDouble(effect));
  }

  /** The profile's place vs its country as a whole (metro) or vs the whole edition (country). */
  private static Optional<Adjustment> placeEffect(
      FittedModel model, Facts profile, EditionPopulation population) {
    ModelTerms terms = model.terms;
    if (terms.features.place() == FeatureSet.Place.NONE) {
      return Optional.empty();
    }
    String level = terms.place(profile);
    int[] training = FittedModel.rows(population, terms.features, Part.TRAIN);
    boolean metro = terms.features.place() == FeatureSet.Place.METRO;
    String country = profile.country().orElse("");
    double sum = 0;
    double weight = 0;
    for (int i : training) {
      Facts f = population.facts(i);
      if (metro && !f.country().equals(profile.country())) {
        continue;
      }
      sum += population.weight(i) * model.coefficient(ModelTerms.PLACE, terms.place(f));
      weight += population.weight(i);
    }
    if (weight == 0) {
      return Optional.empty();
    }
    String versus = metro ? country + " as a whole" : "the whole edition";
    return Optional.of(
        new Adjustment(
            "place",
            level + " vs " + versus,
            model.coefficient(ModelTerms.PLACE, level) - sum / weight));
  }

  private static Optional<Estimate> roleEffect(LinearFit fit, String other, String role) {
    String otherColumn = ModelTerms.ROLE + "=" + other;
    String roleColumn = ModelTerms.ROLE + "=" + role;
    boolean hasOther = fit.has(otherColumn);
    boolean hasRole = fit.has(roleColumn);
    if (hasOther && hasRole) {
      return Optional.of(fit.contrast(otherColumn, roleColumn));
    }
    String reference =
        fit.factors().stream()
            .filter(c -> c.factor().equals(ModelTerms.ROLE))
            .map(c -> c.reference())
            .findFirst()
            .orElse("");
    if (hasOther && role.equals(reference)) {
      return Optional.of(fit.estimate(otherColumn));
    }
    if (hasRole && other.equals(reference)) {
      Estimate e = fit.estimate(roleColumn);
      return Optional.of(
          new Estimate(
              -e.estimate(),
              -e.upper(),
              -e.lower(),
              e.confidence(),
              e.method(),
              e.resamples(),
              e.seed()));
    }
    return Optional.empty();
  }

  /** How modelled pay becomes local currency and US dollars for one cell. */
  private record Exchange(String localCurrency, double usdPerUnit, boolean modelledInUsd) {
    PayBand local(PayBand modelled) {
      return modelledInUsd ? modelled.times(1 / usdPerUnit, localCurrency) : modelled;
    }

    PayBand usd(PayBand modelled) {
      return modelledInUsd ? modelled : modelled.times(usdPerUnit, "USD");
    }

    double localAmount(double modelled) {
      return modelledInUsd ? modelled / usdPerUnit : modelled;
    }

    double usdAmount(double modelled) {
      return modelledInUsd ? modelled : modelled * usdPerUnit;
    }
  }

  private static Exchange exchange(EditionPopulation population, List<Integer> cell) {
    if (!population.mixesCurrencies()) {
      double[] rates = cell.stream().mapToDouble(i -> population.record(i).usdPerUnit()).toArray();
      return new Exchange(
          population.currency(), org.devpay.core.stats.Quantiles.of(rates, 0.5), false);
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (int i : cell) {
      counts.merge(population.record(i).published().currency(), 1, Integer::sum);
    }
    String currency =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    double[] rates =
        cell.stream()
            .map(population::record)
            .filter(r -> r.published().currency().equals(currency))
            .mapToDouble(PayRecord::usdPerUnit)
            .toArray();
    return new Exchange(currency, org.devpay.core.stats.Quantiles.of(rates, 0.5), true);
  }

  /**
   * The profile with its metro spelled as the data spells it, after checking its metro, industry
   * and skills against the editions in scope.
   */
  private Profile canonical(Profile profile, List<EditionPopulation> inScope) {
    Profile out = profile;
    if (profile.metro().isPresent()) {
      Map<String, String> metros = new TreeMap<>();
      Map<String, Integer> counts = new HashMap<>();
      for (EditionPopulation population : inScope) {
        population
            .rowsPerMetro()
            .forEach(
                (m, n) -> {
                  metros.put(m.toLowerCase(Locale.ROOT), m);
                  counts.merge(m, n, Integer::sum);
                });
      }
      String asked = profile.metro().get();
      String metro = metros.get(asked.strip().toLowerCase(Locale.ROOT));
      if (metro == null || !settings.privacyFloor().allows(counts.get(metro))) {
        Set<String> offered = new TreeSet<>();
        counts.forEach(
            (m, n) -> {
              if (settings.privacyFloor().allows(n)) {
                offered.add(m);
              }
            });
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            "unknown metro '"
                + asked
                + "' in "
                + (inScope.isEmpty() ? "the data" : "the editions in scope")
                + "; metros with at least k respondents: "
                + abbreviate(offered));
      }
      // The first edition in scope that knows the metro names its country.
      String country =
          inScope.stream()
              .map(p -> p.countryOfMetro(metro))
              .flatMap(Optional::stream)
              .findFirst()
              .orElse(null);
      if (profile.country().isPresent()
          && country != null
          && !profile.country().get().equals(country)) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            "metro " + metro + " is in " + country + ", not " + profile.country().get());
      }
      out = out.withMetro(metro);
      if (profile.country().isEmpty() && country != null) {
        // Editions without metros (Stack Overflow) can then answer for the metro's country.
        out = out.withCountry(country);
      }
    }
    if (profile.industry().isPresent()) {
      Set<String> known = vocabulary(inScope, EditionPopulation::rowsPerIndustry);
      if (!known.contains(profile.industry().get())) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            "unknown industry '"
                + profile.industry().get()
                + "'; industries with at least k respondents: "
                + abbreviate(known));
      }
    }
    if (!profile.skills().isEmpty()) {
      Set<String> known = vocabulary(inScope, EditionPopulation::rowsPerSkill);
      for (String skill : profile.skills()) {
        if (!known.contains(skill)) {
          throw new DevpayException(
              ErrorCategory.USER_INPUT,
              "unknown skill '"
                  + skill
                  + "'; skills with at least k respondents: "
                  + abbreviate(known));
        }
      }
    }
    return out;
  }

  /** The values of a multi-valued fact held by at least k rows of some edition in scope. */
  private Set<String> vocabulary(
      List<EditionPopulation> inScope,
      java.util.function.Function<EditionPopulation, Map<String, Integer>> rows) {
    Set<String> out = new TreeSet<>();
    for (EditionPopulation population : inScope) {
      rows.apply(population)
          .forEach(
              (value, n) -> {
                if (settings.privacyFloor().allows(n)) {
                  out.add(value);
                }
              });
    }
    return out;
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
    profile.yearsExperience().ifPresent(y -> parts.add(format(y) + " years"));
    profile.seniority().ifPresent(s -> parts.add(s.id()));
    profile.metro().ifPresent(parts::add);
    profile.country().ifPresent(parts::add);
    profile.industry().ifPresent(parts::add);
    if (!profile.skills().isEmpty()) {
      parts.add(String.join(", ", profile.skills()));
    }
    return String.join(", ", parts);
  }

  private static String format(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  private static String abbreviate(Set<String> values) {
    List<String> list = List.copyOf(values);
    if (list.isEmpty()) {
      return "none";
    }
    if (list.size() <= 15) {
      return String.join(", ", list);
    }
    return String.join(", ", list.subList(0, 15)) + ", ... (" + list.size() + " in all)";
  }

  /** Why one edition gives no estimate for a profile (not a failure of the request). */
  private static final class Refusal extends RuntimeException {
    Refusal(String message) {
      super(message, null, false, false);
    }
  }
}
