package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.devpay.core.analysis.policy.EditionAmounts;
import org.devpay.core.analysis.policy.QueryDimensions;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.Sample;

/**
 * How pay grows with experience for the roles the question compares (back-end, front-end,
 * full-stack): per dataset edition, the median of annual pay by band of years of professional
 * experience, with its bootstrap interval. Rows are those of the answer's population filter,
 * screened as in the answer's "screened" view (the screen runs over the whole edition before rows
 * without a stated experience are dropped), and a point with fewer than k rows is suppressed like
 * any other cell.
 */
public final class ExperienceCurves {
  /** The experience bands, in order; years are half-open intervals [from, to). */
  public static final List<Band> BANDS =
      List.of(
          new Band("0-1", 0, 2),
          new Band("2-4", 2, 5),
          new Band("5-9", 5, 10),
          new Band("10-14", 10, 15),
          new Band("15+", 15, Double.POSITIVE_INFINITY));

  /** The roles the curves are drawn for: the three the question compares. */
  public static final List<RoleFamily> ROLES =
      List.of(RoleFamily.BACKEND, RoleFamily.FRONTEND, RoleFamily.FULLSTACK);

  private final AnswerSettings settings;

  public ExperienceCurves(AnswerSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  /** Curves for every edition that states years of experience for at least one row. */
  public List<EditionCurves> curvesAll(PayData data) {
    StudiedEditions studied = settings.studied(data);
    List<EditionCurves> out = new ArrayList<>();
    for (EditionKey key : data.editions()) {
      List<PayRecord> records = data.records(key);
      if (records.stream().anyMatch(r -> r.yearsExperience().isPresent())) {
        out.add(curves(key, records, studied.edition(key)));
      }
    }
    return out;
  }

  /**
   * Curves for one edition.
   *
   * @param records every record of one (dataset, edition), already filtered if at all
   */
  public EditionCurves curves(String datasetId, String edition, List<PayRecord> records) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("no records for " + datasetId + " " + edition);
    }
    EditionKey key = new EditionKey(datasetId, edition);
    return curves(
        key, records, StudiedEditions.ofEdition(settings, key, records, settings.screen()));
  }

  private EditionCurves curves(
      EditionKey key, List<PayRecord> records, StudiedEditions.Edition studied) {
    String datasetId = key.datasetId();
    String edition = key.edition();
    EditionAmounts amounts = EditionAmounts.of(records);
    // Same population as the answer (professional, full time by default), then the same screen.
    List<PayRecord> kept = studied.rows();
    List<PayRecord> withExperience =
        kept.stream().filter(r -> r.yearsExperience().isPresent()).toList();
    List<RoleCurve> curves = new ArrayList<>();
    for (RoleFamily role : ROLES) {
      List<Point> points = new ArrayList<>();
      for (Band band : BANDS) {
        List<PayRecord> cell =
            withExperience.stream()
                .filter(r -> r.role() == role && band.contains(r.yearsExperience().getAsDouble()))
                .toList();
        Release release =
            studied.release(
                CellSpec.role(role).and(QueryDimensions.EXPERIENCE.is(band.label())), cell);
        points.add(point(band, release, amounts.amount()));
      }
      curves.add(new RoleCurve(role, points));
    }
    return new EditionCurves(
        datasetId,
        edition,
        amounts.currency(),
        withExperience.size(),
        kept.size() - withExperience.size(),
        curves);
  }

  private Point point(Band band, Release release, ToDoubleFunction<PayRecord> amount) {
    if (!release.published()) {
      return new Point(band, 0, true, OptionalDouble.empty(), Optional.empty());
    }
    List<PayRecord> cell = release.rows();
    int n = cell.size();
    double[] values = cell.stream().mapToDouble(amount).toArray();
    double[] weights = cell.stream().mapToDouble(PayRecord::weight).toArray();
    Sample sample = Sample.weighted(values, weights);
    return new Point(
        band,
        n,
        false,
        OptionalDouble.of(sample.median()),
        Optional.of(settings.bootstrap().median(sample)));
  }

  /**
   * A band of years of professional experience, [from, to).
   *
   * @param label how the band is shown ("5-9")
   * @param from lowest years in the band
   * @param to years from which the next band starts (infinite for the last)
   */
  public record Band(String label, double from, double to) {
    public Band {
      requireNonNull(label, "label is null");
      if (!(from >= 0 && to > from)) {
        throw new IllegalArgumentException("a band needs 0 <= from < to: " + from + ", " + to);
      }
    }

    public boolean contains(double years) {
      return years >= from && years < to;
    }
  }

  /**
   * One role's median pay in one experience band; suppressed below the privacy floor.
   *
   * @param band the experience band
   * @param n rows in the cell (0 when suppressed: a withheld cell states no count)
   * @param suppressed true when the disclosure control withholds the cell; then every figure is
   *     empty
   * @param median median of annual pay in the edition's currency
   * @param medianInterval the median with its bootstrap interval
   */
  public record Point(
      Band band,
      int n,
      boolean suppressed,
      OptionalDouble median,
      Optional<Estimate> medianInterval) {
    public Point {
      requireNonNull(band, "band is null");
      requireNonNull(median, "median is null");
      requireNonNull(medianInterval, "medianInterval is null");
      if (suppressed && (median.isPresent() || medianInterval.isPresent() || n != 0)) {
        throw new IllegalArgumentException("a suppressed point carries no figures and no count");
      }
    }
  }

  /**
   * One role's curve: a point per band, in band order.
   *
   * @param role the role family
   * @param points one point per band of {@link #BANDS}
   */
  public record RoleCurve(RoleFamily role, List<Point> points) {
    public RoleCurve {
      requireNonNull(role, "role is null");
      points = List.copyOf(points);
    }
  }

  /**
   * The curves of one dataset edition.
   *
   * @param datasetId dataset id
   * @param edition edition label
   * @param currency the currency of the medians
   * @param rowsWithExperience screened rows that state years of experience
   * @param rowsWithoutExperience screened rows that do not (left out of the curves)
   * @param roles one curve per role of {@link #ROLES}
   */
  public record EditionCurves(
      String datasetId,
      String edition,
      String currency,
      int rowsWithExperience,
      int rowsWithoutExperience,
      List<RoleCurve> roles) {
    public EditionCurves {
      requireNonNull(datasetId, "datasetId is null");
      requireNonNull(edition, "edition is null");
      requireNonNull(currency, "currency is null");
      roles = List.copyOf(roles);
    }
  }
}
