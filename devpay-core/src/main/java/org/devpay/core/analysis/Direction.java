package org.devpay.core.analysis;

/** What a ratio's confidence interval says about a pay difference, for plain-language verdicts. */
public enum Direction {
  /** The whole interval lies above 1. */
  HIGHER,
  /** The whole interval lies below 1. */
  LOWER,
  /** The interval contains 1. */
  NO_CLEAR_DIFFERENCE,
  /** A cell is below the privacy floor or absent. */
  NOT_ENOUGH_DATA
}
