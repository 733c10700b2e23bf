package org.devpay.core.analysis.policy;

import java.util.List;
import java.util.Locale;
import org.devpay.core.analysis.ExperienceCurves;
import org.devpay.core.model.PayRecord;
import org.devpay.core.privacy.Criterion;
import org.devpay.core.privacy.Dimension;

/**
 * The characteristics devpay's queries select records on: the record filter's (country, metro,
 * seniority, industry, skill) and the analyses' levels (experience band, survey year, employment).
 * The disclosure control looks at the values a cell's rows all share on each of them, since a query
 * naming such a value defines a cell that contains this one.
 */
public final class QueryDimensions {
  public static final Dimension COUNTRY =
      Dimension.single("country", r -> r.location().country().stream().toList());
  public static final Dimension METRO =
      Dimension.single("metro", r -> r.location().metro().stream().toList());
  public static final Dimension SENIORITY =
      Dimension.single("seniority", r -> List.of(r.seniority().id()));
  public static final Dimension EMPLOYMENT =
      Dimension.single("employment", r -> List.of(r.employment().name().toLowerCase(Locale.ROOT)));
  public static final Dimension EXPERIENCE =
      Dimension.single("experience", QueryDimensions::experienceBand);
  public static final Dimension YEAR =
      Dimension.single("year", r -> List.of(Integer.toString(r.year())));

  /**
   * Whether a respondent says they are a developer by profession ("yes", "no", or "unstated"): part
   * of the answers' population, so a cell drawn from a wider one is split by it.
   */
  public static final Dimension PROFESSION =
      Dimension.single("profession", r -> List.of(r.profession().id()));

  public static final Dimension INDUSTRY = Dimension.multi("industry", PayRecord::industries);
  public static final Dimension SKILL = Dimension.multi("skill", PayRecord::skills);

  /** Every dimension, in this order. */
  public static final List<Dimension> STANDARD =
      List.of(COUNTRY, METRO, SENIORITY, EMPLOYMENT, PROFESSION, EXPERIENCE, YEAR, INDUSTRY, SKILL);

  private QueryDimensions() {}

  /** The condition "role is one of these" (the role itself is a cell's group, not a filter). */
  static Criterion roleIn(java.util.Set<org.devpay.core.model.RoleFamily> roles) {
    java.util.Set<org.devpay.core.model.RoleFamily> copy = java.util.Set.copyOf(roles);
    return Criterion.of(
        "role∈" + new java.util.TreeSet<>(roles.stream().map(r -> r.id()).toList()),
        r -> copy.contains(r.role()));
  }

  private static List<String> experienceBand(PayRecord record) {
    if (record.yearsExperience().isEmpty()) {
      return List.of();
    }
    double years = record.yearsExperience().getAsDouble();
    for (ExperienceCurves.Band band : ExperienceCurves.BANDS) {
      if (band.contains(years)) {
        return List.of(band.label());
      }
    }
    return List.of();
  }
}
