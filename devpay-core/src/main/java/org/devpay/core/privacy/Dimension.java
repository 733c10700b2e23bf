package org.devpay.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import org.devpay.core.model.PayRecord;

/**
 * A characteristic of a record that devpay's queries can select on (country, metro, seniority,
 * skill, experience band, ...): the disclosure control looks, for each published cell, at the
 * values its rows all share on each dimension, since a query naming such a value selects a cell
 * that contains this one.
 *
 * @param name the dimension's name, used in criterion keys ("country", "skill")
 * @param values a record's values: at most one for a single-valued dimension, any number for a
 *     multi-valued one (skills, industries); empty when the record does not state it
 * @param multiValued whether a record can hold several values (then a query selects the records
 *     listing a value)
 */
public record Dimension(
    String name, Function<PayRecord, List<String>> values, boolean multiValued) {
  public Dimension {
    requireNonNull(name, "name is null");
    requireNonNull(values, "values is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a dimension needs a name");
    }
  }

  /** A single-valued dimension. */
  public static Dimension single(String name, Function<PayRecord, List<String>> value) {
    return new Dimension(name, value, false);
  }

  /** A multi-valued dimension (a record lists values). */
  public static Dimension multi(String name, Function<PayRecord, List<String>> values) {
    return new Dimension(name, values, true);
  }

  /** The criterion "value": equals it (single-valued) or lists it (multi-valued). */
  public Criterion is(String value) {
    requireNonNull(value, "value is null");
    String key = name + (multiValued ? "∋" : "=") + value;
    return new Criterion(key, record -> values.apply(record).contains(value));
  }
}
