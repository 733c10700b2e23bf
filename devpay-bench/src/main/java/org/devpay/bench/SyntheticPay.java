package org.devpay.bench;

/**
 * Seeded synthetic pay data for the benchmarks, defined so that {@code
 * devpay-bench/scripts/ols_statsmodels.py} generates the very same numbers in NumPy: a
 * counter-based SplitMix64 (value j of row i is mix64(seed + (8i + j + 1)·γ)) and only IEEE basic
 * operations (no log, exp or cos, whose last bit may differ between Java and NumPy).
 */
public final class SyntheticPay {
  /** Levels of the first fixed effect (think: city). */
  public static final int FIRST_LEVELS = 150;

  /** Levels of the second fixed effect (think: company or industry). */
  public static final int SECOND_LEVELS = 50;

  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  private SyntheticPay() {}

  /** Columns of the synthetic regression: 1 + 2 + 149 + 49 = 201 coefficients. */
  public record Regression(
      double[] logPay, double[] years, double[] score, String[] city, String[] company) {}

  /** SplitMix64's finaliser. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1) with 53 random bits: value j of row i. */
  static double uniform(long seed, long row, int j) {
    return (mix64(seed + (8 * row + j + 1) * GAMMA) >>> 11) * 0x1.0p-53;
  }

  /**
   * Row i: years = 30u₀, score = 2u₁ − 1, noise = (u₂ + u₃ + u₄ − 1.5)(0.2 + 0.01 years), city =
   * ⌊150u₅⌋, company = ⌊50u₆⌋, log pay = 11 + 0.03 years + 0.1 score + city effect + company effect
   * + noise, where the effect of level l is ((37 l) mod L)/L · 0.4 (city) and ((11 l) mod L)/L ·
   * 0.2 (company).
   */
  public static Regression regression(int rows, long seed) {
    double[] logPay = new double[rows];
    double[] years = new double[rows];
    double[] score = new double[rows];
    String[] city = new String[rows];
    String[] company = new String[rows];
    String[] cityNames = names("city", FIRST_LEVELS);
    String[] companyNames = names("company", SECOND_LEVELS);
    for (int i = 0; i < rows; i++) {
      double y = 30 * uniform(seed, i, 0);
      double s = 2 * uniform(seed, i, 1) - 1;
      double noise =
          (uniform(seed, i, 2) + uniform(seed, i, 3) + uniform(seed, i, 4) - 1.5)
              * (0.2 + 0.01 * y);
      int c = (int) (FIRST_LEVELS * uniform(seed, i, 5));
      int k = (int) (SECOND_LEVELS * uniform(seed, i, 6));
      double cityEffect = (double) ((37 * c) % FIRST_LEVELS) / FIRST_LEVELS * 0.4;
      double companyEffect = (double) ((11 * k) % SECOND_LEVELS) / SECOND_LEVELS * 0.2;
      years[i] = y;
      score[i] = s;
      city[i] = cityNames[c];
      company[i] = companyNames[k];
      logPay[i] = 11 + 0.03 * y + 0.1 * s + cityEffect + companyEffect + noise;
    }
    return new Regression(logPay, years, score, city, company);
  }

  /**
   * Log-normal-like pay for the bootstrap: exp-free, pay = 50,000 · (1 + u₀ + u₁ + u₂)² · scale,
   * rounded to whole units as surveys report it.
   */
  public static double[] pay(int rows, long seed, double scale) {
    double[] out = new double[rows];
    for (int i = 0; i < rows; i++) {
      double base = 1 + uniform(seed, i, 0) + uniform(seed, i, 1) + uniform(seed, i, 2);
      out[i] = Math.rint(50_000 * base * base * scale / 4);
    }
    return out;
  }

  /** Level names padded to three digits, so sort order equals numeric order in Java and pandas. */
  private static String[] names(String prefix, int count) {
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      out[i] = String.format("%s%03d", prefix, i);
    }
    return out;
  }
}
