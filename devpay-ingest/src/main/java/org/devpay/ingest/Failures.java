package org.devpay.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/** Turns an exception caught during ingest into the category and text of a FAILED report. */
final class Failures {
  private Failures() {}

  static ErrorCategory category(Throwable failure) {
    if (failure instanceof DevpayException devpay) {
      return devpay.category();
    }
    if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      return ErrorCategory.BAD_INPUT_FILE;
    }
    if (failure instanceof SQLException) {
      return ErrorCategory.ENVIRONMENT;
    }
    // Anything else thrown by an adapter or the normalizer breaks their contract: a bug.
    return ErrorCategory.INTERNAL;
  }

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
