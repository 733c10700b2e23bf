package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.devpay.core.analysis.policy.EditionAmounts;
import org.devpay.core.analysis.policy.OutlierScreen;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.RoleMode;
import org.devpay.core.data.EditionColumns;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.TaxBasis;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.Criterion;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.GroupedQuantiles;
import org.devpay.core.stats.Sample;

/**
 * The product's main job for one dataset edition: are back-end developers paid more than front-end
 * and full-stack developers? Keeps the population the settings name (by default developers by
 * profession employed full time), then computes n and quartiles per role, the back-end ratios of
 * medians with bootstrap intervals, as published and screened, and a one-sentence verdict. Roles
 * are always primary roles ({@link RoleMode#PRIMARY}): no respondent is in two compared groups.
 * When pay was published in bins it adds interval-aware quartiles computed from the bins.
 */
public final class RolePayAnswer {
  private final AnswerSettings settings;

  public RolePayAnswer(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  /** Answers for every edition the data holds, in edition order, each with its citation. */
  public List<EditionReport> answerAll(PayData source) {
    if (source.restriction().isEmpty()) {
      // A whole edition is answered on its columns: no record object per row (issue 11).
      ColumnarAnswer columnar = new ColumnarAnswer(settings);
      List<EditionReport> reports = new ArrayList<>();
      // Read in bulk: a store reads many editions by one pair of queries.
      source.forEachColumns(
          source.editions(),
          columns -> {
            if (columns.size() > 0) {
              reports.add(
                  new EditionReport(columnar.answer(columns), source.citation(columns.key())));
            }
          });
      return reports;
    }
    // Both views and the per-edition loop read every edition: read each once.
    PayData data = LoadedPayData.of(source);
    StudiedEditions published = StudiedEditions.of(settings, data, OutlierScreen.NONE);
    StudiedEditions screened = StudiedEditions.of(settings, data);
    List<EditionReport> reports = new ArrayList<>();
    for (EditionKey key : data.editions()) {
      List<PayRecord> records = data.records(key);
      if (!records.isEmpty()) {
        reports.add(
            new EditionReport(
                answer(key, records, published.edition(key), screened.edition(key)),
                data.citation(key)));
      }
    }
    return reports;
  }

  /**
   * Answers for one edition.
   *
   * @param records every record of one (dataset, edition); must share tax basis and pay scope
   * @throws IllegalArgumentException when records are empty or mix tax bases or pay scopes
   */
  public EditionAnswer answer(String datasetId, String edition, List<PayRecord> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("no records for " + datasetId + " " + edition);
    }
    EditionKey key = new EditionKey(datasetId, edition);
    return answer(
        key,
        records,
        StudiedEditions.ofEdition(settings, key, records, OutlierScreen.NONE),
        StudiedEditions.ofEdition(settings, key, records, settings.screen()));
  }

  /**
   * Answers for one whole edition held as columns (what {@link #answerAll} does for each edition of
   * an unrestricted source): the same answer as {@link #answer(String, String, List)} on the
   * edition's records, with no record object per row.
   *
   * @throws IllegalArgumentException when the edition is empty or mixes tax bases or pay scopes
   */
  public EditionAnswer answer(EditionColumns columns) {
    return new ColumnarAnswer(settings).answer(requireNonNull(columns, "columns is null"));
  }

  private EditionAnswer answer(
      EditionKey key,
      List<PayRecord> records,
      StudiedEditions.Edition published,
      StudiedEditions.Edition screenedEdition) {
    String datasetId = key.datasetId();
    String edition = key.edition();
    TaxBasis basis = single(records, r -> r.published().basis(), "tax basis", datasetId);
    PayScope scope = single(records, r -> r.published().scope(), "pay scope", datasetId);
    EditionAmounts amounts = EditionAmounts.of(records);
    Set<PayPeriod> periods =
        records.stream()
            .map(r -> r.published().period())
            .collect(Collectors.toCollection(TreeSet::new));
    String currency = amounts.currency();
    PayPeriod period = periods.size() == 1 ? periods.iterator().next() : PayPeriod.YEAR;
    ToDoubleFunction<PayRecord> amount = amounts.amount();
    List<Integer> years =
        records.stream().map(PayRecord::year).distinct().sorted().collect(Collectors.toList());

    PopulationFilter.Result population = settings.population().apply(records);
    List<PayRecord> kept = published.rows();
    // Where the screen removes nothing from a cell, both views resample the same rows with the
    // same seed: the interval is computed once and shared.
    AnswerIntervals intervals = new AnswerIntervals(settings.bootstrap());
    AnswerView asPublished =
        view("as-published", OutlierScreen.NONE, published, kept, amount, intervals);
    AnswerView screened =
        view("screened", settings.screen(), screenedEdition, kept, amount, intervals);
    boolean binned = records.stream().anyMatch(r -> r.published().range().isPresent());
    // Bins are bounds in the published currency: only meaningful when the edition has one.
    List<BinnedRoleCell> binnedCells =
        binned && !amounts.mixedCurrencies()
            ? binnedCells(published, kept)
            : List.<BinnedRoleCell>of();
    String verdict =
        verdict(datasetId, edition, basis, scope, currency, screened, binned, binnedCells);
    return new EditionAnswer(
        datasetId,
        edition,
        years,
        currency,
        period,
        basis,
        scope,
        asPublished,
        screened,
        verdict,
        population.count(),
        binnedCells);
  }

  /**
   * Interval-aware quartiles per role from the published bins (annualised like the amounts), for
   * the records that carry a bin; cells the disclosure control withholds carry no figure.
   */
  private List<BinnedRoleCell> binnedCells(
      StudiedEditions.Edition published, List<PayRecord> records) {
    Map<RoleFamily, List<PayRecord>> byRole = new EnumMap<>(RoleFamily.class);
    for (PayRecord record : records) {
      if (record.published().range().isPresent()) {
        byRole.computeIfAbsent(record.role(), r -> new ArrayList<>()).add(record);
      }
    }
    List<BinnedRoleCell> cells = new ArrayList<>();
    for (Map.Entry<RoleFamily, List<PayRecord>> entry : byRole.entrySet()) {
      Release release =
          published.release(CellSpec.role(entry.getKey()).and(PUBLISHED_IN_BINS), entry.getValue());
      if (!release.published()) {
        cells.add(
            new BinnedRoleCell(
                entry.getKey(), 0, true, Optional.empty(), Optional.empty(), Optional.empty()));
        continue;
      }
      List<GroupedQuantiles.Bin> bins = new ArrayList<>();
      for (PayRecord record : release.rows()) {
        PayRange range = record.published().range().orElseThrow();
        int periods = record.published().period().periodsPerYear();
        OptionalDouble upper =
            range.upper().isPresent()
                ? OptionalDouble.of(range.upper().getAsDouble() * periods)
                : OptionalDouble.empty();
        bins.add(new GroupedQuantiles.Bin(range.lower() * periods, upper, record.weight()));
      }
      cells.add(
          new BinnedRoleCell(
              entry.getKey(),
              bins.size(),
              false,
              Optional.of(GroupedQuantiles.of(bins, 0.25)),
              Optional.of(GroupedQuantiles.of(bins, 0.5)),
              Optional.of(GroupedQuantiles.of(bins, 0.75))));
    }
    return cells;
  }

  /** The condition of a binned cell: its pay was published as a range. */
  private static final Criterion PUBLISHED_IN_BINS =
      Criterion.of("pay=published-range", r -> r.published().range().isPresent());

  /**
   * One view of an edition: its role cells over the studied rows (which the disclosure control
   * releases or withholds one by one) and the back-end ratios.
   *
   * @param studied the edition's rows under this view's screen
   * @param population the edition's population rows (before the screen), to count what it removed
   */
  private AnswerView view(
      String name,
      OutlierScreen screen,
      StudiedEditions.Edition studied,
      List<PayRecord> population,
      ToDoubleFunction<PayRecord> amount,
      AnswerIntervals intervals) {
    List<PayRecord> kept = studied.rows();
    int removedLow = 0;
    int removedHigh = 0;
    if (kept.size() < population.size()) {
      double lower = studied.screen().lowerFence();
      double upper = studied.screen().upperFence();
      for (PayRecord r : population) {
        if (r.annualLocal() < lower) {
          removedLow++;
        } else if (r.annualLocal() > upper) {
          removedHigh++;
        }
      }
    }
    Map<RoleFamily, List<PayRecord>> byRole = new EnumMap<>(RoleFamily.class);
    for (PayRecord record : kept) {
      byRole.computeIfAbsent(record.role(), r -> new ArrayList<>()).add(record);
    }
    List<RoleCell> cells = new ArrayList<>();
    Map<RoleFamily, Sample> samples = new EnumMap<>(RoleFamily.class);
    for (Map.Entry<RoleFamily, List<PayRecord>> entry : byRole.entrySet()) {
      Release release = studied.release(CellSpec.role(entry.getKey()), entry.getValue());
      if (!release.published()) {
        cells.add(
            new RoleCell(
                entry.getKey(),
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
      List<PayRecord> group = release.rows();
      int n = group.size();
      double respondents = group.stream().mapToDouble(PayRecord::weight).sum();
      Sample sample = sample(group, amount);
      Sample usd = sample(group, PayRecord::annualUsd);
      samples.put(entry.getKey(), sample);
      cells.add(
          new RoleCell(
              entry.getKey(),
              n,
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
        name, screen.describe(), kept.size(), removedLow, removedHigh, cells, ratios);
  }

  private RatioFigure ratio(
      RoleFamily top,
      RoleFamily bottom,
      Map<RoleFamily, List<PayRecord>> byRole,
      Map<RoleFamily, Sample> samples,
      AnswerIntervals intervals) {
    for (RoleFamily role : List.of(top, bottom)) {
      if (!byRole.containsKey(role)) {
        return new RatioFigure(
            top, bottom, Optional.empty(), Direction.NOT_ENOUGH_DATA, "no " + role.id() + " rows");
      }
      if (!samples.containsKey(role)) {
        return new RatioFigure(
            top,
            bottom,
            Optional.empty(),
            Direction.NOT_ENOUGH_DATA,
            role.id() + " is " + Release.WITHHELD);
      }
    }
    Estimate estimate = intervals.ratioOfMedians(samples.get(top), samples.get(bottom));
    Direction direction =
        estimate.entirelyAbove(1)
            ? Direction.HIGHER
            : estimate.entirelyBelow(1) ? Direction.LOWER : Direction.NO_CLEAR_DIFFERENCE;
    return new RatioFigure(top, bottom, Optional.of(estimate), direction, "");
  }

  private static Sample sample(List<PayRecord> group, ToDoubleFunction<PayRecord> amount) {
    double[] values = group.stream().mapToDouble(amount).toArray();
    double[] weights = group.stream().mapToDouble(PayRecord::weight).toArray();
    return Sample.weighted(values, weights);
  }

  private static <T> T single(
      List<PayRecord> records,
      java.util.function.Function<PayRecord, T> field,
      String what,
      String datasetId) {
    Set<T> values = records.stream().map(field).collect(Collectors.toSet());
    if (values.size() != 1) {
      throw new IllegalArgumentException(
          datasetId + " mixes " + what + " values " + values + "; they are never compared");
    }
    return values.iterator().next();
  }

  static String verdict(
      String datasetId,
      String edition,
      TaxBasis basis,
      PayScope scope,
      String currency,
      AnswerView view,
      boolean binned,
      List<BinnedRoleCell> binnedCells) {
    StringBuilder sentence = new StringBuilder();
    sentence
        .append("In ")
        .append(datasetId)
        .append(' ')
        .append(edition)
        .append(" (")
        .append(basis.name().toLowerCase(Locale.ROOT))
        .append(' ')
        .append(scope == PayScope.BASE ? "base pay" : "total compensation")
        .append(", ")
        .append(currency)
        .append("), back-end developers ");
    List<String> parts = new ArrayList<>();
    for (RatioFigure ratio : view.ratios()) {
      parts.add(clause(ratio, view));
    }
    sentence.append(String.join("; and ", parts)).append('.');
    if (binned) {
      sentence.append(
          " Pay was published in bins: medians are bin midpoints, so many ties make the intervals"
              + " coarse.");
      List<String> medians = new ArrayList<>();
      for (RoleFamily role :
          List.of(RoleFamily.BACKEND, RoleFamily.FRONTEND, RoleFamily.FULLSTACK)) {
        binnedCells.stream()
            .filter(c -> c.role() == role && c.median().isPresent())
            .findFirst()
            .ifPresent(
                c ->
                    medians.add(
                        String.format(
                            Locale.ROOT,
                            "%s %s%,.0f",
                            role.displayName().toLowerCase(Locale.ROOT),
                            c.median().get().lowerBoundOnly() ? "at least " : "",
                            c.median().get().value())));
      }
      if (!medians.isEmpty()) {
        sentence
            .append(" Interval-aware medians, interpolated within the bins: ")
            .append(String.join(", ", medians))
            .append('.');
      }
    }
    return sentence.toString();
  }

  private static String clause(RatioFigure ratio, AnswerView view) {
    String other = ratio.denominator().displayName().toLowerCase(Locale.ROOT) + " developers";
    if (ratio.estimate().isEmpty()) {
      return "cannot be compared with " + other + " (" + ratio.note() + ")";
    }
    Estimate e = ratio.estimate().get();
    String verb;
    switch (ratio.direction()) {
      case HIGHER:
        verb = "are paid more than ";
        break;
      case LOWER:
        verb = "are paid less than ";
        break;
      default:
        verb = "are not clearly paid differently from ";
        break;
    }
    return String.format(
        Locale.ROOT,
        "%s%s (median ratio %.3f, %d%% CI %.3f to %.3f; n = %,d vs %,d)",
        verb,
        other,
        e.estimate(),
        Math.round(e.confidence() * 100),
        e.lower(),
        e.upper(),
        rows(view, ratio.numerator()),
        rows(view, ratio.denominator()));
  }

  private static int rows(AnswerView view, RoleFamily role) {
    return view.cells().stream().filter(c -> c.role() == role).mapToInt(RoleCell::n).sum();
  }
}
