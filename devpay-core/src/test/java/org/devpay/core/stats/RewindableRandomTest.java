package org.devpay.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** RewindableRandom against java.util.SplittableRandom itself: the same stream, draw for draw. */
class RewindableRandomTest {
  @Test
  void unboundedDrawsAreSplittableRandomsForManySeeds() {
    SplittableRandom seeds = new SplittableRandom(1);
    for (int s = 0; s < 200; s++) {
      long seed = s < 3 ? new long[] {0, -1, Long.MIN_VALUE}[s] : seeds.nextLong();
      SplittableRandom reference = new SplittableRandom(seed);
      RewindableRandom ours = new RewindableRandom(seed);
      for (int i = 0; i < 1_000; i++) {
        assertThat(ours.nextInt()).isEqualTo(reference.nextInt());
      }
    }
  }

  @Test
  void boundedDrawsAreSplittableRandomsForEveryKindOfBound() {
    // Powers of two, small odd bounds, bounds just over a power of two (the most rejections),
    // the largest int, and random bounds of every size.
    SplittableRandom pick = new SplittableRandom(2);
    int[] fixed = {
      1,
      2,
      3,
      5,
      7,
      64,
      100,
      4_096,
      269_684,
      (1 << 30) + 1,
      (1 << 30),
      Integer.MAX_VALUE - 1,
      Integer.MAX_VALUE
    };
    for (int b = 0; b < fixed.length + 300; b++) {
      int bound = b < fixed.length ? fixed[b] : 1 + pick.nextInt(Integer.MAX_VALUE);
      long seed = pick.nextLong();
      SplittableRandom reference = new SplittableRandom(seed);
      RewindableRandom ours = new RewindableRandom(seed);
      RewindableRandom.Bound ourBound = new RewindableRandom.Bound(bound);
      for (int i = 0; i < 2_000; i++) {
        assertThat(ours.nextInt(ourBound))
            .as("bound %d draw %d", bound, i)
            .isEqualTo(reference.nextInt(bound));
      }
    }
  }

  @Test
  void theRemainderByInverseIsExactForEveryDividendClass() {
    SplittableRandom pick = new SplittableRandom(3);
    for (int b = 0; b < 2_000; b++) {
      int divisor = 1 + pick.nextInt(Integer.MAX_VALUE);
      RewindableRandom.Bound bound = new RewindableRandom.Bound(divisor);
      int[] edges = {0, 1, divisor - 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
      for (int u : edges) {
        if (u >= 0) {
          assertThat(bound.remainder(u)).isEqualTo(u % divisor);
        }
      }
      for (int i = 0; i < 500; i++) {
        int u = pick.nextInt() >>> 1;
        assertThat(bound.remainder(u)).isEqualTo(u % divisor);
      }
    }
  }

  @Test
  void batchedDrawsOfAPowerOfTwoAreTheOneByOneDrawsAndEndWhereTheyEnd() {
    // Every power of two; batches of every length, within one mixed batch, across several, and
    // none, interleaved with single draws. (Other bounds' batches, rejections included, are
    // checked through count and countInBand below.)
    SplittableRandom pick = new SplittableRandom(4);
    int[] lengths = {0, 1, 7, RewindableRandom.BATCH - 1, RewindableRandom.BATCH, 1_500, 5_003};
    for (int b = 0; b < 31 + 30; b++) {
      int value = 1 << (b < 31 ? b : pick.nextInt(31));
      long seed = pick.nextLong();
      RewindableRandom.Bound bound = new RewindableRandom.Bound(value);
      RewindableRandom batched = new RewindableRandom(seed);
      SplittableRandom reference = new SplittableRandom(seed);
      for (int length : lengths) {
        int[] out = new int[length + 2];
        java.util.Arrays.fill(out, -7);
        batched.powerOfTwoInts(bound, out, length);
        for (int i = 0; i < out.length; i++) {
          assertThat(out[i])
              .as("bound %d, %d draws, slot %d", value, length, i)
              .isEqualTo(i < length ? reference.nextInt(value) : -7);
        }
        // The stream goes on where the single draws leave it.
        assertThat(batched.nextInt()).isEqualTo(reference.nextInt());
      }
    }
    RewindableRandom random = new RewindableRandom(1);
    assertThatThrownBy(() -> random.powerOfTwoInts(new RewindableRandom.Bound(3), new int[1], 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fullCountsAreThoseOfTheOneByOneDraws() {
    // Small bounds as resamples have them, powers of two, and bounds just over a power of two,
    // where nextInt(bound) rejects more raw values (0.8% at 2^24 + 1: some 25 in 3,001 draws);
    // counts within one batch and across several, each followed by a single draw to check where
    // the stream stands.
    SplittableRandom pick = new SplittableRandom(9);
    int[] fixed = {1, 2, 3, 7, 1_000, 4_096, 30_001, (1 << 22) + 1, (1 << 24) + 1};
    for (int b = 0; b < fixed.length + 30; b++) {
      int value = b < fixed.length ? fixed[b] : 1 + pick.nextInt(b % 2 == 0 ? 50_000 : 1 << 22);
      RewindableRandom.Bound bound = new RewindableRandom.Bound(value);
      long seed = pick.nextLong();
      RewindableRandom ours = new RewindableRandom(seed);
      SplittableRandom reference = new SplittableRandom(seed);
      for (int count : new int[] {1, RewindableRandom.BATCH, RewindableRandom.BATCH + 1, 3_001}) {
        int[] counted = new int[value];
        ours.count(bound, count, counted);
        int[] expected = new int[value];
        for (int i = 0; i < count; i++) {
          expected[reference.nextInt(value)]++;
        }
        assertThat(counted).as("bound %d, %d draws", value, count).isEqualTo(expected);
        assertThat(ours.nextInt())
            .as("bound %d, %d draws", value, count)
            .isEqualTo(reference.nextInt());
      }
    }
  }

  @Test
  void bandCountsAreThoseOfTheOneByOneDraws() {
    // Bands at the bottom, the middle and the top of the bound; powers of two; a bound just over a
    // power of two, where nextInt(bound) rejects one raw value in two; counts within one batch and
    // across several, each followed by a single draw to check where the stream stands.
    SplittableRandom pick = new SplittableRandom(5);
    int[] fixed = {2, 7, 1_000, 4_096, 150_001, (1 << 30) + 1, 1 << 30, Integer.MAX_VALUE};
    for (int b = 0; b < fixed.length + 60; b++) {
      int value = b < fixed.length ? fixed[b] : 2 + pick.nextInt(Integer.MAX_VALUE - 1);
      RewindableRandom.Bound bound = new RewindableRandom.Bound(value);
      long seed = pick.nextLong();
      RewindableRandom ours = new RewindableRandom(seed);
      SplittableRandom reference = new SplittableRandom(seed);
      for (int trial = 0; trial < 4; trial++) {
        int width = 1 + pick.nextInt(Math.min(value - 1, 5_000));
        int low =
            switch (trial) {
              case 0 -> 0;
              case 1 -> value - width;
              default -> pick.nextInt(value - width + 1);
            };
        int count = new int[] {1, RewindableRandom.BATCH + 1, 3_001, 40_000}[trial];
        int[] inBand = new int[width];
        int below = ours.countInBand(new RewindableRandom.Band(bound, low, width), count, inBand);
        int expectedBelow = 0;
        int[] expected = new int[width];
        for (int i = 0; i < count; i++) {
          int r = reference.nextInt(value);
          if (r < low) {
            expectedBelow++;
          } else if (r < low + width) {
            expected[r - low]++;
          }
        }
        assertThat(below).as("bound %d, band %d + %d", value, low, width).isEqualTo(expectedBelow);
        assertThat(inBand).as("bound %d, band %d + %d", value, low, width).isEqualTo(expected);
        assertThat(ours.nextInt()).isEqualTo(reference.nextInt());
      }
    }
  }

  @Test
  void aWideBandOfABoundWithManyRejectionsCountsAsTheOneByOneDraws() {
    // A band of over 1/64 of the values is searched draw by draw, not eight at a time; with 2^29 +
    // 1 values, nextInt(bound) rejects a quarter of the raw values.
    int value = (1 << 29) + 1;
    int width = value / 60;
    int low = value / 3;
    RewindableRandom.Bound bound = new RewindableRandom.Bound(value);
    RewindableRandom ours = new RewindableRandom(11);
    SplittableRandom reference = new SplittableRandom(11);
    int[] inBand = new int[width];
    int below = ours.countInBand(new RewindableRandom.Band(bound, low, width), 40_000, inBand);
    int expectedBelow = 0;
    int inBandTotal = 0;
    for (int i = 0; i < 40_000; i++) {
      int r = reference.nextInt(value);
      if (r < low) {
        expectedBelow++;
      } else if (r < low + width) {
        assertThat(inBand[r - low]).as("draw %d of %d", i, r).isPositive();
        inBand[r - low]--;
        inBandTotal++;
      }
    }
    assertThat(below).isEqualTo(expectedBelow);
    assertThat(inBandTotal).isPositive();
    assertThat(inBand).containsOnly(0);
    assertThat(ours.nextInt()).isEqualTo(reference.nextInt());
  }

  @Test
  void aBandMustLieInsideItsBound() {
    RewindableRandom.Bound bound = new RewindableRandom.Bound(100);
    assertThatThrownBy(() -> new RewindableRandom.Band(bound, -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RewindableRandom.Band(bound, 95, 6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RewindableRandom.Band(bound, 0, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rewindingReplaysTheSameDraws() {
    RewindableRandom random = new RewindableRandom(42);
    RewindableRandom.Bound bound = new RewindableRandom.Bound(1_000_003);
    random.nextInt();
    long position = random.position();
    int[] first = new int[100];
    for (int i = 0; i < first.length; i++) {
      first[i] = random.nextInt(bound);
    }
    long after = random.position();
    random.rewind(position);
    for (int value : first) {
      assertThat(random.nextInt(bound)).isEqualTo(value);
    }
    assertThat(random.position()).isEqualTo(after);
  }

  @Test
  void refusesABoundThatIsNotPositive() {
    assertThatThrownBy(() -> new RewindableRandom.Bound(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
