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
 * <p>{@link #nextInts} makes many bounded draws at once: the stream's raw values are a function of
 * their position alone (the seed plus i times the gamma), so a batch of them is mixed in a loop
 * with no dependence between its steps, which the JIT compiles to vector instructions, and the
 * bounded draws are then taken from the batch one by one, rejections included, exactly as {@link
 * #nextInt(Bound)} takes them from the stream.
 */
final class RewindableRandom {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** Raw values mixed per batch of {@link #nextInts}. */
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
  private long[] raw;

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
    long z = (seed += GOLDEN_GAMMA);
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
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
   * Fills {@code out[from]} to {@code out[from + count - 1]} with the next {@code count} bounded
   * draws, the values and the stream's end position exactly those of as many calls of {@link
   * #nextInt(Bound)}.
   */
  void nextInts(Bound bound, int[] out, int from, int count) {
    long[] mixed = raw;
    if (mixed == null) {
      mixed = raw = new long[BATCH];
    }
    int m = bound.value - 1;
    int at = from;
    int end = from + count;
    while (at < end) {
      long base = seed;
      // As many raw values as draws still wanted (a rejection, rare, costs another round).
      int batch = Math.min(BATCH, end - at);
      for (int i = 0; i < batch; i++) {
        long z = base + STEPS[i];
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        mixed[i] = (z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L;
      }
      if (bound.powerOfTwo) {
        for (int i = 0; i < batch; i++) {
          out[at + i] = (int) (mixed[i] >>> 32) & m;
        }
        at += batch;
      } else {
        // nextInt(bound): u = nextInt() >>> 1 is the raw value's top 31 bits; a rejected u is
        // replaced by the next raw value's, as the retry draws it.
        for (int i = 0; i < batch; i++) {
          int u = (int) (mixed[i] >>> 33);
          int r = bound.remainder(u);
          if (u + m - r >= 0) {
            out[at++] = r;
          }
        }
      }
      seed = base + batch * GOLDEN_GAMMA;
    }
  }

  /** A positive bound with its precomputed inverse for {@link #nextInt(Bound)}. */
  static final class Bound {
    private final int value;
    private final boolean powerOfTwo;
    private final long inverse;

    Bound(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("bound must be positive: " + value);
      }
      this.value = value;
      this.powerOfTwo = (value & (value - 1)) == 0;
      // ceil(2^64 / value) as an unsigned 64-bit number.
      this.inverse = Long.divideUnsigned(-1L, value) + 1;
    }

    /** u mod value for 0 <= u < 2^31. */
    int remainder(int u) {
      long low = inverse * u;
      // The high 64 bits of the unsigned product low * value (value > 0).
      return (int) (Math.multiplyHigh(low, value) + ((low >> 63) & value));
    }
  }
}
