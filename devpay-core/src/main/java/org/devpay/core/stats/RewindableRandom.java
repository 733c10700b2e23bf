package org.devpay.core.stats;

/**
 * The stream of {@link java.util.SplittableRandom#SplittableRandom(long)}, draw for draw, with its
 * position readable and settable, so that a bootstrap resample can be drawn again from where it
 * started. {@code SplittableRandom} offers no way to save and restore its state; this class
 * reproduces its documented SplitMix64 stream ({@code nextInt()}: mix32 of the seed advanced by the
 * golden gamma) and {@code nextInt(bound)}'s rejection rule exactly, which {@code
 * RewindableRandomTest} checks against {@code SplittableRandom} itself.
 *
 * <p>{@link #nextInt(int)} takes the remainder by multiplication with a precomputed inverse
 * (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019), exact for every 32-bit
 * dividend, instead of a hardware division per draw.
 *
 * <p>Draws are made in batches: the stream's raw values are a function of their position alone (the
 * seed plus i times the gamma), so a batch of them is mixed in a loop with no dependence between
 * its steps ({@code mixBatch}), which the JIT compiles to vector instructions, and the bounded
 * draws are then taken from the batch, rejections included, exactly as {@link #nextInt(Bound)}
 * takes them from the stream.
 *
 * <p>{@link #countInBand} makes many bounded draws and only counts them: how many fall below a band
 * of values, and how many land on each value in the band. The remainder by multiplication first
 * computes u / bound's fractional part as a 64-bit number, and a draw is below the band, or in it,
 * exactly when that fraction is below a threshold computed once per band; so the remainder itself
 * is taken only for the few draws in the band, and everything else runs in loops the JIT compiles
 * to vector instructions.
 *
 * <p>{@link #count} and a wide band's {@link #countInBand} take every draw's remainder in a vector
 * loop (the high half of a 64 by 31-bit product in two 32-bit halves, with -1 for a rejected
 * value), and a narrow band's adds the draws below it lane by lane across batches: JDK 17 leaves a
 * loop scalar when it sums longs or calls {@code Math.multiplyHigh}.
 */
final class RewindableRandom {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** Raw values mixed per batch. */
  static final int BATCH = 512;

  /** (i + 1) times the gamma: the seed's advance to the i-th raw value of a batch. */
  private static final long[] STEPS = new long[BATCH];

  static {
    for (int i = 0; i < BATCH; i++) {
      STEPS[i] = (i + 1) * GOLDEN_GAMMA;
    }
  }

  private long seed;

  /** A batch's raw 64-bit values (before the 32-bit draw is taken from their high half). */
  private final long[] raw = new long[BATCH];

  /** A batch's fractions of u / bound ({@link #countInBand}). */
  private final long[] fractions = new long[BATCH];

  /** A batch's draws' marks in {@link #countInBand}: 1 in the band and drawn, 2 or 3 rejected. */
  private final long[] hits = new long[BATCH];

  /**
   * {@link #countInBand}'s draws below the band, by their place in a batch (zero between calls).
   */
  private final long[] belowLanes = new long[BATCH];

  /** A batch's bounded draws, where {@link #count} and {@link #countInBand} take them. */
  private final int[] drawn = new int[BATCH];

  RewindableRandom(long seed) {
    this.seed = seed;
  }

  /** The position in the stream, for {@link #rewind}. */
  long position() {
    return seed;
  }

  /** Returns to a position read by {@link #position()}. */
  void rewind(long position) {
    this.seed = position;
  }

  int nextInt() {
    return (int) (mix(seed += GOLDEN_GAMMA) >>> 32);
  }

  /** SplitMix64's mix of a state into its raw 64-bit value (nextInt() is the top 32 bits). */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L;
  }

  /**
   * The raw values of the states 1 to {@code batch} steps after {@code base}, shifted right by
   * {@code shift}, into {@code out}: a loop with no dependence between its steps, which the JIT
   * compiles to vector instructions.
   */
  private static void mixBatch(long base, int batch, long[] out, int shift) {
    for (int i = 0; i < batch; i++) {
      out[i] = mix(base + STEPS[i]) >>> shift;
    }
  }

  /** A bounded draw exactly as {@code SplittableRandom.nextInt(bound)} makes it. */
  int nextInt(Bound bound) {
    int r = nextInt();
    int m = bound.value - 1;
    if (bound.powerOfTwo) {
      return r & m;
    }
    int u = r >>> 1;
    while (u + m - (r = bound.remainder(u)) < 0) {
      u = nextInt() >>> 1;
    }
    return r;
  }

  /**
   * Fills {@code out[0]} to {@code out[count - 1]} with the next {@code count} draws of a power of
   * two (which nextInt(bound) never rejects: each is the raw value's top bits masked), the values
   * and the stream's end position exactly those of as many calls of {@link #nextInt(Bound)}. The
   * other bounds' batches are drawn by {@link #count}'s and {@link #countInBand}'s own loops.
   */
  void powerOfTwoInts(Bound bound, int[] out, int count) {
    if (!bound.powerOfTwo) {
      throw new IllegalArgumentException("not a power of two: " + bound.value);
    }
    long[] mixed = raw;
    int m = bound.value - 1;
    for (int at = 0; at < count; at += BATCH) {
      long base = seed;
      int batch = Math.min(BATCH, count - at);
      mixBatch(base, batch, mixed, 0);
      for (int i = 0; i < batch; i++) {
        out[at + i] = (int) (mixed[i] >>> 32) & m;
      }
      seed = base + batch * GOLDEN_GAMMA;
    }
  }

  /**
   * Makes the next {@code count} bounded draws of {@code bound}, exactly as many calls of {@link
   * #nextInt(Bound)} make them, and adds 1 to {@code counts[r]} for each draw r.
   */
  void count(Bound bound, int count, int[] counts) {
    int[] each = drawn;
    if (bound.powerOfTwo) {
      for (int done = 0; done < count; done += BATCH) {
        int take = Math.min(BATCH, count - done);
        powerOfTwoInts(bound, each, take);
        for (int i = 0; i < take; i++) {
          counts[each[i]]++;
        }
      }
      return;
    }
    long[] tops = raw;
    long inverse = bound.inverse;
    long value = bound.value;
    long lastDrawn = bound.limit - 1;
    int done = 0;
    while (done < count) {
      long base = seed;
      int take = Math.min(BATCH, count - done);
      // u = nextInt() >>> 1 of each raw value: its top 31 bits.
      mixBatch(base, take, tops, 33);
      // Each u's remainder, or -1 where nextInt(bound) rejects u: a loop without a branch or a
      // sum, which the JIT vectorizes. The remainder is the high half of the fraction times the
      // bound (Bound.remainderOf) taken in two 32-bit halves: with f = h 2^32 + l and a bound v
      // under 2^31, floor(f v / 2^64) = floor((h v + floor(l v / 2^32)) / 2^32), every product
      // under 2^63.
      for (int i = 0; i < take; i++) {
        long u = tops[i];
        long f = inverse * u;
        long r = ((f >>> 32) * value + (((f & 0xFFFFFFFFL) * value) >>> 32)) >>> 32;
        tops[i] = r | ((lastDrawn - u) >> 63);
      }
      // A rejected u is replaced by the next raw value, as the retry draws it: the next batch
      // makes up for it. Per draw (ResamplerBenchmark, alternating with the remainders taken one by
      // one): 1.22-1.68 against 2.13-3.21 ns at 1,000 and 5,000 rows.
      int rejected = 0;
      for (int i = 0; i < take; i++) {
        int r = (int) tops[i];
        if (r < 0) {
          rejected++;
        } else {
          counts[r]++;
        }
      }
      seed = base + take * GOLDEN_GAMMA;
      done += take - rejected;
    }
  }

  /**
   * Makes the next {@code count} bounded draws of {@code band}'s bound, exactly as many calls of
   * {@link #nextInt(Bound)} make them and leaving the stream where they leave it, without keeping
   * them: adds 1 to {@code inBand[r - band.low]} for each draw r in the band and returns how many
   * draws fell below it.
   */
  int countInBand(Band band, int count, int[] inBand) {
    Bound bound = band.bound;
    int low = band.low;
    int width = band.width;
    if (bound.powerOfTwo) {
      // No rejection and no remainder: the draw is the raw value's low bits.
      int[] each = drawn;
      int below = 0;
      for (int done = 0; done < count; done += BATCH) {
        int take = Math.min(BATCH, count - done);
        powerOfTwoInts(bound, each, take);
        for (int i = 0; i < take; i++) {
          int offset = each[i] - low;
          below += offset >>> 31;
          if (Integer.compareUnsigned(offset, width) < 0) {
            inBand[offset]++;
          }
        }
      }
      return below;
    }
    return band.narrow
        ? countInNarrowBand(band, count, inBand)
        : countInWideBand(band, count, inBand);
  }

  /**
   * {@link #countInBand} for a band of 1/64 of the values or more, whose draws in it are many:
   * every draw's remainder is taken in a vector loop, as {@link #count} takes it, then compared
   * with the band. Per draw (ResamplerBenchmark, alternating with the fractions compared one by
   * one): 1.47-1.99 against 1.71-1.92 ns at 9,000 rows, 1.23-1.28 against 1.45-1.60 ns at 30,000.
   * Its loops repeat {@link #count}'s on purpose: with the remainders' loop in a method of its own
   * and count made the band 0 to bound - 1 of one shared method, both ran 2.5 to 3 times slower
   * (2.8-3.6 against 1.0-1.6 ns a draw from 1,000 to 17,000 rows, alternating).
   */
  private int countInWideBand(Band band, int count, int[] inBand) {
    Bound bound = band.bound;
    int low = band.low;
    int width = band.width;
    long[] tops = raw;
    long inverse = bound.inverse;
    long value = bound.value;
    long lastDrawn = bound.limit - 1;
    int below = 0;
    int done = 0;
    while (done < count) {
      long base = seed;
      int take = Math.min(BATCH, count - done);
      mixBatch(base, take, tops, 33);
      for (int i = 0; i < take; i++) {
        long u = tops[i];
        long f = inverse * u;
        long r = ((f >>> 32) * value + (((f & 0xFFFFFFFFL) * value) >>> 32)) >>> 32;
        tops[i] = r | ((lastDrawn - u) >> 63);
      }
      int rejected = 0;
      for (int i = 0; i < take; i++) {
        int r = (int) tops[i];
        if (r < 0) {
          rejected++;
        } else {
          int offset = r - low;
          below += offset >>> 31;
          if (Integer.compareUnsigned(offset, width) < 0) {
            inBand[offset]++;
          }
        }
      }
      seed = base + take * GOLDEN_GAMMA;
      done += take - rejected;
    }
    return below;
  }

  /**
   * {@link #countInBand} for a band under 1/64 of the values: the draws below it are added lane by
   * lane across batches and summed once at the end, so that the classifying loop holds no sum and
   * JDK 17 vectorizes it (a loop with a sum of longs stays scalar); the few draws in the band, and
   * the rarer rejected ones, are found by their marks, eight at a time. Per draw at 1,000,000 rows
   * (ResamplerBenchmark, alternating with the sums in the loop): 0.88-0.98 against 1.06-1.38 ns; in
   * wider bands the marks cost more than the sums save (3.3-3.9 against 1.6-2.2 ns at 17,000 rows),
   * and the remainders of {@link #countInWideBand} cost more here (1.03-1.75 ns).
   */
  private int countInNarrowBand(Band band, int count, int[] inBand) {
    Bound bound = band.bound;
    long[] tops = raw;
    long[] fraction = fractions;
    long inverse = bound.inverse;
    long limit = bound.limit;
    long fromBand = band.fractionLow;
    long spanSigned = band.fractionSpan + Long.MIN_VALUE;
    long[] hit = hits;
    long[] belowLanes = this.belowLanes;
    int done = 0;
    while (done < count) {
      long base = seed;
      int batch = Math.min(BATCH, count - done);
      // u = nextInt() >>> 1 of each raw value: its top 31 bits.
      mixBatch(base, batch, tops, 33);
      // Each u's fraction; whether it is drawn (u < limit, else nextInt(bound) rejects it and
      // draws again: the next raw value), below the band (its fraction under the band's) and in it,
      // without a branch: the top bit of u - limit, the borrow of fraction - fromBand, and the
      // sign of a signed comparison (an unsigned one of both sides plus 2^63). The draws below the
      // band are added lane by lane, not summed: a loop with a sum of longs is not vectorized by
      // JDK 17, one that adds arrays element by element is. A draw's mark is 1 when it is in the
      // band and drawn, 2 or 3 when it is rejected.
      for (int i = 0; i < batch; i++) {
        long u = tops[i];
        long f = inverse * u;
        fraction[i] = f;
        long drawnHere = (u - limit) >>> 63;
        long under = ((~f & fromBand) | (~(f ^ fromBand) & (f - fromBand))) >>> 63;
        belowLanes[i] += under & drawnHere;
        long offset = f - fromBand + Long.MIN_VALUE;
        long difference = offset - spanSigned;
        hit[i] =
            ((difference ^ ((offset ^ spanSigned) & (difference ^ offset))) >>> 63)
                | ((drawnHere ^ 1) << 1);
      }
      int rejected = 0;
      // The draws in the band, and the rejected ones, one by one (an in-band draw's remainder is
      // its fraction times the bound), looked for eight at a time: most groups of eight hold none.
      int i = 0;
      for (; i + 8 <= batch; i += 8) {
        if ((hit[i]
                | hit[i + 1]
                | hit[i + 2]
                | hit[i + 3]
                | hit[i + 4]
                | hit[i + 5]
                | hit[i + 6]
                | hit[i + 7])
            != 0) {
          for (int j = i; j < i + 8; j++) {
            rejected += countIfInBand(j, band, inBand);
          }
        }
      }
      for (; i < batch; i++) {
        rejected += countIfInBand(i, band, inBand);
      }
      seed = base + batch * GOLDEN_GAMMA;
      done += batch - rejected;
    }
    long below = 0;
    for (int i = 0; i < BATCH; i++) {
      below += belowLanes[i];
      belowLanes[i] = 0;
    }
    return (int) below;
  }

  /**
   * Counts draw i of {@link #countInBand}'s batch if it is in the band and drawn; returns 1 if it
   * is rejected, else 0.
   */
  private int countIfInBand(int i, Band band, int[] inBand) {
    long mark = hits[i];
    if (mark == 1) {
      inBand[band.bound.remainderOf(fractions[i]) - band.low]++;
    }
    return (int) (mark >>> 1);
  }

  /**
   * The draws of a bound that {@link #countInBand} sorts into below, in and above the values {@code
   * low} to {@code low + width - 1}, with the thresholds it compares their fractions with.
   */
  static final class Band {
    private final Bound bound;
    private final int low;
    private final int width;

    /**
     * ceil(low * 2^64 / bound): r = floor(f * bound / 2^64) is below low exactly when the fraction
     * f (unsigned) is below this.
     */
    private final long fractionLow;

    /** ceil((low + width) * 2^64 / bound) - fractionLow, modulo 2^64: the band's fractions. */
    private final long fractionSpan;

    /**
     * Whether the band holds under 1/64 of the values, so that most groups of eight draws miss it:
     * looking at groups first then pays (per draw, 0.86-1.02 -> 0.68-0.72 ns at 1,000,000 rows,
     * whose band holds 0.4% of them), where in a wider band it costs (1.3 -> 1.7-2.0 ns at 10,000
     * rows, 5%).
     */
    private final boolean narrow;

    Band(Bound bound, int low, int width) {
      if (low < 0 || width <= 0 || (long) low + width > bound.value || width == bound.value) {
        throw new IllegalArgumentException(
            "band " + low + " + " + width + " must lie inside 0 to " + bound.value);
      }
      this.bound = bound;
      this.low = low;
      this.width = width;
      this.fractionLow = threshold(low, bound.value);
      this.fractionSpan = threshold((long) low + width, bound.value) - fractionLow;
      this.narrow = (long) width * 64 < bound.value;
    }

    /** ceil(value * 2^64 / divisor) modulo 2^64. */
    private static long threshold(long value, int divisor) {
      java.math.BigInteger[] quotient =
          java.math.BigInteger.valueOf(value)
              .shiftLeft(64)
              .divideAndRemainder(java.math.BigInteger.valueOf(divisor));
      return quotient[0].longValue() + (quotient[1].signum() > 0 ? 1 : 0);
    }
  }

  /** A positive bound with its precomputed inverse for {@link #nextInt(Bound)}. */
  static final class Bound {
    private final int value;
    private final boolean powerOfTwo;
    private final long inverse;

    /** u at or above this is rejected by nextInt(bound): bound times floor(2^31 / bound). */
    private final long limit;

    Bound(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("bound must be positive: " + value);
      }
      this.value = value;
      this.powerOfTwo = (value & (value - 1)) == 0;
      // ceil(2^64 / value) as an unsigned 64-bit number.
      this.inverse = Long.divideUnsigned(-1L, value) + 1;
      this.limit = (long) value * ((1L << 31) / value);
    }

    /** u mod value for 0 <= u < 2^31. */
    int remainder(int u) {
      return remainderOf(inverse * u);
    }

    /** u mod value from u's fraction, inverse * u (modulo 2^64). */
    int remainderOf(long fraction) {
      // The high 64 bits of the unsigned product fraction * value (value > 0).
      return (int) (Math.multiplyHigh(fraction, value) + ((fraction >> 63) & value));
    }
  }
}
