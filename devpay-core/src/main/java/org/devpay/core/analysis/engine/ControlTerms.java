package org.devpay.core.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.devpay.core.analysis.ExperienceCurves;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.model.PayRecord;
import org.devpay.core.stats.LinearModel;

/**
 * Codes the controls of a log-pay regression from records, in one place for every analysis: which
 * controls an edition can support, their levels (rare levels merged so no coefficient rests on
 * fewer than k rows), and the indicator columns of multi-select answers.
 */
public final class ControlTerms {
  /** Indicator columns per multi-select control at most; the most frequent levels are kept. */
  static final int MAX_INDICATORS = 30;

  static final String RARE = "(fewer than k)";
  static final String NOT_STATED = "(not stated)";

  private ControlTerms() {}

  /** A coded control: a factor (one label per row) or indicator columns. */
  public record Term(
      Control control, String[] factor, Map<String, double[]> indicators, String note) {
    int columns(int levels) {
      return factor != null ? levels - 1 : indicators.size();
    }

    /**
     * This term with the factor levels {@code merged} names joined into the most frequent level
     * ({@link #mostFrequent}), or the indicator columns it names left out; null when nothing is
     * left that varies.
     */
    Term without(Predicate<String> merged) {
      if (factor == null) {
        Map<String, double[]> kept = new LinkedHashMap<>(indicators);
        kept.keySet().removeIf(merged);
        return kept.isEmpty() ? null : new Term(control, null, kept, note);
      }
      String reference = mostFrequent(factor);
      String[] labels = factor.clone();
      for (int i = 0; i < labels.length; i++) {
        if (merged.test(labels[i])) {
          labels[i] = reference;
        }
      }
      return Arrays.stream(labels).distinct().count() > 1
          ? new Term(control, labels, Map.of(), note)
          : null;
    }
  }

  /** The most frequent of these labels; of equally frequent ones, the first by name. */
  static String mostFrequent(String[] labels) {
    Map<String, Integer> counts = new HashMap<>();
    for (String label : labels) {
      counts.merge(label, 1, Integer::sum);
    }
    return mostFrequent(counts);
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(
            Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }

  /**
   * Codes each requested control that is not excluded and varies among the rows.
   *
   * @param uses receives one entry per requested control: used or why not
   */
  public static List<Term> code(
      List<PayRecord> rows,
      List<Control> requested,
      Set<Control> excluded,
      PrivacyFloor floor,
      List<ControlUse> uses) {
    return code(rows, requested, excluded, Set.of(), floor, uses);
  }

  /**
   * As {@link #code(List, List, Set, PrivacyFloor, List)}, with the skills named in {@code
   * skillsLeftOut} left out of the skills control (the role-defining skills of a comparison between
   * roles, {@link org.devpay.core.taxonomy.RoleDefiningSkills}).
   */
  static List<Term> code(
      List<PayRecord> rows,
      List<Control> requested,
      Set<Control> excluded,
      Set<String> skillsLeftOut,
      PrivacyFloor floor,
      List<ControlUse> uses) {
    List<Term> terms = new ArrayList<>();
    boolean hasMetro = rows.stream().anyMatch(r -> r.location().metro().isPresent());
    for (Control control : requested) {
      if (excluded.contains(control)) {
        uses.add(new ControlUse(control, false, 0, "defines the groups compared"));
        continue;
      }
      if (control == Control.COUNTRY && requested.contains(Control.LOCATION)) {
        uses.add(new ControlUse(control, false, 0, "subsumed by location"));
        continue;
      }
      Term term =
          switch (control) {
            case INDUSTRY ->
                indicators(
                    control,
                    rows,
                    PayRecord::industries,
                    Set.of(),
                    r -> r.industries().isEmpty(),
                    floor);
            case SKILLS ->
                indicators(
                    control,
                    rows,
                    PayRecord::skills,
                    skillsLeftOut,
                    r -> r.skills().isEmpty(),
                    floor);
            default -> factor(control, rows, label(control, hasMetro), floor);
          };
      if (term == null) {
        uses.add(new ControlUse(control, false, 0, notAvailable(control)));
        continue;
      }
      int levels =
          term.factor() == null ? 0 : (int) Arrays.stream(term.factor()).distinct().count();
      String note = term.note();
      if (control == Control.SKILLS && !skillsLeftOut.isEmpty()) {
        note += "; role-defining skills left out (" + skillsLeftOut.size() + ")";
      }
      uses.add(new ControlUse(control, true, term.columns(levels), note));
      terms.add(term);
    }
    return terms;
  }

  /** Adds the coded terms to a model. */
  public static LinearModel apply(LinearModel model, List<Term> terms) {
    LinearModel out = model;
    for (Term term : terms) {
      if (term.factor() != null) {
        out = out.withFactor(term.control().id(), term.factor());
      } else {
        for (Map.Entry<String, double[]> column : term.indicators().entrySet()) {
          out = out.withCovariate(term.control().id() + "=" + column.getKey(), column.getValue());
        }
      }
    }
    return out;
  }

  private static String notAvailable(Control control) {
    return switch (control) {
      case INDUSTRY, SKILLS -> "not in this edition, or no level held by k rows";
      default -> "one level only (not in this edition, or too few rows per level)";
    };
  }

  public static Function<PayRecord, String> label(Control control, boolean hasMetro) {
    return switch (control) {
      case ROLE -> r -> r.role().id();
      case EXPERIENCE -> ControlTerms::experienceBand;
      case SENIORITY -> r -> r.seniority().id();
      case COUNTRY -> r -> r.location().country().orElse(NOT_STATED);
      case LOCATION ->
          hasMetro
              ? r ->
                  r.location()
                      .metro()
                      .orElse(r.location().country().map(c -> "rest of " + c).orElse(NOT_STATED))
              : r -> r.location().country().orElse(NOT_STATED);
      case YEAR -> r -> Integer.toString(r.year());
      case EMPLOYMENT -> r -> r.employment().name().toLowerCase(java.util.Locale.ROOT);
      case INDUSTRY, SKILLS -> throw new IllegalArgumentException("not a factor: " + control);
    };
  }

  /** The experience band label of a record, or "(not stated)". */
  static String experienceBand(PayRecord record) {
    if (record.yearsExperience().isEmpty()) {
      return NOT_STATED;
    }
    double years = record.yearsExperience().getAsDouble();
    for (ExperienceCurves.Band band : ExperienceCurves.BANDS) {
      if (band.contains(years)) {
        return band.label();
      }
    }
    return NOT_STATED;
  }

  private static Term factor(
      Control control,
      List<PayRecord> rows,
      Function<PayRecord, String> label,
      PrivacyFloor floor) {
    String[] labels = new String[rows.size()];
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      labels[i] = label.apply(rows.get(i));
      counts.merge(labels[i], 1, Integer::sum);
    }
    int merged = 0;
    for (int i = 0; i < labels.length; i++) {
      if (!floor.allows(counts.get(labels[i]))) {
        labels[i] = RARE;
        merged++;
      }
    }
    String mergedInto = RARE;
    if (merged > 0 && !floor.allows(merged)) {
      // The merged level itself is under k: its rows join the most frequent level instead.
      String largest = mostFrequent(counts);
      for (int i = 0; i < labels.length; i++) {
        if (labels[i].equals(RARE)) {
          labels[i] = largest;
        }
      }
      mergedInto = "the most frequent level (" + largest + ")";
    }
    long levels = Arrays.stream(labels).distinct().count();
    if (levels < 2) {
      return null;
    }
    String note =
        levels
            + " levels"
            + (merged > 0
                ? "; " + merged + " rows of levels under k merged into " + mergedInto
                : "");
    return new Term(control, labels, Map.of(), note);
  }

  /**
   * Indicator columns of a multi-select answer.
   *
   * @param unstated whether a row left the question unanswered (its own column): judged on the
   *     whole answer, so a row whose skills were all left out as role-defining still stated some
   */
  /**
   * The indicator columns of a list-valued control: one per value held by k rows and lacked by k
   * (the {@link #MAX_INDICATORS} most frequent), the values {@code leftOut} not counted, and the
   * "not stated" column for rows whose list is empty. Each distinct list is read once: its values
   * (sorted, without repeats or those left out) and which kept columns it sets; a store's read
   * makes one list per distinct value, so a million rows hold some thousands of lists.
   */
  private static Term indicators(
      Control control,
      List<PayRecord> rows,
      Function<PayRecord, List<String>> list,
      Set<String> leftOut,
      Predicate<PayRecord> unstated,
      PrivacyFloor floor) {
    int n = rows.size();
    Map<List<String>, List<String>> distinctValues = new HashMap<>();
    List<List<String>> held = new ArrayList<>(n);
    Map<String, Integer> counts = new TreeMap<>();
    int none = 0;
    for (PayRecord record : rows) {
      List<String> values =
          distinctValues.computeIfAbsent(
              list.apply(record),
              l -> {
                java.util.TreeSet<String> set = new java.util.TreeSet<>(l);
                set.removeAll(leftOut);
                return List.copyOf(set);
              });
      held.add(values);
      if (unstated.test(record)) {
        none++;
      }
      for (String value : values) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    List<String> kept =
        counts.entrySet().stream()
            .filter(e -> floor.allows(e.getValue()) && floor.allows(n - e.getValue()))
            .sorted(
                Comparator.comparing(Map.Entry<String, Integer>::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .limit(MAX_INDICATORS)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    if (kept.isEmpty()) {
      return null;
    }
    // Which kept columns each distinct list sets, as the bits of a long.
    if (kept.size() > Long.SIZE) {
      throw new IllegalStateException("more indicator columns than a long has bits: " + kept);
    }
    Map<List<String>, Long> bits = new java.util.IdentityHashMap<>();
    for (List<String> values : distinctValues.values()) {
      long set = 0;
      for (int j = 0; j < kept.size(); j++) {
        if (values.contains(kept.get(j))) {
          set |= 1L << j;
        }
      }
      bits.put(values, set);
    }
    double[][] indicator = new double[kept.size()][n];
    for (int i = 0; i < n; i++) {
      long set = bits.get(held.get(i));
      while (set != 0) {
        indicator[Long.numberOfTrailingZeros(set)][i] = 1;
        set &= set - 1;
      }
    }
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (int j = 0; j < kept.size(); j++) {
      columns.put(kept.get(j), indicator[j]);
    }
    if (floor.allows(none) && floor.allows(n - none)) {
      double[] column = new double[n];
      for (int i = 0; i < n; i++) {
        column[i] = unstated.test(rows.get(i)) ? 1 : 0;
      }
      columns.put(NOT_STATED, column);
    }
    String note =
        kept.size()
            + " indicators (levels held by k or more rows"
            + (counts.size() > kept.size() ? ", most frequent " + MAX_INDICATORS + " at most" : "")
            + ")";
    return new Term(control, null, columns, note);
  }
}
