package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import org.devpay.core.analysis.policy.OutlierScreen;
import org.devpay.core.analysis.policy.PopulationCount;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.QueryDimensions;
import org.devpay.core.data.EditionColumns;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.TaxBasis;
import org.devpay.core.privacy.DisclosureControl;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.GroupedQuantiles;
import org.devpay.core.stats.Sample;

/**
 * {@link RolePayAnswer}'s answer for one whole edition (no record filter), computed on the
 * edition's primitive columns: no record object is made or kept, so an edition of millions of rows
 * is a few arrays. It follows the record path step by step (population filter, the screen's fences,
 * the cells the disclosure control releases, the bootstrap on the same samples in the same order),
 * and its answers are equal to the record path's (ColumnarAnswerTest, on every real edition and on
 * synthetic ones).
 */
final class ColumnarAnswer {
  private static final RoleFamily[] ROLES = RoleFamily.values();

  private final AnswerSettings settings;
  private final DisclosureControl control;

  ColumnarAnswer(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
    this.control = settings.privacyFloor().disclosure();
    if (!control.dimensions().equals(QueryDimensions.STANDARD)) {
      throw new IllegalArgumentException(
          "the columnar answer knows devpay's query dimensions only: " + control.dimensions());
    }
  }

  /**
   * The answer for one whole edition.
   *
   * @throws IllegalArgumentException when the edition is empty or mixes tax bases or pay scopes
   */
  EditionAnswer answer(EditionColumns c) {
    String datasetId = c.key().datasetId();
    String edition = c.key().edition();
    int size = c.size();
    if (size == 0) {
      throw new IllegalArgumentException("no records for " + datasetId + " " + edition);
    }
    TaxBasis basis = single(size, c::basis, "tax basis", datasetId);
    PayScope scope = single(size, c::scope, "pay scope", datasetId);
    TreeSet<String> currencies = new TreeSet<>();
    for (int code = 0; code < c.currency().distinct(); code++) {
      currencies.add(c.currency().value(code));
    }
    boolean mixedCurrencies = currencies.size() > 1;
    String currency = currencies.size() == 1 ? currencies.first() : "USD";
    // Every per-row loop is a method of its own: called once per edition, a loop inside this
    // method would have the JIT compile the whole method, with all it inlines, on the stack (OSR)
    // and again whole, some 0.1 s of a compiler thread each time (measured with JFR's compilation
    // events), on a machine whose two cores the bootstrap wants.
    double[] amount = amounts(c, currencies.size() == 1);
    TreeSet<PayPeriod> periods = periods(c);
    TreeSet<Integer> years = years(c);
    boolean binned = anyRange(c);
    PayPeriod period = periods.size() == 1 ? periods.first() : PayPeriod.YEAR;

    // The population filter, then the screen over the population's rows.
    PopulationFilter filter = settings.population();
    Population kept = population(filter, c);
    int[] population = kept.rows();
    PopulationCount count = filter.count(size, kept.notProfessional(), kept.notFullTime());

    OutlierScreen screen = settings.screen();
    int[] screenedRows = population;
    double lowerFence = Double.NEGATIVE_INFINITY;
    double upperFence = Double.POSITIVE_INFINITY;
    double lowerLog = Double.NEGATIVE_INFINITY;
    double upperLog = Double.POSITIVE_INFINITY;
    if (!screen.isNone() && population.length > 0) {
      double[] logs = gather(population, row -> Math.log(c.annualLocal(row)));
      OutlierScreen.LogFences fences = screen.fences(logs);
      lowerLog = fences.lower();
      upperLog = fences.upper();
      screenedRows = within(population, logs, lowerLog, upperLog);
      lowerFence = Math.exp(lowerLog);
      upperFence = Math.exp(upperLog);
    }

    AnswerIntervals intervals = new AnswerIntervals(settings.bootstrap());
    Sample[] published = new Sample[ROLES.length];
    AnswerView asPublished =
        view(
            "as-published",
            OutlierScreen.NONE,
            c,
            population,
            population,
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            amount,
            intervals,
            (role, values, weights) -> Sample.weighted(values, weights),
            published);
    // With one currency the amounts are the local pay the screen tests, so a role's screened rows
    // are its published rows with the smallest and largest amounts removed: its screened sample is
    // a run of the published one's sorted rows (Sample.within), equal to sorting them again.
    double below = lowerLog;
    double above = upperLog;
    SampleMaker screenedSample =
        mixedCurrencies
            ? (role, values, weights) -> Sample.weighted(values, weights)
            : (role, values, weights) -> {
              Sample whole = published[role.ordinal()];
              if (whole == null) {
                return Sample.weighted(values, weights);
              }
              Sample run = whole.within(v -> Math.log(v) < below, v -> Math.log(v) > above);
              if (run.size() != values.length) {
                throw new IllegalStateException(
                    "the screened " + role.id() + " rows are not a run of the published ones");
              }
              return run;
            };
    AnswerView screened =
        view(
            "screened",
            screen,
            c,
            screenedRows,
            population,
            lowerFence,
            upperFence,
            amount,
            intervals,
            screenedSample,
            new Sample[ROLES.length]);
    List<BinnedRoleCell> binnedCells =
        binned && !mixedCurrencies ? binnedCells(c, population) : List.of();
    String verdict =
        RolePayAnswer.verdict(
            datasetId, edition, basis, scope, currency, screened, binned, binnedCells);
    return new EditionAnswer(
        datasetId,
        edition,
        List.copyOf(years),
        currency,
        period,
        basis,
        scope,
        asPublished,
        screened,
        verdict,
        count,
        binnedCells);
  }

  /**
   * One view: its role cells over the studied rows and the back-end ratios.
   *
   * @param studied the rows under this view's screen (the cells' universe)
   * @param population the population's rows before the screen, to count what it removed
   * @param sampleOf a cell's sample from its amounts and weights, in its rows' order
   * @param samples where each released role's sample is left, by role ordinal
   */
  private AnswerView view(
      String name,
      OutlierScreen screen,
      EditionColumns c,
      int[] studied,
      int[] population,
      double lowerFence,
      double upperFence,
      double[] amount,
      AnswerIntervals intervals,
      SampleMaker sampleOf,
      Sample[] samples) {
    int removedLow = 0;
    int removedHigh = 0;
    if (studied.length < population.length) {
      // None below the lower fence is above the upper one, which lies over it.
      removedLow = count(population, row -> c.annualLocal(row) < lowerFence);
      removedHigh = count(population, row -> c.annualLocal(row) > upperFence);
    }
    int[][] byRole = byRole(c, studied, row -> true);
    List<RoleCell> cells = new ArrayList<>();
    for (RoleFamily role : ROLES) {
      int[] group = byRole[role.ordinal()];
      if (group == null) {
        continue;
      }
      // The cell is every studied row of its role: the control releases it exactly when it holds
      // k rows (nothing outside it shares its conditions; CellUniverse's rules 4 and 5 are void).
      if (group.length < control.minimumCellSize()) {
        cells.add(
            new RoleCell(
                role,
                0,
                0,
                true,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                Optional.empty()));
        continue;
      }
      double[] values = gather(group, row -> amount[row]);
      double[] usdValues = gather(group, c::annualUsd);
      double[] weights = gather(group, c::weight);
      double respondents = Arrays.stream(weights).sum();
      Sample sample = sampleOf.sample(role, values, weights);
      // Where the amounts are the dollars (bit for bit), the dollars' sample is the same one.
      Sample usd = Arrays.equals(values, usdValues) ? sample : Sample.weighted(usdValues, weights);
      samples[role.ordinal()] = sample;
      cells.add(
          new RoleCell(
              role,
              group.length,
              respondents,
              false,
              OptionalDouble.of(sample.quantile(0.25)),
              OptionalDouble.of(sample.median()),
              OptionalDouble.of(sample.quantile(0.75)),
              OptionalDouble.of(usd.median()),
              Optional.of(intervals.median(sample))));
    }
    List<RatioFigure> ratios =
        List.of(
            ratio(RoleFamily.BACKEND, RoleFamily.FRONTEND, byRole, samples, intervals),
            ratio(RoleFamily.BACKEND, RoleFamily.FULLSTACK, byRole, samples, intervals));
    return new AnswerView(
        name, screen.describe(), studied.length, removedLow, removedHigh, cells, ratios);
  }

  private static RatioFigure ratio(
      RoleFamily top,
      RoleFamily bottom,
      int[][] byRole,
      Sample[] samples,
      AnswerIntervals intervals) {
    for (RoleFamily role : List.of(top, bottom)) {
      if (byRole[role.ordinal()] == null) {
        return new RatioFigure(
            top, bottom, Optional.empty(), Direction.NOT_ENOUGH_DATA, "no " + role.id() + " rows");
      }
      if (samples[role.ordinal()] == null) {
        return new RatioFigure(
            top,
            bottom,
            Optional.empty(),
            Direction.NOT_ENOUGH_DATA,
            role.id() + " is " + Release.WITHHELD);
      }
    }
    Estimate estimate = intervals.ratioOfMedians(samples[top.ordinal()], samples[bottom.ordinal()]);
    Direction direction =
        estimate.entirelyAbove(1)
            ? Direction.HIGHER
            : estimate.entirelyBelow(1) ? Direction.LOWER : Direction.NO_CLEAR_DIFFERENCE;
    return new RatioFigure(top, bottom, Optional.of(estimate), direction, "");
  }

  /**
   * Interval-aware quartiles per role from the published bins, for the population's rows that carry
   * a bin; each cell is released by the full disclosure rules (the role's rows without a bin are
   * outside it).
   */
  private List<BinnedRoleCell> binnedCells(EditionColumns c, int[] universe) {
    int[][] byRole = byRole(c, universe, c::hasRange);
    int[][] roleRows = byRole(c, universe, row -> true);
    List<BinnedRoleCell> cells = new ArrayList<>();
    for (RoleFamily role : ROLES) {
      int[] cell = byRole[role.ordinal()];
      if (cell == null) {
        continue;
      }
      if (!released(c, cell, roleRows[role.ordinal()], c::hasRange)) {
        cells.add(
            new BinnedRoleCell(
                role, 0, true, Optional.empty(), Optional.empty(), Optional.empty()));
        continue;
      }
      List<GroupedQuantiles.Bin> bins = new ArrayList<>(cell.length);
      for (int row : cell) {
        int periods = c.period(row).periodsPerYear();
        double upper = c.rangeUpper(row);
        bins.add(
            new GroupedQuantiles.Bin(
                c.rangeLower(row) * periods,
                Double.isNaN(upper) ? OptionalDouble.empty() : OptionalDouble.of(upper * periods),
                c.weight(row)));
      }
      cells.add(
          new BinnedRoleCell(
              role,
              bins.size(),
              false,
              Optional.of(GroupedQuantiles.of(bins, 0.25)),
              Optional.of(GroupedQuantiles.of(bins, 0.5)),
              Optional.of(GroupedQuantiles.of(bins, 0.75))));
    }
    return cells;
  }

  /**
   * Whether the control releases a cell of one role defined by one explicit condition: {@link
   * org.devpay.core.privacy.CellUniverse#release}'s rules for such a cell, over the columns. The
   * cell's rows share some values of the query dimensions (implied conditions); among the role's
   * rows of the universe, no combination of the conditions that contains the implied ones may hold
   * fewer than k rows (no small atom), and no sub-conjunction may leave between 1 and k - 1 rows
   * outside the cell (no near superset).
   *
   * @param cell the cell's rows (the role's universe rows meeting the condition), in order
   * @param roleRows every universe row of the role, in order
   * @param condition the cell's explicit condition
   */
  private boolean released(EditionColumns c, int[] cell, int[] roleRows, IntPredicate condition) {
    int k = control.minimumCellSize();
    if (!control.differencing()) {
      return cell.length >= k;
    }
    if (cell.length < k) {
      return false;
    }
    List<IntPredicate> conditions = new ArrayList<>();
    conditions.add(condition);
    for (IntPredicate shared : shared(c, cell)) {
      if (conditions.size() < MAXIMUM_CONDITIONS) {
        conditions.add(shared);
      }
    }
    int count = conditions.size();
    int masks = 1 << count;
    long[] outside = new long[masks];
    long[] all = new long[masks];
    for (int row : roleRows) {
      int mask = 0;
      for (int b = 0; b < count; b++) {
        if (conditions.get(b).test(row)) {
          mask |= 1 << b;
        }
      }
      all[mask]++;
      if (!condition.test(row)) {
        outside[mask]++;
      }
    }
    int impliedMask = (masks - 1) & ~1;
    for (int mask = 0; mask < masks; mask++) {
      if ((mask & impliedMask) == impliedMask && all[mask] > 0 && all[mask] < k) {
        return false;
      }
    }
    for (int bit = 0; bit < count; bit++) {
      for (int mask = 0; mask < masks; mask++) {
        if ((mask & (1 << bit)) == 0) {
          outside[mask] += outside[mask | (1 << bit)];
        }
      }
    }
    for (int mask = 0; mask < masks; mask++) {
      if (outside[mask] > 0 && outside[mask] < k) {
        return false;
      }
    }
    return true;
  }

  /** CellUniverse's cap on the conditions one check looks at together. */
  private static final int MAXIMUM_CONDITIONS = 16;

  /**
   * The values of the query dimensions every row of the cell holds, as conditions on a row, in
   * {@link QueryDimensions#STANDARD}'s order: single-valued dimensions first, then each
   * multi-valued dimension's shared values in their sorted order.
   */
  private static List<IntPredicate> shared(EditionColumns c, int[] cell) {
    List<IntPredicate> out = new ArrayList<>();
    List<IntFunction<Integer>> singles =
        List.of(
            row -> c.country().code(row),
            row -> c.metro().code(row),
            row -> c.seniority(row).ordinal(),
            row -> c.employment(row).ordinal(),
            row -> c.profession(row).ordinal(),
            row -> experienceBand(c.yearsExperience(row)),
            row -> c.year(row));
    for (IntFunction<Integer> single : singles) {
      int value = single.apply(cell[0]);
      if (value == NONE) {
        continue;
      }
      boolean all = true;
      for (int row : cell) {
        if (single.apply(row) != value) {
          all = false;
          break;
        }
      }
      if (all) {
        out.add(row -> single.apply(row) == value);
      }
    }
    for (EditionColumns.MultiCoded multi : List.of(c.industries(), c.skills())) {
      TreeSet<String> common = new TreeSet<>();
      for (int p = multi.from(cell[0]); p < multi.to(cell[0]); p++) {
        common.add(multi.value(multi.codeAt(p)));
      }
      for (int row : cell) {
        if (common.isEmpty()) {
          break;
        }
        Set<String> values = new HashSet<>();
        for (int p = multi.from(row); p < multi.to(row); p++) {
          values.add(multi.value(multi.codeAt(p)));
        }
        common.retainAll(values);
      }
      for (String value : common) {
        int code = codeOf(multi, value);
        out.add(row -> multi.holds(row, code));
      }
    }
    return out;
  }

  /** A single-valued dimension's "no value" (a row that does not state it). */
  private static final int NONE = -1;

  /** The index of the experience band holding these years, or NONE. */
  private static int experienceBand(double years) {
    if (Double.isNaN(years)) {
      return NONE;
    }
    for (int b = 0; b < ExperienceCurves.BANDS.size(); b++) {
      if (ExperienceCurves.BANDS.get(b).contains(years)) {
        return b;
      }
    }
    return NONE;
  }

  private static int codeOf(EditionColumns.MultiCoded multi, String value) {
    for (int code = 0; code < multi.distinct(); code++) {
      if (multi.value(code).equals(value)) {
        return code;
      }
    }
    throw new IllegalStateException("no code for " + value);
  }

  /** The rows meeting a condition, by role ordinal, in their order (null for a role with none). */
  private static int[][] byRole(EditionColumns c, int[] rows, IntPredicate keep) {
    int[] counts = new int[ROLES.length];
    for (int row : rows) {
      if (keep.test(row)) {
        counts[c.role(row).ordinal()]++;
      }
    }
    int[][] out = new int[ROLES.length][];
    for (int r = 0; r < ROLES.length; r++) {
      if (counts[r] > 0) {
        out[r] = new int[counts[r]];
      }
    }
    int[] filled = new int[ROLES.length];
    for (int row : rows) {
      if (keep.test(row)) {
        int r = c.role(row).ordinal();
        out[r][filled[r]++] = row;
      }
    }
    return out;
  }

  /** Makes a role's sample from its rows' amounts and weights (given in the rows' order). */
  @FunctionalInterface
  private interface SampleMaker {
    Sample sample(RoleFamily role, double[] values, double[] weights);
  }

  /** Each row's annual pay: in the local currency when the edition has one, else in US dollars. */
  private static double[] amounts(EditionColumns c, boolean local) {
    double[] amount = new double[c.size()];
    for (int i = 0; i < amount.length; i++) {
      amount[i] = local ? c.annualLocal(i) : c.annualUsd(i);
    }
    return amount;
  }

  private static TreeSet<PayPeriod> periods(EditionColumns c) {
    TreeSet<PayPeriod> periods = new TreeSet<>();
    for (int i = 0; i < c.size(); i++) {
      periods.add(c.period(i));
    }
    return periods;
  }

  private static TreeSet<Integer> years(EditionColumns c) {
    TreeSet<Integer> years = new TreeSet<>();
    for (int i = 0; i < c.size(); i++) {
      years.add(c.year(i));
    }
    return years;
  }

  private static boolean anyRange(EditionColumns c) {
    boolean binned = false;
    for (int i = 0; i < c.size(); i++) {
      binned |= c.hasRange(i);
    }
    return binned;
  }

  /** The population filter's kept rows, in order, and the counts of what it removed. */
  private record Population(int[] rows, int notProfessional, int notFullTime) {}

  private static Population population(PopulationFilter filter, EditionColumns c) {
    int size = c.size();
    int[] population = new int[size];
    int kept = 0;
    int notProfessional = 0;
    int notFullTime = 0;
    for (int i = 0; i < size; i++) {
      switch (filter.outcome(c.profession(i), c.employment(i))) {
        case NOT_PROFESSIONAL -> notProfessional++;
        case NOT_FULL_TIME -> notFullTime++;
        case KEPT -> population[kept++] = i;
      }
    }
    return new Population(Arrays.copyOf(population, kept), notProfessional, notFullTime);
  }

  /** A value of each of the rows, in their order. */
  private static double[] gather(int[] rows, IntToDoubleFunction value) {
    double[] out = new double[rows.length];
    for (int j = 0; j < rows.length; j++) {
      out[j] = value.applyAsDouble(rows[j]);
    }
    return out;
  }

  /** The rows whose log is neither below the lower fence nor above the upper one. */
  private static int[] within(int[] rows, double[] logs, double lower, double upper) {
    int[] within = new int[rows.length];
    int n = 0;
    for (int j = 0; j < rows.length; j++) {
      if (!(logs[j] < lower) && !(logs[j] > upper)) {
        within[n++] = rows[j];
      }
    }
    return Arrays.copyOf(within, n);
  }

  private static int count(int[] rows, IntPredicate test) {
    int n = 0;
    for (int row : rows) {
      if (test.test(row)) {
        n++;
      }
    }
    return n;
  }

  private static <T> T single(int size, IntFunction<T> field, String what, String datasetId) {
    Set<T> values = new HashSet<>();
    for (int i = 0; i < size; i++) {
      values.add(field.apply(i));
    }
    if (values.size() != 1) {
      throw new IllegalArgumentException(
          datasetId + " mixes " + what + " values " + values + "; they are never compared");
    }
    return values.iterator().next();
  }
}
