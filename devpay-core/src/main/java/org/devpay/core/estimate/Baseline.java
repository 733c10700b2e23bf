package org.devpay.core.estimate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The naive estimate the model has to beat: the median pay (with frequency weights) of the training
 * rows in the same country and role; the role alone when that cell has fewer than k rows; the whole
 * edition when the role has.
 */
final class Baseline {
  private final Map<String, Double> byCountryAndRole = new HashMap<>();
  private final Map<String, Double> byRole = new HashMap<>();
  private final double overall;

  Baseline(EditionPopulation population, int[] training, EstimatorSettings settings) {
    Map<String, List<Integer>> cells = new HashMap<>();
    Map<String, List<Integer>> roles = new HashMap<>();
    List<Integer> all = new ArrayList<>();
    for (int row : training) {
      Facts facts = population.facts(row);
      cells.computeIfAbsent(cell(facts), c -> new ArrayList<>()).add(row);
      roles.computeIfAbsent(facts.role(), r -> new ArrayList<>()).add(row);
      all.add(row);
    }
    cells.forEach(
        (cell, rows) -> {
          if (settings.privacyFloor().allows(rows.size())) {
            byCountryAndRole.put(cell, median(population, rows));
          }
        });
    roles.forEach(
        (role, rows) -> {
          if (settings.privacyFloor().allows(rows.size())) {
            byRole.put(role, median(population, rows));
          }
        });
    this.overall = median(population, all);
  }

  /** The baseline's estimate of pay for a row. */
  double median(Facts facts) {
    Double cell = byCountryAndRole.get(cell(facts));
    if (cell != null) {
      return cell;
    }
    return byRole.getOrDefault(facts.role(), overall);
  }

  private static String cell(Facts facts) {
    return facts.country().orElse("") + "|" + facts.role();
  }

  private static double median(EditionPopulation population, List<Integer> rows) {
    return population.medianPay(rows);
  }
}
