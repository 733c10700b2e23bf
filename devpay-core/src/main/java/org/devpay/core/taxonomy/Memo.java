package org.devpay.core.taxonomy;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe, bounded memo of a pure function of a label: survey columns repeat a few hundred
 * distinct answers over millions of rows, so classifying each distinct answer once takes the regex
 * work off the per-row path. Memory is bounded twice: keys longer than {@link #MAX_KEY_LENGTH}
 * characters (free text) are never kept, and once {@code capacity} entries are held new keys are
 * computed without being kept. The function must be pure, so a result is the same memoised or not.
 *
 * @param <K> the key (a label, or a label with its dataset id)
 * @param <V> the result; never null
 */
public final class Memo<K, V> {
  /** Longer labels are free text, rarely repeated: computed every time. */
  public static final int MAX_KEY_LENGTH = 256;

  /** Default number of entries kept per memo. */
  public static final int DEFAULT_CAPACITY = 65_536;

  private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
  private final int capacity;
  private final Function<K, V> function;

  public Memo(int capacity, Function<K, V> function) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    }
    this.capacity = capacity;
    this.function = requireNonNull(function, "function is null");
  }

  /**
   * The function's value for {@code key}, computed once while the memo has room.
   *
   * @param keyLength the length of the label in the key, checked against {@link #MAX_KEY_LENGTH}
   */
  public V get(K key, int keyLength) {
    V cached = entries.get(key);
    if (cached != null) {
      return cached;
    }
    V value = requireNonNull(function.apply(key), "memoised function returned null");
    if (keyLength <= MAX_KEY_LENGTH && entries.size() < capacity) {
      entries.putIfAbsent(key, value);
    }
    return value;
  }

  /** Entries held (for tests). */
  int size() {
    return entries.size();
  }
}
