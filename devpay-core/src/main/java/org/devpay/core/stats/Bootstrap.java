package org.devpay.core.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded, parallel nonparametric bootstrap for medians and ratios of medians. Immutable: configure
 * with {@code with...} methods, which return new instances.
 *
 * <p>Each resample draws n rows with replacement from a sample of n rows (a stratified bootstrap
 * when two samples are compared: each is resampled on its own). Rows keep their frequency weights,
 * so a weighted sample (Glassdoor's "Salaries Reported") is resampled by row, i.e. by cluster.
 * Resamples are split into fixed blocks, each with its own random stream seeded from the root seed
 * in block order, so results do not depend on the number of threads: the same seed always gives the
 * same interval.
 *
 * <p>Intervals are percentile intervals unless {@link #withIntervalMethod} asks for {@link
 * IntervalMethod#BOOTSTRAP_BCA}, whose acceleration comes from the delete-one-row jackknife of each
 * sample ({@link Jackknife}, O(n log n)) and whose bias correction counts replicates equal to the
 * estimate as one half ({@link BcaInterval}). {@link #percentileInterval} and {@link #bcaInterval}
 * take replicates made elsewhere, so tests can feed the same replicates to a reference
 * implementation.
 */
public final class Bootstrap {
  /**
   * The seed of every seeded figure unless told otherwise: 20250119, the seed article's date. The
   * decomposition's bootstrap and the estimator's split use it too, so one number reproduces
   * devpay.
   */
  public static final long DEFAULT_SEED = 20250119L;

  /** Resamples per parallel block; fixed so results do not depend on scheduling. */
  private static final int BLOCK = 128;

  private final int resamples;
  private final long seed;
  private final double confidence;
  private final IntervalMethod intervalMethod;

  private Bootstrap(int resamples, long seed, double confidence, IntervalMethod intervalMethod) {
    if (resamples < 100) {
      throw new IllegalArgumentException("at least 100 resamples are needed: " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    this.resamples = resamples;
    this.seed = seed;
    this.confidence = confidence;
    if (intervalMethod != IntervalMethod.BOOTSTRAP_PERCENTILE
        && intervalMethod != IntervalMethod.BOOTSTRAP_BCA) {
      throw new IllegalArgumentException("not a bootstrap interval method: " + intervalMethod);
    }
    this.intervalMethod = intervalMethod;
  }

  /** 2,000 resamples, seed {@value #DEFAULT_SEED}, 95% percentile intervals. */
  public static Bootstrap withDefaults() {
    return new Bootstrap(2_000, DEFAULT_SEED, 0.95, IntervalMethod.BOOTSTRAP_PERCENTILE);
  }

  public Bootstrap withResamples(int count) {
    return new Bootstrap(count, seed, confidence, intervalMethod);
  }

  public Bootstrap withSeed(long value) {
    return new Bootstrap(resamples, value, confidence, intervalMethod);
  }

  public Bootstrap withConfidence(double level) {
    return new Bootstrap(resamples, seed, level, intervalMethod);
  }

  /**
   * Percentile ({@link IntervalMethod#BOOTSTRAP_PERCENTILE}, the default) or BCa ({@link
   * IntervalMethod#BOOTSTRAP_BCA}) intervals; the replicates are the same for both.
   */
  public Bootstrap withIntervalMethod(IntervalMethod method) {
    return new Bootstrap(resamples, seed, confidence, method);
  }

  public IntervalMethod intervalMethod() {
    return intervalMethod;
  }

  public int resamples() {
    return resamples;
  }

  public long seed() {
    return seed;
  }

  public double confidence() {
    return confidence;
  }

  /** The median with an interval of this bootstrap's {@link #intervalMethod()}. */
  public Estimate median(Sample sample) {
    double[] replicates = medianReplicates(sample);
    if (intervalMethod == IntervalMethod.BOOTSTRAP_BCA) {
      return bcaInterval(sample.median(), replicates, List.of(Jackknife.medians(sample)))
          .toEstimate(seed);
    }
    return percentileInterval(sample.median(), replicates);
  }

  /**
   * The ratio median(numerator) / median(denominator) with an interval of this bootstrap's {@link
   * #intervalMethod()}. For BCa the jackknife deletes one row of one sample at a time, holding the
   * other sample whole (two jackknife samples, as for any two independently resampled groups).
   */
  public Estimate ratioOfMedians(Sample numerator, Sample denominator) {
    double[] replicates = ratioReplicates(numerator, denominator);
    double top = numerator.median();
    double bottom = denominator.median();
    if (intervalMethod == IntervalMethod.BOOTSTRAP_BCA) {
      return bcaInterval(top / bottom, replicates, ratioJackknife(numerator, denominator))
          .toEstimate(seed);
    }
    return percentileInterval(top / bottom, replicates);
  }

  /**
   * The jackknife values of median(numerator) / median(denominator): first the numerator's rows
   * deleted one at a time, then the denominator's.
   */
  public static List<double[]> ratioJackknife(Sample numerator, Sample denominator) {
    double top = numerator.median();
    double bottom = denominator.median();
    double[] first = Jackknife.medians(numerator);
    for (int i = 0; i < first.length; i++) {
      first[i] = first[i] / bottom;
    }
    double[] second = Jackknife.medians(denominator);
    for (int i = 0; i < second.length; i++) {
      second[i] = top / second[i];
    }
    return List.of(first, second);
  }

  /**
   * The percentile interval from given replicates: their α/2 and 1 − α/2 type-7 quantiles, with
   * this bootstrap's confidence and seed recorded.
   */
  public Estimate percentileInterval(double estimate, double[] replicates) {
    if (replicates.length == 0) {
      throw new IllegalArgumentException("no replicates");
    }
    return percentile(estimate, replicates);
  }

  /**
   * The BCa interval from given replicates and per-sample jackknife values, at this bootstrap's
   * confidence ({@link BcaInterval#of}).
   */
  public BcaInterval bcaInterval(
      double estimate, double[] replicates, List<double[]> jackknifeBySample) {
    return BcaInterval.of(estimate, replicates, jackknifeBySample, confidence);
  }

  /** The bootstrap replicates of the median, in resample order (for other interval methods). */
  public double[] medianReplicates(Sample sample) {
    long[] blockSeeds = blockSeeds();
    double[] out = new double[resamples];
    IntStream.range(0, blockSeeds.length)
        .parallel()
        .forEach(
            b -> {
              RewindableRandom random = new RewindableRandom(blockSeeds[b]);
              Resampler resampler = new Resampler(sample);
              int end = Math.min(resamples, (b + 1) * BLOCK);
              for (int r = b * BLOCK; r < end; r++) {
                out[r] = resampler.resampledMedian(random);
              }
            });
    return out;
  }

  /** The bootstrap replicates of the ratio of medians, each sample resampled on its own. */
  public double[] ratioReplicates(Sample numerator, Sample denominator) {
    long[] blockSeeds = blockSeeds();
    double[] out = new double[resamples];
    IntStream.range(0, blockSeeds.length)
        .parallel()
        .forEach(
            b -> {
              RewindableRandom random = new RewindableRandom(blockSeeds[b]);
              Resampler top = new Resampler(numerator);
              Resampler bottom = new Resampler(denominator);
              int end = Math.min(resamples, (b + 1) * BLOCK);
              for (int r = b * BLOCK; r < end; r++) {
                double a = top.resampledMedian(random);
                double c = bottom.resampledMedian(random);
                out[r] = a / c;
              }
            });
    return out;
  }

  private long[] blockSeeds() {
    int blocks = (resamples + BLOCK - 1) / BLOCK;
    SplittableRandom root = new SplittableRandom(seed);
    long[] seeds = new long[blocks];
    for (int b = 0; b < blocks; b++) {
      seeds[b] = root.nextLong();
    }
    return seeds;
  }

  private Estimate percentile(double estimate, double[] replicates) {
    double[] sorted = replicates.clone();
    Arrays.sort(sorted);
    double alpha = 1 - confidence;
    double lower = Quantiles.ofSorted(sorted, alpha / 2);
    double upper = Quantiles.ofSorted(sorted, 1 - alpha / 2);
    return new Estimate(
        estimate,
        lower,
        upper,
        confidence,
        IntervalMethod.BOOTSTRAP_PERCENTILE,
        replicates.length,
        seed);
  }

  /**
   * Draws one resample as multiplicities over the sorted rows and reads its weighted median in one
   * linear pass, so no resample is ever sorted.
   *
   * <p>A large unweighted sample is resampled through a window: the draws are the same (the same
   * stream, in the same order), but only those that land in a band of rows around the middle are
   * counted one by one; the rest are counted as below or above the band. The resample's median lies
   * in the band unless it is some 4 standard errors from the middle; then the resample is drawn
   * again from the same position in the stream and counted in full. Either way the replicate is the
   * one the full count gives, and the stream ends where the full count leaves it, while the counts
   * touched per resample fit in the processor's cache.
   */
  static final class Resampler {
    /**
     * Samples smaller than this are always counted in full: their counts stay in a core's level-1
     * or level-2 cache, where an increment at a random row costs less than the band's thresholds
     * and its unpredictable branch. Through the band ({@link RewindableRandom#countInBand}) only
     * the draws in it are counted one by one, the rest in vector loops. Measured here per draw, one
     * thread ({@code ResamplerBenchmark} with the threshold moved), since the full count's
     * remainders are taken in a vector loop too: 1.01-1.08 ns counted against 1.46-1.69 ns through
     * the band at 9,000 rows, 1.06-1.24 against 1.29-1.90 ns at 17,000, 1.12-1.17 against 1.23-1.62
     * ns at 30,000, 1.21-1.54 against 1.13-1.29 ns at 50,000 and 1.20-1.34 against 1.16-1.27 ns at
     * 100,000.
     */
    static final int WINDOW_FROM = 32_768;

    private final double[] values;
    private final double[] weights;
    private final boolean unweighted;

    /**
     * The weights as whole numbers when every one is (frequency weights such as Glassdoor's
     * "salaries reported"), else null: a resample's weight and its cumulative sums are then exact
     * in long arithmetic, as they are in doubles, and cheaper.
     */
    private final long[] wholeWeights;

    private final RewindableRandom.Bound bound;
    private final int windowLow;
    private final int[] window;
    private final RewindableRandom.Band band;
    private int[] counts;

    Resampler(Sample sample) {
      this(sample, halfWidth(sample.size()));
    }

    /** With a given half-width of the band (tests narrow it to exercise the redraw). */
    Resampler(Sample sample, int halfWidth) {
      this.values = sample.valuesView();
      this.weights = sample.weightsView();
      this.unweighted = sample.unweighted();
      int n = values.length;
      this.wholeWeights = unweighted ? null : wholeNumbers(weights);
      this.bound = new RewindableRandom.Bound(Math.max(n, 1));
      if (unweighted && n >= WINDOW_FROM && 2 * halfWidth < n) {
        int middle = (n - 1) / 2;
        this.windowLow = Math.max(0, middle - halfWidth);
        this.window = new int[Math.min(n, middle + halfWidth + 1) - windowLow];
        this.band = new RewindableRandom.Band(bound, windowLow, window.length);
      } else {
        this.windowLow = 0;
        this.window = null;
        this.band = null;
      }
    }

    /**
     * 4 times the standard error of the middle row's position in a resample (√n / 2), plus a
     * margin: at most some 6 × 10⁻⁵ of the resamples are drawn again (one more pass each). A wider
     * band costs more: the draws that land in it are counted one by one, behind a branch the
     * processor cannot predict (16 standard errors, the first width, made a draw 40% dearer at
     * 5,000 rows; measured with {@code Resampler(sample, halfWidth)} over 200+ resamples).
     */
    private static int halfWidth(int n) {
      return (int) (2 * Math.sqrt(n)) + 64;
    }

    /**
     * The weights as longs when each is a whole number from 1 to 2^31 and n times the largest stays
     * under 2^53, else null: a resample's counts add up to n, so every sum of counts times weights
     * is then a whole number under 2^53, exact in a double too.
     */
    private static long[] wholeNumbers(double[] weights) {
      if (weights.length == 0) {
        return null;
      }
      long[] whole = new long[weights.length];
      double largest = 0;
      for (int i = 0; i < weights.length; i++) {
        double w = weights[i];
        if (!(w >= 1 && w <= 0x1p31 && w == Math.rint(w))) {
          return null;
        }
        whole[i] = (long) w;
        largest = Math.max(largest, w);
      }
      return (double) weights.length * largest < 0x1p53 ? whole : null;
    }

    /** Whether the weights are summed as whole numbers (for the tests). */
    boolean wholeWeights() {
      return wholeWeights != null;
    }

    /** Whether resamples are counted through the band (for the tests). */
    boolean windowed() {
      return window != null;
    }

    double resampledMedian(RewindableRandom random) {
      if (window != null) {
        long start = random.position();
        double median = windowedMedian(random);
        if (!Double.isNaN(median)) {
          return median;
        }
        random.rewind(start);
      }
      return countedMedian(random);
    }

    /** The median counted through the band, or NaN when it lies outside the band. */
    private double windowedMedian(RewindableRandom random) {
      int n = values.length;
      int[] inBand = window;
      Arrays.fill(inBand, 0);
      int below = random.countInBand(band, n, inBand);
      if (Math.floor((n - 1) * 0.5) < below) {
        // The median's lower row lies below the band.
        return Double.NaN;
      }
      return wholeMedian(inBand, null, windowLow, below, n, false);
    }

    private double countedMedian(RewindableRandom random) {
      int n = values.length;
      if (counts == null) {
        counts = new int[n];
      } else {
        Arrays.fill(counts, 0);
      }
      random.count(bound, n, counts);
      // Every resample of an unweighted sample weighs n: no pass over the counts to learn it.
      if (unweighted) {
        return wholeMedian(counts, null, 0, 0, n, true);
      }
      if (wholeWeights != null) {
        long total = 0;
        for (int i = 0; i < n; i++) {
          total += counts[i] * wholeWeights[i];
        }
        return wholeMedian(counts, wholeWeights, 0, 0, total, true);
      }
      return fractionalWeightedMedian(weightOfResample());
    }

    /**
     * The type-7 median of a resample whose weights are whole numbers ({@code weights}, or 1 each
     * when null), read from the counts of rows {@code first}, {@code first + 1}, ... with {@code
     * below} weight under them: h = (W - 1) / 2, interpolating positions floor(h) and floor(h) + 1;
     * when the counts end before both are reached, the lower one if the counts are the whole
     * resample, else NaN. Every partial sum is a whole number under 2^53 (see {@link
     * #wholeNumbers}), so it is summed in longs and compared exactly as the double sums of {@link
     * #fractionalWeightedMedian} compare, giving the same median; empty rows are added as nothing
     * instead of skipped by a branch the processor cannot predict (a third of a resample's rows are
     * empty), and with weights of 1 the rows before the position are summed eight at a time.
     */
    private double wholeMedian(
        int[] counts, long[] weights, int first, long below, long total, boolean whole) {
      double h = (total - 1) * 0.5;
      long lowPosition = (long) Math.floor(h);
      double fraction = h - lowPosition;
      long cumulative = below;
      int j = 0;
      int end = counts.length;
      if (weights == null) {
        // Whole blocks of eight rows that leave the cumulative at or below the lower position.
        while (j + 8 <= end) {
          long block =
              (long) counts[j]
                  + counts[j + 1]
                  + counts[j + 2]
                  + counts[j + 3]
                  + counts[j + 4]
                  + counts[j + 5]
                  + counts[j + 6]
                  + counts[j + 7];
          if (cumulative + block > lowPosition) {
            break;
          }
          cumulative += block;
          j += 8;
        }
      }
      // The first row whose weight takes the cumulative past the lower position (a row drawn).
      while (j < end && (cumulative += weightOf(counts, weights, j)) <= lowPosition) {
        j++;
      }
      if (j == end) {
        return Double.NaN;
      }
      double low = values[first + j];
      if (fraction == 0) {
        return low;
      }
      // The first row, from that one on, whose weight takes it past the upper position.
      while (cumulative <= lowPosition + 1) {
        if (++j == end) {
          return whole ? low : Double.NaN;
        }
        cumulative += weightOf(counts, weights, j);
      }
      return low + fraction * (values[first + j] - low);
    }

    /** The weight row j holds in the resample: its count times its weight (1 when null). */
    private static long weightOf(int[] counts, long[] weights, int j) {
      return weights == null ? counts[j] : counts[j] * weights[j];
    }

    /**
     * The type-7 median of the whole resample, counted in {@link #counts}, when some weight is not
     * a whole number: h = (W - 1) / 2 for its total weight W, interpolating positions floor(h) and
     * floor(h) + 1 of the cumulative weight in doubles, rows in ascending order.
     */
    private double fractionalWeightedMedian(double total) {
      double h = (total - 1) * 0.5;
      double lowPosition = Math.floor(h);
      double fraction = h - lowPosition;
      double cumulative = 0;
      double low = Double.NaN;
      for (int j = 0; j < counts.length; j++) {
        if (counts[j] == 0) {
          continue;
        }
        cumulative += counts[j] * weights[j];
        if (Double.isNaN(low) && lowPosition < cumulative) {
          low = values[j];
          if (fraction == 0) {
            return low;
          }
        }
        if (!Double.isNaN(low) && lowPosition + 1 < cumulative) {
          return low + fraction * (values[j] - low);
        }
      }
      return low;
    }

    private double weightOfResample() {
      double total = 0;
      for (int i = 0; i < counts.length; i++) {
        total += counts[i] * weights[i];
      }
      return total;
    }
  }
}
