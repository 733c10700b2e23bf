package org.devpay.core.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.devpay.core.analysis.engine.GroupSelector;
import org.devpay.core.analysis.policy.QueryDimensions;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.Choice;
import org.devpay.core.privacy.Criterion;
import org.devpay.core.privacy.Dimension;

/**
 * A comparison group's definition ({@link GroupSelector}) as the disclosure control reads a cell:
 * its role families, one condition per characteristic it names, and groups of several values of a
 * single-valued characteristic as choices (kept to the values held by k rows).
 */
final class GroupCells {
  private GroupCells() {}

  /** The cell a selector defines. */
  static CellSpec of(GroupSelector group) {
    CellSpec spec = CellSpec.roles(group.roles());
    spec = single(spec, QueryDimensions.SENIORITY, ids(group.seniorities()));
    spec = single(spec, QueryDimensions.METRO, group.metros());
    spec = single(spec, QueryDimensions.COUNTRY, group.countries());
    spec = multi(spec, QueryDimensions.SKILL, group.skills());
    spec = multi(spec, QueryDimensions.INDUSTRY, group.industries());
    return spec;
  }

  /**
   * The cell of a comparison's implicit baseline: the population's rows not in the focal group who
   * state what the focal group is defined by (and, for a metro group, in the same countries). When
   * the focal group is only role families, that is every other named role family; otherwise one
   * condition, "the rest".
   */
  static CellSpec restOf(GroupSelector focal, GroupSelector population, Criterion rest) {
    CellSpec base = of(population);
    boolean rolesOnly =
        !focal.roles().isEmpty()
            && focal.seniorities().isEmpty()
            && focal.skills().isEmpty()
            && focal.industries().isEmpty()
            && focal.metros().isEmpty()
            && focal.countries().isEmpty();
    if (!rolesOnly) {
      return base.and(rest);
    }
    Set<RoleFamily> others =
        population.roles().isEmpty()
            ? EnumSet.allOf(RoleFamily.class)
            : EnumSet.copyOf(population.roles());
    others.removeAll(focal.roles());
    others.remove(RoleFamily.OTHER);
    return new CellSpec(
            others.isEmpty() ? EnumSet.noneOf(RoleFamily.class) : others, List.of(), List.of())
        .and(base.criteria())
        .and(new CellSpec(Set.of(), List.of(), base.choices()));
  }

  /** The condition "not in this group" (a row of both groups is in neither). */
  static Criterion not(GroupSelector group) {
    return Criterion.of("¬(" + group.describe() + ")", r -> !group.test(r));
  }

  private static CellSpec single(CellSpec spec, Dimension dimension, Set<String> values) {
    if (values.isEmpty()) {
      return spec;
    }
    if (values.size() == 1) {
      return spec.and(dimension.is(values.iterator().next()));
    }
    return spec.and(new Choice(dimension, values));
  }

  private static CellSpec multi(CellSpec spec, Dimension dimension, Set<String> values) {
    if (values.isEmpty()) {
      return spec;
    }
    if (values.size() == 1) {
      return spec.and(dimension.is(values.iterator().next()));
    }
    Set<String> copy = Set.copyOf(values);
    return spec.and(
        Criterion.of(
            dimension.name() + "∋any" + new TreeSet<>(values),
            r -> dimension.values().apply(r).stream().anyMatch(copy::contains)));
  }

  private static Set<String> ids(Set<Seniority> seniorities) {
    Set<String> out = new TreeSet<>();
    seniorities.forEach(s -> out.add(s.id()));
    return out;
  }
}
