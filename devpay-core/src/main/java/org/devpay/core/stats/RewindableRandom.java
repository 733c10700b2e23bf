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
 */
final class RewindableRandom {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long seed;

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
