package org.devpay.core.estimate;

/** Why one edition gives no estimate for a profile (not a failure of the request). */
final class EditionRefusal extends RuntimeException {
  EditionRefusal(String message) {
    super(message, null, false, false);
  }
}
