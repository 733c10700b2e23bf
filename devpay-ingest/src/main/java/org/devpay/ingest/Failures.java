package org.devpay.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * Turns an exception caught during ingest into the category of a FAILED report (its text is {@link
 * DevpayException#describe}).
 */
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
}
