package org.devpay.core.stats;

import java.util.List;
import java.util.Random;

/**
 * Times LeastSquares.fit without covariances (what each Oaxaca-Blinder bootstrap resample makes
 * three times) on a design shaped like compare's: 400,000 rows, a group indicator, country (40
 * levels), experience band (6), seniority (5), 30 skill and 10 industry indicators, resampled
 * weights. Not a test: run its main (core's test classes on the class path); prints the
 * milliseconds a fit takes and a checksum of the coefficients, which must not change between
 * versions that claim the same doubles.
 */
public final class LeastSquaresBenchmark {
  private LeastSquaresBenchmark() {}

  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
    int fits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Random random = new Random(5);
    int[] levels = new int[43];
    levels[0] = 40;
    levels[1] = 6;
    levels[2] = 5;
    for (int f = 3; f < levels.length; f++) {
      levels[f] = 2;
    }
    List<String> factorNames = FactorNames.factors(levels);
    List<List<String>> factorLevels = FactorNames.levels(levels);
    int[][] codes = new int[levels.length][rows];
    int[] references = new int[levels.length];
    double[][] numeric = new double[1][rows];
    double[] response = new double[rows];
    for (int r = 0; r < rows; r++) {
      codes[0][r] = Math.min(39, (int) Math.abs(random.nextGaussian() * 10));
      codes[1][r] = random.nextInt(6);
      codes[2][r] = random.nextInt(5);
      for (int f = 3; f < levels.length; f++) {
        codes[f][r] = random.nextInt(f < 33 ? 4 : 8) == 0 ? 1 : 0;
      }
      numeric[0][r] = random.nextBoolean() ? 1 : 0;
      response[r] =
          11
              + 0.1 * numeric[0][r]
              - 0.02 * codes[0][r]
              + 0.1 * codes[1][r]
              + random.nextGaussian() * 0.5;
    }
    Design design =
        new Design(
            response, List.of("group"), numeric, factorNames, factorLevels, codes, references);
    double checksum = 0;
    long best = Long.MAX_VALUE;
    long total = 0;
    double[] weights = new double[rows];
    for (int i = 0; i < fits; i++) {
      java.util.Arrays.fill(weights, 0);
      for (int r = 0; r < rows; r++) {
        weights[random.nextInt(rows)]++;
      }
      long start = System.nanoTime();
      LeastSquares.Solution solution = LeastSquares.fit(design, weights, false);
      long took = System.nanoTime() - start;
      if (i >= 3) {
        best = Math.min(best, took);
        total += took;
      }
      for (double b : solution.beta()) {
        checksum += b;
      }
    }
    System.out.printf(
        "%d rows, %d columns: best %.1f ms, mean %.1f ms a fit; checksum %s%n",
        rows, design.columns(), best / 1e6, total / 1e6 / (fits - 3), Double.toString(checksum));
  }
}
