package org.devpay.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a query string whose percent-encoding is malformed ({@code ?country=%}, {@code %zz}) or
 * does not decode to UTF-8, with 400: a lenient decoder would drop such a parameter silently and
 * answer the unfiltered question, which the client did not ask.
 */
final class QueryEncoding {
  private QueryEncoding() {}

  /**
   * @param rawQuery the query string as received (not decoded), or null
   * @throws ApiProblem 400 naming the first malformed parameter
   */
  static void check(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    for (String part : rawQuery.split("&", -1)) {
      if (!wellFormed(part)) {
        String shown = part.length() <= 40 ? part : part.substring(0, 40) + "...";
        throw new ApiProblem(
            400,
            "Invalid request",
            "malformed query encoding in '"
                + shown
                + "': a % must start a %XX escape of two hexadecimal digits, and escapes must"
                + " decode to UTF-8");
      }
    }
  }

  static boolean wellFormed(String part) {
    ByteBuffer bytes = ByteBuffer.allocate(part.length() * 4);
    for (int i = 0; i < part.length(); i++) {
      int c = part.codePointAt(i);
      if (c == '%') {
        if (i + 2 >= part.length()) {
          return false;
        }
        int high = Character.digit(part.charAt(i + 1), 16);
        int low = Character.digit(part.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return false;
        }
        bytes.put((byte) (high * 16 + low));
        i += 2;
      } else {
        bytes.put(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c) - 1;
      }
    }
    bytes.flip();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
