package org.devpay.core.model;

import java.util.OptionalDouble;

/**
 * A published pay bin, such as Stack Overflow 2016's "$40,000 - $50,000", kept so that analyses can
 * treat binned pay as an interval rather than as an exact amount.
 *
 * @param lower inclusive lower bound, in the published currency and period
 * @param upper exclusive upper bound; empty for an open top bin ("More than $200,000")
 * @param label the bin as published
 */
public record PayRange(double lower, OptionalDouble upper, String label) {
  public PayRange {
    if (!(lower >= 0) || Double.isInfinite(lower)) {
      throw new IllegalArgumentException("lower bound must be finite and >= 0: " + lower);
    }
    if (upper.isPresent() && !(upper.getAsDouble() > lower)) {
      throw new IllegalArgumentException(
          "upper bound must exceed lower bound: " + upper + " <= " + lower);
    }
    java.util.Objects.requireNonNull(label, "label is null");
  }
}
