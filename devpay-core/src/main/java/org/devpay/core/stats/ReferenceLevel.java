package org.devpay.core.stats;

/** How the reference (omitted) level of a dummy-coded factor was chosen, recorded in every fit. */
enum ReferenceLevel {
  /**
   * The level with the largest total frequency weight; ties go to the first level in sort order.
   */
  MOST_FREQUENT,
  /** The level the caller named. */
  STATED
}
