package org.devpay.core.model;

/** Employment status, so analyses can keep to full-time employees by default. */
public enum Employment {
  FULL_TIME,
  PART_TIME,
  CONTRACTOR,
  SELF_EMPLOYED,
  INTERN,
  NOT_EMPLOYED,
  OTHER,
  UNKNOWN
}
