package org.devpay.core.error;

import static java.util.Objects.requireNonNull;

/** A failure with a category, so presenters map it to an exit code or HTTP status uniformly. */
public class DevpayException extends RuntimeException {
  private final ErrorCategory category;

  public DevpayException(ErrorCategory category, String message) {
    super(message);
    this.category = requireNonNull(category, "category is null");
  }

  public DevpayException(ErrorCategory category, String message, Throwable cause) {
    super(message, cause);
    this.category = requireNonNull(category, "category is null");
  }

  public ErrorCategory category() {
    return category;
  }
}
