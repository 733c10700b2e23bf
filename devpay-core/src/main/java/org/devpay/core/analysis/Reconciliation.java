package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.analysis.policy.RoleMode;
import org.devpay.core.data.EditionKey;
import org.devpay.core.geo.Countries;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PublishedMedian;
import org.devpay.core.stats.Sample;

/**
 * Checks devpay against a publisher's own figures: for one ingested edition, computes the median
 * annual pay in USD per published developer type and scope (all respondents or one country) under
 * every reconciliation base, and names the base that reproduces the published medians best.
 *
 * <p>Bases: each {@link PopulationFilter#every() population filter} crossed with each {@link
 * RoleMode}; {@link RoleMode#ALL_ROLES} is tried only when some record has several role labels
 * (otherwise it equals {@link RoleMode#PRIMARY}). A group's median is type 7 over the group's rows
 * (the median of an even count is the mean of the two middle values, as pandas computes it). Groups
 * below the privacy floor are not published and not compared. Fit = mean |(devpay − published) /
 * published| over the compared pairs; the smallest wins, ties going to the base tried first (the
 * default population, primary roles).
 *
 * <p>Each group is compared only with its published figure, never with another group, so counting a
 * respondent under several roles ({@link RoleMode#ALL_ROLES}) is sound here.
 */
public final class Reconciliation {
  private final Countries countries;
  private final PrivacyFloor privacyFloor;

  public Reconciliation(Countries countries, PrivacyFloor privacyFloor) {
    this.countries = requireNonNull(countries, "countries is null");
    this.privacyFloor = requireNonNull(privacyFloor, "privacyFloor is null");
  }

  /**
   * Reconciles one edition.
   *
   * @param edition the edition
   * @param records its records
   * @param published every published median at hand (any year; those of the records' years are
   *     used)
   */
  public EditionReconciliation reconcile(
      EditionKey edition, List<PayRecord> records, List<PublishedMedian> published) {
    requireNonNull(edition, "edition is null");
    List<Integer> years = records.stream().map(PayRecord::year).distinct().sorted().toList();
    List<PublishedMedian> targets =
        published.stream().filter(p -> years.contains(p.year())).toList();
    if (targets.isEmpty()) {
      return new EditionReconciliation(edition, years, List.of(), Optional.empty());
    }
    boolean multiSelect = records.stream().anyMatch(r -> RoleMode.ALL_ROLES.labels(r).size() > 1);
    List<BaseFit> fits = new ArrayList<>();
    for (PopulationFilter population : PopulationFilter.every()) {
      List<PayRecord> kept = population.apply(records).kept();
      for (RoleMode roles : RoleMode.values()) {
        if (roles == RoleMode.ALL_ROLES && !multiSelect) {
          continue;
        }
        List<ReconciledPair> pairs = new ArrayList<>();
        for (PublishedMedian target : targets) {
          pairs.add(pair(target, kept, roles));
        }
        fits.add(new BaseFit(new ReconciliationBase(population, roles), pairs));
      }
    }
    Optional<BaseFit> best =
        fits.stream()
            .filter(f -> f.comparedPairs() > 0)
            .min(Comparator.comparingDouble(f -> f.meanAbsoluteGap().getAsDouble()));
    return new EditionReconciliation(edition, years, fits, best);
  }

  private ReconciledPair pair(PublishedMedian target, List<PayRecord> records, RoleMode roles) {
    Optional<String> country = Optional.empty();
    if (!target.global()) {
      country = countries.resolve(target.scope());
      if (country.isEmpty()) {
        return missing(target, 0, "scope '" + target.scope() + "' is not a known country");
      }
    }
    List<PayRecord> group = new ArrayList<>();
    for (PayRecord record : records) {
      if (record.year() == target.year()
          && roles.labels(record).contains(target.devType())
          && (country.isEmpty() || country.equals(record.location().country()))) {
        group.add(record);
      }
    }
    if (group.isEmpty()) {
      return missing(target, 0, "no rows");
    }
    if (!privacyFloor.allows(group.size())) {
      return missing(
          target,
          group.size(),
          "fewer than " + privacyFloor.minimumCellSize() + " rows: not published");
    }
    double median =
        Sample.weighted(
                group.stream().mapToDouble(PayRecord::annualUsd).toArray(),
                group.stream().mapToDouble(PayRecord::weight).toArray())
            .median();
    double gap = (median - target.median()) / target.median();
    return new ReconciledPair(
        target, group.size(), OptionalDouble.of(median), OptionalDouble.of(gap), "");
  }

  private static ReconciledPair missing(PublishedMedian target, int n, String note) {
    return new ReconciledPair(target, n, OptionalDouble.empty(), OptionalDouble.empty(), note);
  }
}
