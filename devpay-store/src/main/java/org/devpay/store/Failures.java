package org.devpay.store;

import java.io.UncheckedIOException;
import org.devpay.core.error.DevpayException;

/** Turns an exception caught while opening or exporting the store into the text of its error. */
final class Failures {
  private Failures() {}

  static String describe(Throwable failure) {
    if (failure instanceof DevpayException devpay) {
      return devpay.getMessage();
    }
    Throwable shown =
        failure instanceof UncheckedIOException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String message = shown.getMessage();
    return message == null || message.isBlank()
        ? shown.getClass().getSimpleName()
        : shown.getClass().getSimpleName() + ": " + message.strip();
  }
}
