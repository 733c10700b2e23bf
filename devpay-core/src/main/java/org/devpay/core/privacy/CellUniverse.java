package org.devpay.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;

/**
 * The cells of one edition, for {@link DisclosureControl}: every studied row of the edition (the
 * population and the screen applied, no filter), the one list all of the edition's published cells
 * are drawn from. It decides whether a cell may be published ({@link #release}) and keeps, per
 * condition, which of its rows meet it, so that the many cells of one request are checked fast.
 * Thread-safe.
 */
public final class CellUniverse {
  /**
   * The most conditions one check looks at together: 2^16 subsets. A cell with more explicit
   * conditions is withheld; beyond it, shared values are ignored, which no query at hand reaches.
   */
  static final int MAXIMUM_CONDITIONS = 16;

  private final DisclosureControl control;
  private final List<PayRecord> rows;
  private final Map<PayRecord, Integer> index;
  private final Map<RoleFamily, BitSet> roleRows;
  private final Map<String, BitSet> criterionRows = new ConcurrentHashMap<>();

  CellUniverse(DisclosureControl control, List<PayRecord> rows) {
    this.control = requireNonNull(control, "control is null");
    this.rows = List.copyOf(rows);
    this.index = new IdentityHashMap<>(this.rows.size() * 2);
    this.roleRows = new EnumMap<>(RoleFamily.class);
    for (int i = 0; i < this.rows.size(); i++) {
      PayRecord row = this.rows.get(i);
      index.put(row, i);
      roleRows.computeIfAbsent(row.role(), r -> new BitSet()).set(i);
    }
  }

  /** The edition's studied rows, in their order. */
  public List<PayRecord> rows() {
    return rows;
  }

  /** The control this universe applies. */
  public DisclosureControl control() {
    return control;
  }

  /**
   * Whether figures over a cell may be published, and over which rows. The rules are {@link
   * DisclosureControl}'s: multi-value groups trimmed, k rows, no near superset, no small atom.
   *
   * @param spec how the query defines the cell (its filter included)
   * @param cell the cell's rows, drawn from {@link #rows()} (the same objects)
   * @throws IllegalArgumentException when a row is not one of this universe's
   */
  public Release release(CellSpec spec, List<PayRecord> cell) {
    requireNonNull(spec, "spec is null");
    requireNonNull(cell, "cell is null");
    int k = control.minimumCellSize();
    if (!control.differencing()) {
      return cell.size() >= k ? new Release(true, cell, 0) : Release.withheld();
    }
    for (PayRecord row : cell) {
      if (!index.containsKey(row)) {
        throw new IllegalArgumentException(
            "a cell row is not a studied row of its edition: " + row.respondentKey());
      }
    }
    // 1. Multi-value groups keep the values held by k rows of the cell.
    List<PayRecord> kept = cell;
    Set<RoleFamily> topRoles;
    if (spec.roles().size() == 1) {
      topRoles = spec.roles();
    } else {
      Map<RoleFamily, Integer> byRole = new EnumMap<>(RoleFamily.class);
      kept.forEach(r -> byRole.merge(r.role(), 1, Integer::sum));
      topRoles =
          byRole.entrySet().stream()
              .filter(e -> e.getValue() >= k)
              .map(Map.Entry::getKey)
              .collect(Collectors.toSet());
      kept = kept.stream().filter(r -> topRoles.contains(r.role())).toList();
    }
    List<Criterion> explicit = new ArrayList<>(new LinkedHashSet<>(spec.criteria()));
    // Like the roles, a choice of the population defines the cell's group: it is part of every
    // cell the check compares with, since the cell without it is never published.
    List<Criterion> groupConditions = new ArrayList<>();
    for (Choice choice : spec.choices()) {
      Map<String, Integer> byValue = new TreeMap<>();
      for (PayRecord r : kept) {
        for (String v : choice.dimension().values().apply(r)) {
          if (choice.values().contains(v)) {
            byValue.merge(v, 1, Integer::sum);
          }
        }
      }
      Set<String> values =
          byValue.entrySet().stream()
              .filter(e -> e.getValue() >= k)
              .map(Map.Entry::getKey)
              .collect(Collectors.toCollection(TreeSet::new));
      Criterion condition = oneOf(choice.dimension(), values);
      kept = kept.stream().filter(condition.test()).toList();
      if (choice.ofThePopulation()) {
        groupConditions.add(condition);
        explicit.remove(condition);
      } else if (!values.isEmpty() && !explicit.contains(condition)) {
        explicit.add(condition);
      }
    }
    if (kept.size() < k || topRoles.isEmpty()) {
      return Release.withheld();
    }
    if (explicit.size() > MAXIMUM_CONDITIONS) {
      return Release.withheld();
    }
    // 2. The values every kept row shares: a query naming them defines a cell containing this one.
    List<Criterion> implied = new ArrayList<>();
    for (Criterion shared : shared(kept)) {
      if (!explicit.contains(shared)
          && !groupConditions.contains(shared)
          && explicit.size() + implied.size() < MAXIMUM_CONDITIONS) {
        implied.add(shared);
      }
    }
    // 3. Count the rows of the cell's roles by which conditions they meet, and whether kept.
    int conditions = explicit.size() + implied.size();
    BitSet[] meets = new BitSet[conditions];
    for (int c = 0; c < conditions; c++) {
      meets[c] =
          rowsMeeting(c < explicit.size() ? explicit.get(c) : implied.get(c - explicit.size()));
    }
    BitSet top = new BitSet();
    topRoles.forEach(role -> top.or(roleRows.getOrDefault(role, new BitSet())));
    for (Criterion condition : groupConditions) {
      top.and(rowsMeeting(condition));
    }
    BitSet inCell = new BitSet();
    kept.forEach(r -> inCell.set(index.get(r)));
    int masks = 1 << conditions;
    long[] outside = new long[masks];
    long[] all = new long[masks];
    for (int i = top.nextSetBit(0); i >= 0; i = top.nextSetBit(i + 1)) {
      int mask = 0;
      for (int c = 0; c < conditions; c++) {
        if (meets[c].get(i)) {
          mask |= 1 << c;
        }
      }
      all[mask]++;
      if (!inCell.get(i)) {
        outside[mask]++;
      }
    }
    // 4. No small atom within the rows sharing the cell's values, split by its own conditions.
    int impliedMask = (masks - 1) & ~((1 << explicit.size()) - 1);
    for (int mask = 0; mask < masks; mask++) {
      if ((mask & impliedMask) == impliedMask && all[mask] > 0 && all[mask] < k) {
        return Release.withheld();
      }
    }
    // 5. No near superset: each sub-conjunction's rows beyond the cell are none or k or more.
    for (int bit = 0; bit < conditions; bit++) {
      for (int mask = 0; mask < masks; mask++) {
        if ((mask & (1 << bit)) == 0) {
          outside[mask] += outside[mask | (1 << bit)];
        }
      }
    }
    for (int mask = 0; mask < masks; mask++) {
      if (outside[mask] > 0 && outside[mask] < k) {
        return Release.withheld();
      }
    }
    return new Release(true, kept, cell.size() - kept.size());
  }

  /** The rows meeting a condition, computed once per condition and kept. */
  private BitSet rowsMeeting(Criterion criterion) {
    return criterionRows.computeIfAbsent(
        criterion.key(),
        key -> {
          BitSet out = new BitSet(rows.size());
          for (int i = 0; i < rows.size(); i++) {
            if (criterion.test().test(rows.get(i))) {
              out.set(i);
            }
          }
          return out;
        });
  }

  /** The values of the control's dimensions that every one of the rows holds. */
  private List<Criterion> shared(List<PayRecord> cell) {
    List<Criterion> single = new ArrayList<>();
    List<Criterion> multi = new ArrayList<>();
    if (cell.isEmpty()) {
      return single;
    }
    for (Dimension dimension : control.dimensions()) {
      List<String> first = dimension.values().apply(cell.get(0));
      if (first.isEmpty()) {
        continue;
      }
      if (!dimension.multiValued()) {
        String value = first.get(0);
        boolean all = true;
        for (PayRecord r : cell) {
          List<String> values = dimension.values().apply(r);
          if (values.size() != 1 || !values.get(0).equals(value)) {
            all = false;
            break;
          }
        }
        if (all) {
          single.add(dimension.is(value));
        }
        continue;
      }
      List<String> common = new ArrayList<>(new TreeSet<>(first));
      for (PayRecord r : cell) {
        List<String> values = dimension.values().apply(r);
        common.removeIf(v -> !values.contains(v));
        if (common.isEmpty()) {
          break;
        }
      }
      common.forEach(v -> multi.add(dimension.is(v)));
    }
    single.addAll(multi);
    return single;
  }

  /** "dimension is one of these values", as one condition ("seniority=senior" for one value). */
  private static Criterion oneOf(Dimension dimension, Set<String> values) {
    if (values.size() == 1) {
      return dimension.is(values.iterator().next());
    }
    Set<String> copy = Set.copyOf(values);
    return Criterion.of(
        dimension.name() + "∈" + new TreeSet<>(values),
        r -> dimension.values().apply(r).stream().anyMatch(copy::contains));
  }

  @Override
  public String toString() {
    Map<RoleFamily, Integer> sizes = new HashMap<>();
    roleRows.forEach((role, bits) -> sizes.put(role, bits.cardinality()));
    return "CellUniverse" + sizes;
  }
}
