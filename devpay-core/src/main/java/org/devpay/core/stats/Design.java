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

  /**
   * Row r's dummy columns, in factor order, are {@code levelColumns[levelStart[r]]} up to {@code
   * levelStart[r + 1]}: the rows' non-reference levels laid out row after row, so that a pass over
   * the rows reads them in order instead of gathering a code from every factor's array (and skips
   * the reference levels). Null when they would take more than {@link #MAX_LEVEL_ENTRIES} entries;
   * the passes then read the codes.
   */
  final int[] levelStart;

  final int[] levelColumns;

  /** At most 2^28 row-level entries (1 GB) are laid out. */
  static final long MAX_LEVEL_ENTRIES = 1L << 28;

  Design(
      double[] response,
      List<String> numericNames,
      double[][] numeric,
      List<String> factorNames,
      List<List<String>> factorLevels,
      int[][] codes,
      int[] referenceOfFactor) {
    this(
        response,
        numericNames,
        numeric,
        factorNames,
        factorLevels,
        codes,
        referenceOfFactor,
        MAX_LEVEL_ENTRIES);
  }

  /** As above, laying out the rows' levels only up to {@code maxLevelEntries} (tests: 0). */
  Design(
      double[] response,
      List<String> numericNames,
      double[][] numeric,
      List<String> factorNames,
      List<List<String>> factorLevels,
      int[][] codes,
      int[] referenceOfFactor,
      long maxLevelEntries) {
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
    int[] start = new int[rows + 1];
    long entries = 0;
    for (int f = 0; f < codes.length; f++) {
      int[] column = columnOfLevel[f];
      int[] code = codes[f];
      for (int r = 0; r < rows; r++) {
        if (column[code[r]] >= 0) {
          start[r + 1]++;
          entries++;
        }
      }
    }
    if (entries > maxLevelEntries) {
      this.levelStart = null;
      this.levelColumns = null;
      return;
    }
    for (int r = 0; r < rows; r++) {
      start[r + 1] += start[r];
    }
    int[] laid = new int[(int) entries];
    int[] next = java.util.Arrays.copyOf(start, rows);
    // Factor by factor, so that each row's columns come in factor order, as the codes give them.
    for (int f = 0; f < codes.length; f++) {
      int[] column = columnOfLevel[f];
      int[] code = codes[f];
      for (int r = 0; r < rows; r++) {
        int c = column[code[r]];
        if (c >= 0) {
          laid[next[r]++] = c;
        }
      }
    }
    this.levelStart = start;
    this.levelColumns = laid;
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
