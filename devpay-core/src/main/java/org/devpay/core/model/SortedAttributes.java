package org.devpay.core.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A record's attributes as keys and values in two arrays sorted by key: the order, lookups,
 * equality and text of an unmodifiable {@link TreeMap}, in about a fifth of its memory, since every
 * one of a million records carries one. Records of one source share their key array.
 */
final class SortedAttributes extends AbstractMap<String, String> {
  /** Distinct key sets are few (one or two per source); past this many, arrays are not shared. */
  private static final int SHARED_KEY_SETS = 10_000;

  private static final Map<List<String>, String[]> KEY_SETS = new ConcurrentHashMap<>();
  private static final SortedAttributes EMPTY = new SortedAttributes(new String[0], new String[0]);

  private final String[] keys;
  private final String[] values;

  private SortedAttributes(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The attributes of a map (itself when it is already one), sorted by key. */
  static Map<String, String> of(Map<String, String> attributes) {
    if (attributes instanceof SortedAttributes) {
      return attributes;
    }
    if (attributes.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, String> sorted = new TreeMap<>(attributes);
    String[] keys = sorted.keySet().toArray(new String[0]);
    String[] values = sorted.values().toArray(new String[0]);
    return new SortedAttributes(shared(keys), values);
  }

  private static String[] shared(String[] keys) {
    List<String> set = List.of(keys);
    String[] known = KEY_SETS.get(set);
    if (known != null) {
      return known;
    }
    if (KEY_SETS.size() >= SHARED_KEY_SETS) {
      return keys;
    }
    known = KEY_SETS.putIfAbsent(set, keys);
    return known == null ? keys : known;
  }

  private int indexOf(Object key) {
    if (!(key instanceof String)) {
      if (key == null) {
        throw new NullPointerException("attribute keys are never null");
      }
      return -1;
    }
    return Arrays.binarySearch(keys, (String) key);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public String get(Object key) {
    int i = indexOf(key);
    return i >= 0 ? values[i] : null;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
