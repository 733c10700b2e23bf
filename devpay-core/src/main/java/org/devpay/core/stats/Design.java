package org.devpay.core.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A regression design held column-wise and sparsely: an intercept, dense numeric covariates, and
 * for each factor one integer level code per row that maps to a dummy column (or to none, for the
 * reference level). A 1,000,000 × 200 fixed-effects design therefore costs a few arrays of n
 * numbers, never an n × k matrix. Package-private: {@link LinearModel} builds it.
 */
final class Design {
  static final String INTERCEPT = "(Intercept)";

  final int rows;
  final double[] response;
  final double[][] numeric;
  final int[][] codes;

  /** For each factor, the dummy column of each level code, or −1 for the reference level. */
  final int[][] columnOfLevel;

  final List<String> columnNames;

  /** For each column, the factor it belongs to, or −1 for the intercept and covariates. */
  final int[] factorOfColumn;

  Design(
      double[] response,
      List<String> numericNames,
      double[][] numeric,
      List<String> factorNames,
      List<List<String>> factorLevels,
      int[][] codes,
      int[] referenceOfFactor) {
    this.rows = response.length;
    this.response = response;
    this.numeric = numeric;
    this.codes = codes;
    List<String> names = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    names.add(INTERCEPT);
    owners.add(-1);
    for (String name : numericNames) {
      names.add(name);
      owners.add(-1);
    }
    this.columnOfLevel = new int[codes.length][];
    for (int f = 0; f < codes.length; f++) {
      List<String> levels = factorLevels.get(f);
      columnOfLevel[f] = new int[levels.size()];
      for (int level = 0; level < levels.size(); level++) {
        if (level == referenceOfFactor[f]) {
          columnOfLevel[f][level] = -1;
        } else {
          columnOfLevel[f][level] = names.size();
          names.add(factorNames.get(f) + "=" + levels.get(level));
          owners.add(f);
        }
      }
    }
    this.columnNames = List.copyOf(names);
    this.factorOfColumn = owners.stream().mapToInt(Integer::intValue).toArray();
  }

  int columns() {
    return columnNames.size();
  }

  /**
   * The same design with one more numeric covariate appended after the others (Oaxaca-Blinder's
   * group indicator in the pooled regression).
   */
  Design withNumericColumn(
      String name,
      double[] values,
      List<String> numericNames,
      List<String> factorNames,
      List<List<String>> factorLevels,
      int[] referenceOfFactor) {
    List<String> names = new ArrayList<>(numericNames);
    names.add(name);
    double[][] columns = new double[numeric.length + 1][];
    System.arraycopy(numeric, 0, columns, 0, numeric.length);
    columns[numeric.length] = values;
    return new Design(
        response, names, columns, factorNames, factorLevels, codes, referenceOfFactor);
  }
}
