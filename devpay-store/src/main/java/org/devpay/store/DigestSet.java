package org.devpay.store;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of row digests (SHA-256 as 64 lower-case hex digits, as devpay writes them) kept as their
 * first 128 bits in one open-address table of longs: 32 bytes a row at most, where a HashSet of the
 * strings takes about 140, which at ten million rows is the difference between 0.3 and 1.4 GB. Two
 * different rows share their first 128 digest bits with a probability of about n²/2¹²⁹ (some 10⁻²³
 * at ten million rows). A value that is not 64 lower-case hex digits is kept as it is, in an
 * ordinary set. Not thread-safe.
 */
final class DigestSet {
  private static final int MINIMUM_CAPACITY = 1 << 10;

  /** Pairs (high, low) of 128-bit keys; (0, 0) marks an empty slot (stored apart, see below). */
  private long[] slots = new long[2 * MINIMUM_CAPACITY];

  private int size;
  private boolean holdsZero;
  private final Set<String> others = new HashSet<>();

  /** Adds a digest; false when it was already there. */
  boolean add(String digest) {
    if (!isHex64(digest)) {
      return others.add(digest);
    }
    long high = parse(digest, 0);
    long low = parse(digest, 16);
    if (high == 0 && low == 0) {
      boolean added = !holdsZero;
      holdsZero = true;
      return added;
    }
    if (2 * (size + 1) > capacity()) {
      grow();
    }
    if (insert(slots, high, low)) {
      size++;
      return true;
    }
    return false;
  }

  /** Whether the digest is in the set. */
  boolean contains(String digest) {
    if (!isHex64(digest)) {
      return others.contains(digest);
    }
    long high = parse(digest, 0);
    long low = parse(digest, 16);
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
  int size() {
    return size + (holdsZero ? 1 : 0) + others.size();
  }

  private int capacity() {
    return slots.length / 2;
  }

  private void grow() {
    long[] old = slots;
    long[] bigger = new long[old.length * 2];
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
