package org.devpay.core.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key for country and place names, so that "Côte d'Ivoire", "COTE D IVOIRE" and "cote
 * d'ivoire" are one name. Kept identical to {@code scripts/reference/text_key.py}, which builds the
 * shipped alias tables with the same rule.
 */
final class TextKey {
  private TextKey() {}

  /**
   * NFKD-decomposes and drops combining marks, lower-cases, turns '&' into " and " and every other
   * character that is not a letter or digit (any script) into a space, collapses spaces and drops a
   * leading "the ".
   */
  public static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder key = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    String lowered = stripMarks(decomposed).toLowerCase(Locale.ROOT).replace("&", " and ");
    for (int i = 0; i < lowered.length(); ) {
      int codePoint = lowered.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetterOrDigit(codePoint)) {
        if (pendingSpace && key.length() > 0) {
          key.append(' ');
        }
        pendingSpace = false;
        key.appendCodePoint(codePoint);
      } else {
        pendingSpace = true;
      }
    }
    String result = key.toString();
    return result.startsWith("the ") ? result.substring(4) : result;
  }

  private static String stripMarks(String decomposed) {
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.getType(codePoint) != Character.NON_SPACING_MARK
          && Character.getType(codePoint) != Character.COMBINING_SPACING_MARK
          && Character.getType(codePoint) != Character.ENCLOSING_MARK) {
        out.appendCodePoint(codePoint);
      }
    }
    return out.toString();
  }
}
