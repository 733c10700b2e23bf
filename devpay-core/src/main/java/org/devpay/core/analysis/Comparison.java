package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.ControlTerms;
import org.devpay.core.analysis.engine.GroupSelector;
import org.devpay.core.analysis.engine.PremiumEstimator;
import org.devpay.core.analysis.policy.EditionAmounts;
import org.devpay.core.analysis.policy.OutlierScreen;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.Criterion;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.Estimate;
import org.devpay.core.taxonomy.RoleDefiningSkills;

/**
 * A controlled comparison of pay between two groups, read like the question it answers:
 *
 * <pre>{@code
 * ComparisonReport report =
 *     Comparison.compare(BACKEND, FRONTEND)
 *         .adjustingFor(EXPERIENCE, SENIORITY, LOCATION)
 *         .withSettings(settings)
 *         .within(data);
 * }</pre>
 *
 * <p>Within each dataset edition (never across: net and gross, base and total are not mixed) the
 * edition's records are screened ({@link OutlierScreen}, as in the answer's screened view),
 * restricted to the population, and split into the focal group and the baseline; a row in both
 * groups is left out of both, so no respondent is counted twice. Each edition then gets a {@link
 * Premium} ({@link PremiumEstimator}), and the per-edition log premiums are pooled with
 * DerSimonian-Laird ({@link PooledPremium}). When no baseline is given it is every other row of the
 * population that states what the focal group is defined by (a respondent asked no skill question
 * is no one's baseline), and for a metro group only rows of the same countries. Immutable.
 *
 * <p>Over 500 lines: the comparison's steps (rows, the unadjusted and adjusted models,
 * Oaxaca-Blinder, pooling) share one edition's design matrix and released rows; splitting it is
 * part of the core.analysis package split not yet done.
 */
public final class Comparison {
  private final GroupSelector focal;
  private final Optional<GroupSelector> baseline;
  private final GroupSelector population;
  private final List<Control> controls;
  private final AnswerSettings settings;
  private final boolean decomposition;
  private final boolean ratioOfMedians;
  private final Options options;

  /**
   * Choices of the claims' measurement that other analyses do not make (yet): leaving the
   * role-defining skills out of the skills control when the groups differ in role, and clustering
   * the errors by company where an edition's rows are company cells.
   */
  private record Options(boolean roleDefiningSkillsLeftOut, boolean companyClusters) {
    static final Options NONE = new Options(false, false);
  }

  private Comparison(
      GroupSelector focal,
      Optional<GroupSelector> baseline,
      GroupSelector population,
      List<Control> controls,
      AnswerSettings settings,
      boolean decomposition,
      boolean ratioOfMedians) {
    this(
        focal,
        baseline,
        population,
        controls,
        settings,
        decomposition,
        ratioOfMedians,
        Options.NONE);
  }

  private Comparison(
      GroupSelector focal,
      Optional<GroupSelector> baseline,
      GroupSelector population,
      List<Control> controls,
      AnswerSettings settings,
      boolean decomposition,
      boolean ratioOfMedians,
      Options options) {
    this.focal = requireNonNull(focal, "focal is null");
    this.baseline = requireNonNull(baseline, "baseline is null");
    this.population = requireNonNull(population, "population is null");
    this.controls = List.copyOf(controls);
    this.settings = requireNonNull(settings, "settings is null");
    this.decomposition = decomposition;
    this.ratioOfMedians = ratioOfMedians;
    this.options = requireNonNull(options, "options is null");
  }

  /** One role family against one or more others (together), with the default controls. */
  public static Comparison compare(RoleFamily role, RoleFamily... versus) {
    if (versus.length == 0) {
      return of(GroupSelector.roles(role));
    }
    return between(GroupSelector.roles(role), GroupSelector.roles(versus));
  }

  /** A focal group against a stated baseline. */
  public static Comparison between(GroupSelector focal, GroupSelector baseline) {
    return new Comparison(
        focal,
        Optional.of(baseline),
        GroupSelector.EVERYONE,
        Control.DEFAULTS,
        AnswerSettings.defaults(),
        false,
        true);
  }

  /** A focal group against everyone else who states what defines it. */
  public static Comparison of(GroupSelector focal) {
    return new Comparison(
        focal,
        Optional.empty(),
        GroupSelector.EVERYONE,
        Control.DEFAULTS,
        AnswerSettings.defaults(),
        false,
        true);
  }

  /** Compares only within this population ("in Berlin", "back-end developers"). */
  public Comparison among(GroupSelector value) {
    return new Comparison(
        focal, baseline, value, controls, settings, decomposition, ratioOfMedians, options);
  }

  public Comparison adjustingFor(Control... values) {
    return adjustingFor(List.of(values));
  }

  /** The controls of the adjusted premium (those an edition lacks are reported as unused). */
  public Comparison adjustingFor(List<Control> values) {
    return new Comparison(
        focal, baseline, population, values, settings, decomposition, ratioOfMedians, options);
  }

  public Comparison withSettings(AnswerSettings value) {
    return new Comparison(
        focal, baseline, population, controls, value, decomposition, ratioOfMedians, options);
  }

  /** Adds the Oaxaca-Blinder split of each edition's gap (costs a bootstrap of three fits). */
  public Comparison withDecomposition() {
    return new Comparison(
        focal, baseline, population, controls, settings, true, ratioOfMedians, options);
  }

  /** Skips the bootstrap ratio of medians (claims rest on the regression estimates). */
  public Comparison withoutRatioOfMedians() {
    return new Comparison(
        focal, baseline, population, controls, settings, decomposition, false, options);
  }

  /**
   * Leaves the skills that define the compared roles ({@link RoleDefiningSkills}) out of the skills
   * control when the focal group and the baseline differ in role: a premium between roles is not
   * adjusted for what makes the roles.
   */
  public Comparison withoutRoleDefiningSkills() {
    return new Comparison(
        focal,
        baseline,
        population,
        controls,
        settings,
        decomposition,
        ratioOfMedians,
        new Options(true, options.companyClusters()));
  }

  /**
   * Clusters the errors by company ({@link org.devpay.core.stats.CovarianceMethod#CLUSTER_CR1}) in
   * editions whose rows are company cells rather than people: rows with frequency weights that all
   * name a company (Glassdoor's company × title × city cells).
   */
  public Comparison withCompanyClusters() {
    return new Comparison(
        focal,
        baseline,
        population,
        controls,
        settings,
        decomposition,
        ratioOfMedians,
        new Options(options.roleDefiningSkillsLeftOut(), true));
  }

  /** The attribute naming a row's company, where an adapter keeps it. */
  public static final String COMPANY = "company";

  /**
   * Whether an edition's rows are company cells to be clustered by company: some row stands for
   * more than one report (a frequency weight other than 1) and every row names its company.
   */
  public static boolean companyCells(List<PayRecord> records) {
    return !records.isEmpty()
        && records.stream().anyMatch(r -> r.weight() != 1)
        && records.stream().allMatch(r -> !r.attributes().getOrDefault(COMPANY, "").isBlank());
  }

  /**
   * The role-defining skills left out of a comparison between these groups: those of every role
   * either group names (every role when the baseline is everyone else), none unless the roles
   * differ.
   */
  public static Set<String> roleDefiningSkills(
      GroupSelector focal, Optional<GroupSelector> baseline) {
    if (focal.roles().isEmpty()) {
      return Set.of();
    }
    Set<RoleFamily> roles = EnumSet.copyOf(focal.roles());
    if (baseline.isPresent()) {
      if (baseline.get().roles().isEmpty() || baseline.get().roles().equals(focal.roles())) {
        return Set.of();
      }
      roles.addAll(baseline.get().roles());
    } else {
      roles = EnumSet.allOf(RoleFamily.class);
    }
    return RoleDefiningSkills.fromResources().definingAny(roles);
  }

  public String focalLabel() {
    return focal.label();
  }

  public String baselineLabel() {
    return baseline.map(GroupSelector::label).orElse("the rest (not " + focal.label() + ")");
  }

  /** The comparison in every edition of the data with rows in the population, and pooled. */
  public ComparisonReport within(PayData data) {
    return withinStudied(settings.studied(data));
  }

  /**
   * The same over editions already studied with this comparison's settings ({@link
   * AnswerSettings#studied(PayData)}), for analyses that run many comparisons over one data.
   */
  ComparisonReport withinStudied(StudiedEditions studied) {
    return withinScreened(studied, null, "");
  }

  /**
   * The comparison within each level of {@code dimension} (experience band, seniority, country,
   * location, year, ...) held by k or more population rows across the data, in level order.
   */
  public List<ComparisonReport> withinEach(Control dimension, PayData data) {
    if (dimension == Control.INDUSTRY || dimension == Control.SKILLS) {
      throw new IllegalArgumentException(
          "break down by a single-valued characteristic, not " + dimension.id());
    }
    Map<String, Integer> counts = new TreeMap<>();
    StudiedEditions screened = settings.studied(data);
    Map<EditionKey, java.util.function.Function<PayRecord, String>> labels = new TreeMap<>();
    for (StudiedEditions.Edition edition : screened.editions()) {
      List<PayRecord> records = edition.rows();
      boolean hasMetro = records.stream().anyMatch(r -> r.location().metro().isPresent());
      java.util.function.Function<PayRecord, String> label =
          ControlTerms.label(dimension, hasMetro);
      labels.put(edition.key(), label);
      for (PayRecord r : records) {
        if (population.test(r)) {
          counts.merge(label.apply(r), 1, Integer::sum);
        }
      }
    }
    Comparison narrower =
        new Comparison(
            focal,
            baseline,
            population,
            controls.stream().filter(c -> c != dimension).toList(),
            settings,
            decomposition,
            ratioOfMedians,
            options);
    List<ComparisonReport> out = new ArrayList<>();
    for (Map.Entry<String, Integer> level : counts.entrySet()) {
      if (!settings.privacyFloor().allows(level.getValue())) {
        continue;
      }
      String value = level.getKey();
      // The level is a condition of every cell of its comparison, named as a filter would name it.
      Criterion atLevel =
          Criterion.of(
              levelName(dimension) + "=" + value,
              r -> labels.get(new EditionKey(r.datasetId(), r.edition())).apply(r).equals(value));
      out.add(narrower.withinScreened(screened, atLevel, dimension.id() + "=" + value));
    }
    return out;
  }

  /** A breakdown's name as the query dimensions name it, so a level and a filter are one key. */
  private static String levelName(Control dimension) {
    return dimension == Control.LOCATION ? "location" : dimension.id();
  }

  private ComparisonReport withinScreened(StudiedEditions screened, Criterion extra, String group) {
    List<EditionComparison> editions = new ArrayList<>();
    List<PooledPremium.Study> unadjusted = new ArrayList<>();
    List<PooledPremium.Study> adjusted = new ArrayList<>();
    for (StudiedEditions.Edition edition : screened.editions()) {
      if (edition.rows().isEmpty()) {
        continue;
      }
      Optional<EditionComparison> result = compareScreened(edition, extra);
      if (result.isEmpty()) {
        continue;
      }
      EditionComparison comparison = result.get();
      editions.add(comparison);
      Premium premium = comparison.premium();
      premium
          .unadjusted()
          .ifPresent(
              e ->
                  unadjusted.add(
                      new PooledPremium.Study(edition.key().toString(), e, premium.rows())));
      premium
          .adjusted()
          .ifPresent(
              e ->
                  adjusted.add(
                      new PooledPremium.Study(edition.key().toString(), e, premium.rows())));
    }
    double confidence = settings.bootstrap().confidence();
    return new ComparisonReport(
        focalLabel(),
        baselineLabel(),
        population.describe(),
        group,
        controls,
        editions,
        PooledPremium.of(unadjusted, confidence),
        PooledPremium.of(adjusted, confidence));
  }

  /**
   * The comparison within one edition, or empty when either group has no row in it.
   *
   * @param records every record of the edition (screened here, as a whole edition)
   */
  public Optional<EditionComparison> within(EditionKey edition, List<PayRecord> records) {
    return compareScreened(
        StudiedEditions.ofEdition(settings, edition, records, settings.screen()), null);
  }

  private Optional<EditionComparison> compareScreened(
      StudiedEditions.Edition edition, Criterion extra) {
    List<PayRecord> screened = edition.rows();
    EditionAmounts amounts = EditionAmounts.of(screened);
    Set<String> focalCountries =
        focal.metros().isEmpty()
            ? Set.of()
            : screened.stream()
                .filter(focal::test)
                .map(r -> r.location().country().orElse(""))
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    Predicate<PayRecord> rest =
        r ->
            !focal.test(r)
                && focal.statedBy(r)
                && (focalCountries.isEmpty()
                    || r.location().country().map(focalCountries::contains).orElse(false));
    List<PayRecord> focalRows = new ArrayList<>();
    List<PayRecord> baselineRows = new ArrayList<>();
    int populationRows = 0;
    int overlap = 0;
    for (PayRecord r : screened) {
      if (!population.test(r) || (extra != null && !extra.test().test(r))) {
        continue;
      }
      populationRows++;
      boolean inFocal = focal.test(r);
      boolean inBaseline = baseline.map(b -> b.test(r)).orElseGet(() -> rest.test(r));
      if (inFocal && inBaseline) {
        overlap++;
        continue;
      }
      if (inFocal) {
        focalRows.add(r);
      } else if (inBaseline) {
        baselineRows.add(r);
      }
    }
    if (focalRows.isEmpty() || baselineRows.isEmpty()) {
      // The edition cannot make this comparison at all (no row of one group): not listed.
      return Optional.empty();
    }
    PayRecord first = screened.get(0);
    // Both groups are cells the disclosure control must release before any figure is computed.
    CellSpec focalCell = GroupCells.of(focal).and(GroupCells.of(population));
    CellSpec baselineCell;
    if (baseline.isPresent()) {
      baselineCell = GroupCells.of(baseline.get()).and(GroupCells.of(population));
      if (overlap > 0) {
        focalCell = focalCell.and(GroupCells.not(baseline.get()));
        baselineCell = baselineCell.and(GroupCells.not(focal));
      }
    } else {
      baselineCell =
          GroupCells.restOf(
              focal,
              population,
              Criterion.of(
                  "rest of ("
                      + focal.describe()
                      + ")"
                      + (focalCountries.isEmpty() ? "" : " in " + focalCountries),
                  rest));
    }
    if (extra != null) {
      focalCell = focalCell.and(extra);
      baselineCell = baselineCell.and(extra);
    }
    Release focalRelease = edition.release(focalCell, focalRows);
    Release baselineRelease = edition.release(baselineCell, baselineRows);
    if (!focalRelease.published() || !baselineRelease.published()) {
      Premium withheld = Premium.withheld(focalLabel(), baselineLabel());
      return Optional.of(
          new EditionComparison(
              edition.key(),
              amounts.currency(),
              first.published().basis(),
              first.published().scope(),
              screened.size(),
              0,
              0,
              withheld,
              sentence(edition.key(), first, amounts.currency(), withheld)));
    }
    // The released rows in the edition's order, as the model has always seen them.
    Set<PayRecord> focalKept =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    focalKept.addAll(focalRelease.rows());
    Set<PayRecord> baselineKept =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    baselineKept.addAll(baselineRelease.rows());
    List<PayRecord> rows = new ArrayList<>();
    List<Boolean> membership = new ArrayList<>();
    for (PayRecord r : screened) {
      if (focalKept.contains(r)) {
        rows.add(r);
        membership.add(true);
      } else if (baselineKept.contains(r)) {
        rows.add(r);
        membership.add(false);
      }
    }
    boolean[] inFocal = new boolean[rows.size()];
    double[] pay = new double[rows.size()];
    for (int i = 0; i < inFocal.length; i++) {
      inFocal[i] = membership.get(i);
      pay[i] = amounts.amount().applyAsDouble(rows.get(i));
    }
    Set<Control> excluded = EnumSet.noneOf(Control.class);
    excluded.addAll(focal.dimensions());
    baseline.ifPresent(b -> excluded.addAll(b.dimensions()));
    PremiumEstimator estimator =
        PremiumEstimator.with(settings)
            .withControls(controls)
            .withRatioOfMedians(ratioOfMedians)
            .withDecomposition(decomposition);
    if (options.roleDefiningSkillsLeftOut()) {
      estimator = estimator.withSkillsLeftOut(roleDefiningSkills(focal, baseline));
    }
    if (options.companyClusters() && companyCells(rows)) {
      estimator = estimator.withClusters(COMPANY, r -> r.attributes().get(COMPANY));
    }
    Premium premium =
        estimator.estimate(focalLabel(), baselineLabel(), rows, inFocal, pay, excluded);
    return Optional.of(
        new EditionComparison(
            edition.key(),
            amounts.currency(),
            first.published().basis(),
            first.published().scope(),
            screened.size(),
            premium.suppressed() ? 0 : populationRows,
            premium.suppressed() ? 0 : overlap,
            premium,
            sentence(edition.key(), first, amounts.currency(), premium)));
  }

  private static String sentence(
      EditionKey edition, PayRecord first, String currency, Premium premium) {
    String pay =
        first.published().basis().name().toLowerCase(Locale.ROOT)
            + (first.published().scope() == org.devpay.core.model.PayScope.BASE
                ? " base pay"
                : " total compensation")
            + ", "
            + currency;
    String head = "In " + edition + " (" + pay + "), " + premium.focal();
    if (premium.suppressed()) {
      return head + " cannot be compared with " + premium.baseline() + ": " + premium.note() + ".";
    }
    StringBuilder out = new StringBuilder(head);
    if (premium.adjusted().isPresent()) {
      ModelEstimate a = premium.adjusted().get();
      Estimate e = a.logPremium();
      out.append(
          String.format(
              Locale.ROOT,
              " earn %+.1f%% (%d%% CI %+.1f%% to %+.1f%%) against %s with the controls held"
                  + " fixed",
              a.percent(),
              Math.round(e.confidence() * 100),
              a.percentLower(),
              a.percentUpper(),
              premium.baseline()));
    } else {
      out.append(" have no adjusted premium over ").append(premium.baseline());
      out.append(" (").append(premium.note()).append(')');
    }
    premium
        .unadjusted()
        .ifPresent(u -> out.append(String.format(Locale.ROOT, ", %+.1f%% before", u.percent())));
    out.append(
        String.format(
            Locale.ROOT, "; n = %,d vs %,d.", premium.focalRows(), premium.baselineRows()));
    return out.toString();
  }
}
