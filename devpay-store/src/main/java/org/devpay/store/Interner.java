package org.devpay.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance per distinct string and list within a read of records: a survey's million rows
 * repeat a few hundred labels, countries and skill lists, and the driver returns a new string for
 * every cell. Sharing them cuts the records' memory several times over; the records are immutable,
 * so sharing is invisible.
 */
final class Interner {
  private final Map<String, String> strings = new HashMap<>();
  private final Map<List<String>, List<String>> lists = new HashMap<>();

  String string(String value) {
    if (value == null) {
      return null;
    }
    String known = strings.putIfAbsent(value, value);
    return known == null ? value : known;
  }

  /** An immutable list of the interned strings, itself shared with equal lists. */
  List<String> list(Object[] values) {
    List<String> list = strings(values);
    List<String> known = lists.get(list);
    if (known != null) {
      return known;
    }
    List<String> immutable = List.copyOf(list);
    lists.put(immutable, immutable);
    return immutable;
  }

  /** Strings of an array, interned, in a mutable list (for values that are taken apart). */
  List<String> strings(Object[] values) {
    List<String> list = new ArrayList<>(values.length);
    for (Object value : values) {
      list.add(string((String) value));
    }
    return list;
  }
}
