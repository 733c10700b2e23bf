package org.devpay.core.model;

/**
 * The form of ISO letter codes (a country's alpha-2, a currency's ISO 4217, a US state's postal
 * code): a fixed number of capitals A to Z, checked without a regex, since every record made, at
 * ingest and at every read, checks its country and currency.
 */
public final class LetterCodes {
  private LetterCodes() {}

  /** Whether {@code text} is exactly {@code length} capitals A to Z (the regex [A-Z]{length}). */
  public static boolean isCapitals(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }
}
