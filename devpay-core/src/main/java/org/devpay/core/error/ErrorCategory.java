package org.devpay.core.error;

/**
 * The kind of a failure, mapped in this one place to a CLI exit code and an HTTP status so that
 * every presenter reports the same failure the same way.
 */
public enum ErrorCategory {
  /** The user asked for something invalid: a bad option, filter or parameter. */
  USER_INPUT(2, 400),
  /** Data the request needs is not there: no dataset ingested, unknown dataset id. */
  MISSING_DATA(3, 404),
  /** An input file could not be read or is not in a known format. */
  BAD_INPUT_FILE(4, 422),
  /** A published figure would reveal fewer than k respondents. */
  PRIVACY_FLOOR(5, 403),
  /** The environment failed: disk, database file, network. */
  ENVIRONMENT(6, 503),
  /** A bug: an invariant did not hold. */
  INTERNAL(70, 500);

  private final int exitCode;
  private final int httpStatus;

  ErrorCategory(int exitCode, int httpStatus) {
    this.exitCode = exitCode;
    this.httpStatus = httpStatus;
  }

  public int exitCode() {
    return exitCode;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
