package org.devpay.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.devpay.core.model.RoleFamily;

/**
 * How a query defines a cell, that is the group of respondents a figure rests on: its role families
 * (the group it is about), the conditions its rows meet (the user's filter, the analysis's level,
 * the group's other characteristics) and the groups made of several values. The control compares
 * the cell with every cell a query could define from the same conditions.
 *
 * @param roles the role families of the cell; empty for any role
 * @param criteria the conditions beyond the roles
 * @param choices groups of several values of one dimension, trimmed to the values held by k rows
 */
public record CellSpec(Set<RoleFamily> roles, List<Criterion> criteria, List<Choice> choices) {
  public CellSpec {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    criteria = List.copyOf(criteria);
    choices = List.copyOf(choices);
  }

  /** The cell of one role family, with no further condition. */
  public static CellSpec role(RoleFamily role) {
    requireNonNull(role, "role is null");
    return new CellSpec(Set.of(role), List.of(), List.of());
  }

  /** A cell of these role families (any when empty). */
  public static CellSpec roles(Set<RoleFamily> roles) {
    return new CellSpec(roles, List.of(), List.of());
  }

  /** The same cell with more conditions. */
  public CellSpec and(List<Criterion> more) {
    List<Criterion> all = new ArrayList<>(criteria);
    for (Criterion criterion : more) {
      if (!all.contains(criterion)) {
        all.add(criterion);
      }
    }
    return new CellSpec(roles, all, choices);
  }

  /** The same cell with one more condition. */
  public CellSpec and(Criterion more) {
    return and(List.of(more));
  }

  /** The same cell with one more group of values. */
  public CellSpec and(Choice choice) {
    List<Choice> all = new ArrayList<>(choices);
    all.add(choice);
    return new CellSpec(roles, criteria, all);
  }

  /**
   * The cell meeting both definitions: the role families of both (either's when the other is any),
   * and the conditions and value groups of both.
   */
  public CellSpec and(CellSpec other) {
    List<Choice> all = new ArrayList<>(choices);
    all.addAll(other.choices);
    return new CellSpec(roles, criteria, all).withinRoles(other.roles).and(other.criteria);
  }

  /** The same cell restricted to these role families as well (any: no change). */
  public CellSpec withinRoles(Set<RoleFamily> more) {
    if (more.isEmpty()) {
      return this;
    }
    if (roles.isEmpty()) {
      return new CellSpec(more, criteria, choices);
    }
    Set<RoleFamily> both = EnumSet.copyOf(roles);
    both.retainAll(more);
    return new CellSpec(
        both.isEmpty() ? EnumSet.noneOf(RoleFamily.class) : both, criteria, choices);
  }
}
