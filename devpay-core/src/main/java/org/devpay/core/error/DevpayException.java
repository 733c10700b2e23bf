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

  /**
   * The text of any failure for a one-line error: a devpay failure's own message, else the
   * exception's simple class name and message (an unchecked I/O failure's cause, which says what
   * went wrong).
   */
  public static String describe(Throwable failure) {
    if (failure instanceof DevpayException devpay) {
      return devpay.getMessage();
    }
    Throwable shown =
        failure instanceof java.io.UncheckedIOException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String message = shown.getMessage();
    return message == null || message.isBlank()
        ? shown.getClass().getSimpleName()
        : shown.getClass().getSimpleName() + ": " + message.strip();
  }
}
