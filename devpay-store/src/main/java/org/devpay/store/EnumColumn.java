package org.devpay.store;

import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * An enum column's values by code, each parsed once from its stored text; the parse of SQL NULL is
 * made only if a row holds it (for the profession it means "not recorded"; elsewhere it fails as
 * the record read fails). Shared by the coded reads, {@link EditionColumnsRead} and {@link
 * RecordsRead}, so that both parse a stored text alike.
 */
final class EnumColumn<T> {
  private final T[] byCode;
  private final Function<String, T> parse;
  private T ifNull;

  EnumColumn(Object[] dictionary, IntFunction<T[]> newArray, Function<String, T> parse) {
    this.parse = parse;
    this.byCode = newArray.apply(dictionary.length);
    for (int i = 0; i < dictionary.length; i++) {
      byCode[i] = parse.apply((String) dictionary[i]);
    }
  }

  T value(int code) {
    if (code >= 0) {
      return byCode[code];
    }
    if (ifNull == null) {
      ifNull = parse.apply(null);
    }
    return ifNull;
  }
}
