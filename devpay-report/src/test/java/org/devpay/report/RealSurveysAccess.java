package org.devpay.report;

import org.devpay.core.data.PayData;

/** Opens {@link RealSurveys} (package-private) to the tests of the report's sub-packages. */
public final class RealSurveysAccess {
  private RealSurveysAccess() {}

  /** The four real IT Salary Survey EU editions, in memory. */
  public static PayData euEditions() {
    return RealSurveys.euEditions();
  }
}
