package org.devpay.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of an enum with a stable id, found by their id or their name in any case: what {@link
 * RoleFamily#parse} and {@link Seniority#parse} share, a map built once instead of a scan per call
 * (the store parses one of each per record it reads).
 */
final class EnumTexts<E extends Enum<E>> {
  private final Map<String, E> byText;

  /**
   * Each value by its id and its lower-case name; where one text were both, the earlier value would
   * win, as a scan in declaration order would find it.
   */
  EnumTexts(E[] values, Function<E, String> id) {
    Map<String, E> map = new HashMap<>();
    for (E value : values) {
      map.putIfAbsent(id.apply(value), value);
      map.putIfAbsent(value.name().toLowerCase(Locale.ROOT), value);
    }
    this.byText = Map.copyOf(map);
  }

  /**
   * The value whose id or name the text is, once trimmed and lower-cased (ids first as they are).
   */
  Optional<E> parse(String text) {
    E known = byText.get(text);
    if (known == null) {
      known = byText.get(text.trim().toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(known);
  }
}
