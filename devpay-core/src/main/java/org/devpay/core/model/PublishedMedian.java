package org.devpay.core.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * A median a survey's publisher printed for one developer type in one scope (all respondents or one
 * country), such as Stack Overflow's "Developer, back-end, United States, 2024: $170,000". It is a
 * validation target: devpay's median for the same group should reproduce it.
 *
 * @param year the survey year
 * @param scope "All respondents" or a country name as published
 * @param block which published table the figure comes from (a publisher may print two)
 * @param devType the developer type as published, such as "Developer, back-end"
 * @param respondents the n the publisher states, when it states one
 * @param median the published median, annual, in the publisher's currency (USD for Stack Overflow)
 */
public record PublishedMedian(
    int year, String scope, String block, String devType, OptionalInt respondents, double median) {
  /** The scope of figures over every respondent rather than one country. */
  public static final String ALL_RESPONDENTS = "All respondents";

  public PublishedMedian {
    requireNonNull(scope, "scope is null");
    requireNonNull(block, "block is null");
    requireNonNull(devType, "devType is null");
    requireNonNull(respondents, "respondents is null");
    if (!(median > 0) || Double.isInfinite(median)) {
      throw new IllegalArgumentException("median must be finite and > 0: " + median);
    }
  }

  /** Whether the figure covers every respondent rather than one country. */
  public boolean global() {
    return scope.strip().equalsIgnoreCase(ALL_RESPONDENTS);
  }
}
