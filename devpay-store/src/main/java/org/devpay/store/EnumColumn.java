package org.devpay.store;

import java.util.function.Function;
import java.util.function.IntFunction;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;

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

  /** Roles by their stored id, an unknown id failing as the record read fails. */
  static EnumColumn<RoleFamily> roles(Object[] dictionary) {
    return new EnumColumn<>(
        dictionary, RoleFamily[]::new, s -> PayRecordTable.parse(RoleFamily.parse(s), "role", s));
  }

  /** Seniorities by their stored id, an unknown id failing as the record read fails. */
  static EnumColumn<Seniority> seniorities(Object[] dictionary) {
    return new EnumColumn<>(
        dictionary,
        Seniority[]::new,
        s -> PayRecordTable.parse(Seniority.parse(s), "seniority", s));
  }

  /** An enum stored by its name ({@link Enum#valueOf}). */
  static <E extends Enum<E>> EnumColumn<E> named(
      Object[] dictionary, Class<E> type, IntFunction<E[]> newArray) {
    return new EnumColumn<>(dictionary, newArray, s -> Enum.valueOf(type, s));
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
