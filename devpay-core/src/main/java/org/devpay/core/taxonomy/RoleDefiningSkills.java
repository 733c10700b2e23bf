package org.devpay.core.taxonomy;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.resource.ResourceTable;

/**
 * The skills that define a role family (JavaScript for front-end, Java or Go for back-end, Swift
 * for mobile), from the reviewed table {@code role-defining-skills.csv}, so a premium between roles
 * adjusted for skills does not hold fixed the very skills that tell the roles apart. Immutable.
 */
public final class RoleDefiningSkills {
  static final String RESOURCE = "role-defining-skills.csv";

  private final Map<String, Set<RoleFamily>> rolesOfSkill;

  private RoleDefiningSkills(Map<String, Set<RoleFamily>> rolesOfSkill) {
    this.rolesOfSkill = Collections.unmodifiableMap(new TreeMap<>(rolesOfSkill));
  }

  /** The table shipped with devpay-core. */
  public static RoleDefiningSkills fromResources() {
    return Holder.SHIPPED;
  }

  /** Reads a table with columns skill and roles (';'-separated role family ids). */
  public static RoleDefiningSkills fromTable(ResourceTable table) {
    int skill = table.column("skill");
    int roles = table.column("roles");
    Map<String, Set<RoleFamily>> out = new TreeMap<>();
    for (List<String> row : table.rows()) {
      Set<RoleFamily> families = new TreeSet<>();
      for (String id : row.get(roles).split(";")) {
        families.add(
            RoleFamily.parse(id)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            table.resource() + ": unknown role family '" + id + "' in " + row)));
      }
      if (out.put(row.get(skill).strip(), Collections.unmodifiableSet(families)) != null) {
        throw new IllegalStateException(table.resource() + ": duplicate skill " + row.get(skill));
      }
    }
    return new RoleDefiningSkills(out);
  }

  /** Every listed skill with the roles it defines, sorted by skill. */
  public Map<String, Set<RoleFamily>> all() {
    return rolesOfSkill;
  }

  /** The skills that define any of these role families, sorted. */
  public Set<String> definingAny(Collection<RoleFamily> roles) {
    requireNonNull(roles, "roles is null");
    Set<String> out = new TreeSet<>();
    rolesOfSkill.forEach(
        (skill, families) -> {
          if (families.stream().anyMatch(roles::contains)) {
            out.add(skill);
          }
        });
    return Collections.unmodifiableSet(out);
  }

  private static final class Holder {
    static final RoleDefiningSkills SHIPPED =
        fromTable(ResourceTable.load(RoleDefiningSkills.class, RESOURCE));
  }
}
