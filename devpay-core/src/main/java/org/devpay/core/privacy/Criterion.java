package org.devpay.core.privacy;

import static java.util.Objects.requireNonNull;

import java.util.function.Predicate;
import org.devpay.core.model.PayRecord;

/**
 * One condition a cell's rows meet, as a query states it: a filter ("country=CH"), a level of an
 * analysis ("experience=5-9"), a group's definition ("the rest of those who list skills"). The key
 * names the condition; two criteria with the same key select the same rows, which is how the
 * control recognises a filter and a shared value as the same condition.
 *
 * @param key what the condition is, as text ("skill∋java", "seniority=senior")
 * @param test whether a record meets it
 */
public record Criterion(String key, Predicate<PayRecord> test) {
  public Criterion {
    requireNonNull(key, "key is null");
    requireNonNull(test, "test is null");
  }

  /** A condition that is not a value of one dimension (a baseline, an exclusion). */
  public static Criterion of(String key, Predicate<PayRecord> test) {
    return new Criterion(key, test);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Criterion c && c.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
