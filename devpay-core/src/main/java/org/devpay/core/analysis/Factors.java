package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.GroupSelector;
import org.devpay.core.analysis.policy.EditionAmounts;
import org.devpay.core.analysis.policy.QueryDimensions;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.Criterion;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.AdjustedPValues;
import org.devpay.core.stats.MultipleTesting;
import org.devpay.core.stats.Sample;

/**
 * Factor effects on pay: experience, industry, skills and location. For each factor, median pay per
 * level (k-floored cells) and, per level, the adjusted premium of being at that level ({@link
 * Comparison}) in each edition and pooled, with Benjamini-Hochberg adjusted p-values across the
 * levels reported together. Immutable: configure with {@code with...} methods.
 *
 * <ul>
 *   <li>experience: experience curves of back-end, front-end and full-stack ({@link
 *       ExperienceCurves}), medians by seniority, and per role the premium of senior or lead over
 *       junior, holding location, year, industry, skills and employment fixed;
 *   <li>industry: each industry against the population's other respondents who state an industry,
 *       holding role, experience, seniority, location, year and employment fixed;
 *   <li>skills: each skill against those who list other skills, holding role, experience,
 *       seniority, location, industry, year and employment fixed;
 *   <li>location: each metro area against the rest of its country, holding role, experience,
 *       seniority, industry, skills, year and employment fixed.
 * </ul>
 */
public final class Factors {
  /** The developer role families a factor looks at unless told otherwise. */
  public static final Set<RoleFamily> DEVELOPER_ROLES =
      Set.copyOf(
          EnumSet.of(
              RoleFamily.BACKEND,
              RoleFamily.FRONTEND,
              RoleFamily.FULLSTACK,
              RoleFamily.MOBILE,
              RoleFamily.EMBEDDED,
              RoleFamily.DEVOPS_SRE,
              RoleFamily.DATA_ENGINEERING,
              RoleFamily.DATA_SCIENCE_ML));

  /** Levels reported per factor unless named, the most frequent first. */
  public static final int DEFAULT_TOP = 15;

  private final AnswerSettings settings;
  private final Set<RoleFamily> roles;
  private final int top;
  private final List<String> levels;

  private Factors(AnswerSettings settings, Set<RoleFamily> roles, int top, List<String> levels) {
    this.settings = requireNonNull(settings, "settings is null");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("at least one role family is needed");
    }
    this.roles = Set.copyOf(roles);
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1: " + top);
    }
    this.top = top;
    this.levels = List.copyOf(levels);
  }

  public static Factors with(AnswerSettings settings) {
    return new Factors(settings, DEVELOPER_ROLES, DEFAULT_TOP, List.of());
  }

  /** Looks only at these role families. */
  public Factors forRoles(Set<RoleFamily> values) {
    return new Factors(settings, values, top, levels);
  }

  /** Reports the {@code count} most frequent levels. */
  public Factors top(int count) {
    return new Factors(settings, roles, count, levels);
  }

  /** Reports these levels (industry ids, skill ids, metro names) instead of the most frequent. */
  public Factors levels(List<String> values) {
    return new Factors(settings, roles, top, values);
  }

  /** The report of one factor. */
  public FactorReport report(FactorReport.Factor factor, PayData data) {
    // Every cell and every level's comparison looks at the same studied rows: screen them once.
    StudiedEditions studied = settings.studied(data);
    return switch (factor) {
      case EXPERIENCE -> experience(data, studied);
      case INDUSTRY -> multiSelect(factor, data, studied, PayRecord::industries);
      case SKILLS -> multiSelect(factor, data, studied, PayRecord::skills);
      case LOCATION -> location(data, studied);
    };
  }

  private GroupSelector population() {
    return GroupSelector.EVERYONE.withRoles(roles);
  }

  private FactorReport experience(PayData data, StudiedEditions studied) {
    List<ExperienceCurves.EditionCurves> curves = new ExperienceCurves(settings).curvesAll(data);
    List<Control> controls =
        List.of(
            Control.LOCATION, Control.YEAR, Control.INDUSTRY, Control.SKILLS, Control.EMPLOYMENT);
    List<LevelCell> cells = new ArrayList<>();
    List<ComparisonReport> comparisons = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Seniority> ladder =
        List.of(Seniority.JUNIOR, Seniority.MIDDLE, Seniority.SENIOR, Seniority.LEAD_PRINCIPAL);
    for (RoleFamily role : ExperienceCurves.ROLES) {
      if (!roles.contains(role)) {
        continue;
      }
      String group = role.displayName().toLowerCase(java.util.Locale.ROOT);
      cells.addAll(
          cells(
              studied,
              GroupSelector.roles(role),
              r -> ladder.contains(r.seniority()) ? List.of(r.seniority().id()) : List.<String>of(),
              QueryDimensions.SENIORITY::is,
              group,
              ladder.stream().map(Seniority::id).toList()));
      GroupSelector seniors =
          GroupSelector.roles(role)
              .withSeniorities(List.of(Seniority.SENIOR, Seniority.LEAD_PRINCIPAL));
      GroupSelector juniors = GroupSelector.roles(role).withSeniorities(List.of(Seniority.JUNIOR));
      names.add(group + ": senior/lead vs junior");
      comparisons.add(
          Comparison.between(seniors, juniors)
              .adjustingFor(controls)
              .withSettings(settings)
              .withinStudied(studied));
    }
    return new FactorReport(
        FactorReport.Factor.EXPERIENCE,
        GroupSelector.EVERYONE.withRoles(roles).describe(),
        "senior or lead over junior respondents of the same role family",
        controls,
        cells,
        adjust(names, comparisons),
        curves);
  }

  private FactorReport multiSelect(
      FactorReport.Factor factor,
      PayData data,
      StudiedEditions studied,
      Function<PayRecord, List<String>> values) {
    List<Control> controls =
        factor == FactorReport.Factor.INDUSTRY
            ? List.of(
                Control.ROLE,
                Control.EXPERIENCE,
                Control.SENIORITY,
                Control.LOCATION,
                Control.YEAR,
                Control.EMPLOYMENT)
            : List.of(
                Control.ROLE,
                Control.EXPERIENCE,
                Control.SENIORITY,
                Control.LOCATION,
                Control.INDUSTRY,
                Control.YEAR,
                Control.EMPLOYMENT);
    List<String> chosen = chooseLevels(data, values);
    List<LevelCell> cells =
        cells(
            studied,
            population(),
            values,
            factor == FactorReport.Factor.INDUSTRY
                ? QueryDimensions.INDUSTRY::is
                : QueryDimensions.SKILL::is,
            "",
            chosen);
    List<ComparisonReport> comparisons = new ArrayList<>();
    for (String level : chosen) {
      GroupSelector focal =
          factor == FactorReport.Factor.INDUSTRY
              ? GroupSelector.EVERYONE.withIndustries(List.of(level))
              : GroupSelector.EVERYONE.withSkills(List.of(level));
      comparisons.add(
          Comparison.of(focal)
              .among(population())
              .adjustingFor(controls)
              .withSettings(settings)
              .withinStudied(studied));
    }
    String noun = factor == FactorReport.Factor.INDUSTRY ? "industry" : "skill";
    return new FactorReport(
        factor,
        population().describe(),
        "respondents listing the "
            + noun
            + " over respondents who list other "
            + (factor == FactorReport.Factor.INDUSTRY ? "industries" : "skills")
            + " only, in the same edition",
        controls,
        cells,
        adjust(chosen, comparisons),
        List.of());
  }

  private FactorReport location(PayData data, StudiedEditions studied) {
    List<Control> controls =
        List.of(
            Control.ROLE,
            Control.EXPERIENCE,
            Control.SENIORITY,
            Control.INDUSTRY,
            Control.SKILLS,
            Control.YEAR,
            Control.EMPLOYMENT);
    Function<PayRecord, List<String>> metro =
        r -> r.location().metro().map(List::of).orElse(List.of());
    List<String> chosen = chooseLevels(data, metro);
    List<LevelCell> cells =
        cells(studied, population(), metro, QueryDimensions.METRO::is, "", chosen);
    List<ComparisonReport> comparisons = new ArrayList<>();
    for (String level : chosen) {
      comparisons.add(
          Comparison.of(GroupSelector.EVERYONE.withMetros(List.of(level)))
              .among(population())
              .adjustingFor(controls)
              .withSettings(settings)
              .withinStudied(studied));
    }
    return new FactorReport(
        FactorReport.Factor.LOCATION,
        population().describe(),
        "respondents in the metro area over the rest of the same country, in the same edition",
        controls,
        cells,
        adjust(chosen, comparisons),
        List.of());
  }

  /** The named levels, else the most frequent ones held by k rows in some edition. */
  private List<String> chooseLevels(PayData data, Function<PayRecord, List<String>> values) {
    if (!levels.isEmpty()) {
      return levels;
    }
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> bestEdition = new HashMap<>();
    for (EditionKey key : data.editions()) {
      Map<String, Integer> counts = new HashMap<>();
      for (PayRecord r : data.records(key)) {
        if (population().test(r)) {
          for (String v : Set.copyOf(values.apply(r))) {
            counts.merge(v, 1, Integer::sum);
          }
        }
      }
      counts.forEach(
          (v, c) -> {
            total.merge(v, c, Integer::sum);
            bestEdition.merge(v, c, Math::max);
          });
    }
    return total.entrySet().stream()
        .filter(e -> settings.privacyFloor().allows(bestEdition.get(e.getKey())))
        .filter(e -> !e.getKey().equals("other"))
        .sorted(
            Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(top)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Median pay per edition and level among the selected rows (studied), each level a cell the
   * disclosure control releases or withholds.
   */
  private List<LevelCell> cells(
      StudiedEditions studied,
      GroupSelector selector,
      Function<PayRecord, List<String>> values,
      Function<String, Criterion> levelCondition,
      String group,
      List<String> wanted) {
    List<LevelCell> out = new ArrayList<>();
    CellSpec groupCell = GroupCells.of(selector).and(GroupCells.of(population()));
    for (StudiedEditions.Edition edition : studied.editions()) {
      EditionKey key = edition.key();
      List<PayRecord> screened = edition.rows();
      if (screened.isEmpty()) {
        continue;
      }
      EditionAmounts amounts = EditionAmounts.of(screened);
      Map<String, List<PayRecord>> byLevel = new TreeMap<>();
      for (PayRecord r : screened) {
        if (selector.test(r) && population().test(r)) {
          for (String v : Set.copyOf(values.apply(r))) {
            if (wanted.contains(v)) {
              byLevel.computeIfAbsent(v, x -> new ArrayList<>()).add(r);
            }
          }
        }
      }
      Map<String, List<PayRecord>> ordered = new LinkedHashMap<>();
      for (String level : wanted) {
        if (byLevel.containsKey(level)) {
          ordered.put(level, byLevel.get(level));
        }
      }
      for (Map.Entry<String, List<PayRecord>> e : ordered.entrySet()) {
        Release release =
            edition.release(groupCell.and(levelCondition.apply(e.getKey())), e.getValue());
        if (!release.published()) {
          out.add(
              new LevelCell(
                  key,
                  group,
                  e.getKey(),
                  amounts.currency(),
                  0,
                  true,
                  OptionalDouble.empty(),
                  Optional.empty()));
          continue;
        }
        List<PayRecord> cell = release.rows();
        Sample sample =
            Sample.weighted(
                cell.stream().mapToDouble(amounts.amount()).toArray(),
                cell.stream().mapToDouble(PayRecord::weight).toArray());
        out.add(
            new LevelCell(
                key,
                group,
                e.getKey(),
                amounts.currency(),
                cell.size(),
                false,
                OptionalDouble.of(sample.median()),
                Optional.of(settings.bootstrap().median(sample))));
      }
    }
    return out;
  }

  /** Attaches BH-adjusted p-values of the pooled adjusted premiums across the levels. */
  static List<FactorLevel> adjust(List<String> names, List<ComparisonReport> comparisons) {
    List<Integer> tested = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    for (int i = 0; i < comparisons.size(); i++) {
      OptionalDouble p = comparisons.get(i).pooledAdjusted().pValue();
      if (p.isPresent()) {
        tested.add(i);
        pValues.add(p.getAsDouble());
      }
    }
    Map<Integer, Double> adjusted = new HashMap<>();
    if (!pValues.isEmpty()) {
      AdjustedPValues bh =
          MultipleTesting.benjaminiHochberg(
              pValues.stream().mapToDouble(Double::doubleValue).toArray());
      for (int j = 0; j < tested.size(); j++) {
        adjusted.put(tested.get(j), bh.adjusted(j));
      }
    }
    List<FactorLevel> out = new ArrayList<>();
    for (int i = 0; i < comparisons.size(); i++) {
      Double q = adjusted.get(i);
      out.add(
          new FactorLevel(
              names.get(i),
              comparisons.get(i),
              q == null ? OptionalDouble.empty() : OptionalDouble.of(q)));
    }
    return out;
  }
}
