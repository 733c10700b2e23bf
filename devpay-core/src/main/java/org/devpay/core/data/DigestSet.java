package org.devpay.core.data;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of row digests (SHA-256 as 64 lower-case hex digits, as devpay writes them) kept as their
 * first 128 bits in one open-address table of longs, filled to three quarters at most before it
 * doubles: 21 to 43 bytes a row, where a HashSet of the strings takes about 140, which at ten
 * million rows is the difference between 0.3 and 1.4 GB. Two different rows share their first 128
 * digest bits with a probability of about n²/2¹²⁹ (some 10⁻²³ at ten million rows). A value that is
 * not 64 lower-case hex digits is kept as it is, in an ordinary set. Not thread-safe. The store's
 * duplicate check keeps each edition's row digests in one, and so does the Spark job where it
 * streams an edition's rows.
 */
public final class DigestSet {
  private static final int MINIMUM_CAPACITY = 1 << 10;

  /** The largest table: 2^29 slots of two longs (8 GB), some 400 million keys. */
  private static final int MAXIMUM_CAPACITY = 1 << 29;

  /** Pairs (high, low) of 128-bit keys; (0, 0) marks an empty slot (stored apart, see below). */
  private long[] slots = new long[2 * MINIMUM_CAPACITY];

  private int size;
  private boolean holdsZero;
  private final Set<String> others = new HashSet<>();

  /** Adds a digest; false when it was already there. */
  public boolean add(String digest) {
    if (!isHex64(digest)) {
      return others.add(digest);
    }
    return add(parse(digest, 0), parse(digest, 16));
  }

  /**
   * Adds a 128-bit key (the first 128 bits of a SHA-256 digest, as two longs); false when it was
   * already there. The Spark job keeps the published respondent keys it has seen so, by their
   * digests.
   */
  public boolean add(long high, long low) {
    if (high == 0 && low == 0) {
      boolean added = !holdsZero;
      holdsZero = true;
      return added;
    }
    if (full(size + 1L, capacity())) {
      rehash(doubled(capacity()));
    }
    if (insert(slots, high, low)) {
      size++;
      return true;
    }
    return false;
  }

  /** Whether the digest is in the set. */
  public boolean contains(String digest) {
    if (!isHex64(digest)) {
      return others.contains(digest);
    }
    return contains(parse(digest, 0), parse(digest, 16));
  }

  /** Whether the 128-bit key is in the set. */
  public boolean contains(long high, long low) {
    if (high == 0 && low == 0) {
      return holdsZero;
    }
    int mask = capacity() - 1;
    for (int i = index(high, low, mask); ; i = (i + 1) & mask) {
      long h = slots[2 * i];
      long l = slots[2 * i + 1];
      if (h == 0 && l == 0) {
        return false;
      }
      if (h == high && l == low) {
        return true;
      }
    }
  }

  /** How many distinct digests the set holds. */
  public int size() {
    return size + (holdsZero ? 1 : 0) + others.size();
  }

  private int capacity() {
    return slots.length / 2;
  }

  /**
   * Makes room for {@code more} keys at once, where their number is known before they come (the
   * Spark job knows a table's accepted rows before its rows): the table is allocated once at its
   * final size rather than doubled, each doubling holding the old and the new table together.
   */
  public void reserve(int more) {
    if (more < 0) {
      throw new IllegalArgumentException("more must be >= 0: " + more);
    }
    int capacity = capacity();
    while (full((long) size + more, capacity)) {
      capacity = doubled(capacity);
    }
    if (capacity != capacity()) {
      rehash(capacity);
    }
  }

  /**
   * Whether a table of this capacity is too full for that many keys: beyond three quarters, linear
   * probing's runs grow long (at three quarters a miss probes some 8 slots, at half some 2.5).
   */
  private static boolean full(long keys, int capacity) {
    return 4 * keys > 3L * capacity;
  }

  private static int doubled(int capacity) {
    if (capacity >= MAXIMUM_CAPACITY) {
      throw new IllegalStateException(
          "a digest set holds at most " + (MAXIMUM_CAPACITY / 4 * 3) + " keys");
    }
    return capacity * 2;
  }

  private void rehash(int capacity) {
    long[] old = slots;
    long[] bigger = new long[2 * capacity];
    for (int i = 0; i < old.length; i += 2) {
      if (old[i] != 0 || old[i + 1] != 0) {
        insert(bigger, old[i], old[i + 1]);
      }
    }
    slots = bigger;
  }

  /** Puts a nonzero key in the table; false when it is there already. */
  private static boolean insert(long[] table, long high, long low) {
    int mask = table.length / 2 - 1;
    for (int i = index(high, low, mask); ; i = (i + 1) & mask) {
      long h = table[2 * i];
      long l = table[2 * i + 1];
      if (h == 0 && l == 0) {
        table[2 * i] = high;
        table[2 * i + 1] = low;
        return true;
      }
      if (h == high && l == low) {
        return false;
      }
    }
  }

  /** The digest's bits are uniform already: mix them only to spread over the table. */
  private static int index(long high, long low, int mask) {
    long x = high ^ Long.rotateLeft(low, 32);
    x ^= x >>> 29;
    return (int) x & mask;
  }

  private static boolean isHex64(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static long parse(String s, int from) {
    long value = 0;
    for (int i = from; i < from + 16; i++) {
      value = (value << 4) | Character.digit(s.charAt(i), 16);
    }
    return value;
  }
}
