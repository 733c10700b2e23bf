package org.devpay.sources.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the character encoding of a text table from its first bytes, in order of certainty:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
 *   <li>the zero bytes that ASCII characters leave in UTF-16 and UTF-32 text without a mark;
 *   <li>bytes that decode as UTF-8 without error (legacy 8-bit text with letters beyond ASCII
 *       practically never does), or pure ASCII;
 *   <li>otherwise a legacy 8-bit code page, chosen by ICU's statistical {@link CharsetDetector}
 *       when it is confident (Windows-1251 for DOU's Ukrainian export, Windows-1252 for western
 *       European surveys), else by where the bytes above 0x7F fall (see {@link #legacy}).
 * </ol>
 *
 * <p>Encodings Java cannot decode are refused by name by the caller, never guessed.
 */
public final class EncodingDetector {
  /** The encoding and the byte-order mark found. */
  public record Encoding(Charset charset, int bomLength, String evidence) {}

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  /** ICU's confidence (0 to 100) from which its guess is taken over the run rule. */
  private static final int CONFIDENT = 50;

  private EncodingDetector() {}

  /** The encoding of a table whose first bytes are {@code head}. */
  public static Encoding detect(byte[] head) {
    int n = head.length;
    if (n >= 4
        && u(head[0]) == 0x00
        && u(head[1]) == 0x00
        && u(head[2]) == 0xFE
        && u(head[3]) == 0xFF) {
      return new Encoding(UTF_32BE, 4, "UTF-32 byte-order mark");
    }
    if (n >= 4
        && u(head[0]) == 0xFF
        && u(head[1]) == 0xFE
        && u(head[2]) == 0x00
        && u(head[3]) == 0x00) {
      return new Encoding(UTF_32LE, 4, "UTF-32 byte-order mark");
    }
    if (n >= 3 && u(head[0]) == 0xEF && u(head[1]) == 0xBB && u(head[2]) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3, "UTF-8 byte-order mark");
    }
    if (n >= 2 && u(head[0]) == 0xFE && u(head[1]) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16 byte-order mark");
    }
    if (n >= 2 && u(head[0]) == 0xFF && u(head[1]) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16 byte-order mark");
    }
    Charset wide = wideByZeroBytes(head);
    if (wide != null) {
      return new Encoding(
          wide, 0, "zero bytes of " + wide.name() + " text without a byte-order mark");
    }
    if (decodes(head, StandardCharsets.UTF_8)) {
      return new Encoding(StandardCharsets.UTF_8, 0, isAscii(head) ? "ASCII" : "valid UTF-8");
    }
    return new Encoding(legacy(head), 0, "not UTF-8; 8-bit code page chosen by ICU's detector");
  }

  /**
   * UTF-16 or UTF-32 without a byte-order mark, told by where the zero bytes of ASCII characters
   * fall: in UTF-16 LE text every odd byte of an ASCII character is zero, in UTF-32 LE three of
   * every four. Null when the zero bytes follow no such pattern (8-bit text has none).
   */
  private static Charset wideByZeroBytes(byte[] head) {
    int n = head.length - head.length % 4;
    if (n < 8) {
      return null;
    }
    int[] zerosAt = new int[4];
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        zerosAt[i % 4]++;
      }
    }
    int quarter = n / 4;
    int total = zerosAt[0] + zerosAt[1] + zerosAt[2] + zerosAt[3];
    if (total < quarter / 2) {
      return null;
    }
    double mostly = 0.6 * quarter;
    if (zerosAt[1] > mostly
        && zerosAt[2] > mostly
        && zerosAt[3] > mostly
        && zerosAt[0] < quarter / 4) {
      return UTF_32LE;
    }
    if (zerosAt[0] > mostly
        && zerosAt[1] > mostly
        && zerosAt[2] > mostly
        && zerosAt[3] < quarter / 4) {
      return UTF_32BE;
    }
    int even = zerosAt[0] + zerosAt[2];
    int odd = zerosAt[1] + zerosAt[3];
    if (odd > 2 * mostly && even < odd / 8) {
      return StandardCharsets.UTF_16LE;
    }
    if (even > 2 * mostly && odd < even / 8) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Whether the bytes decode without error, ignoring a multi-byte character cut at the end. */
  static boolean decodes(byte[] head, Charset charset) {
    int end = head.length;
    if (charset.equals(StandardCharsets.UTF_8)) {
      // Step back over a character that the head may have cut in the middle.
      int i = end - 1;
      int back = 0;
      while (i >= 0 && back < 3 && (head[i] & 0xC0) == 0x80) {
        i--;
        back++;
      }
      if (i >= 0 && (head[i] & 0x80) != 0) {
        end = i;
      }
    }
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean isAscii(byte[] head) {
    for (byte b : head) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * ICU's best single-byte guess that Java can decode, when ICU is confident (50 or more of 100);
   * else, for the short or mostly-ASCII heads where its statistics are weak, the rule that tells
   * the two code pages devpay meets most apart: in Cyrillic text (Windows-1251) bytes above 0x7F
   * come in runs, whole words of them, while in western European text (Windows-1252) they are
   * single accented letters between ASCII ones.
   */
  private static Charset legacy(byte[] head) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(head);
    CharsetMatch[] matches = detector.detectAll();
    if (matches != null) {
      for (CharsetMatch match : matches) {
        String name = match.getName();
        if (name.startsWith("UTF") || name.startsWith("IBM")) {
          continue; // UTF-8/16/32 were decided above; IBM424/420 are EBCDIC-era Hebrew/Arabic.
        }
        if (match.getConfidence() < CONFIDENT) {
          break;
        }
        try {
          Charset charset = Charset.forName(name);
          // ICU names ISO-8859-1 where the text is really Windows-1252 (which is a superset).
          return charset.name().equals("ISO-8859-1") ? WINDOWS_1252 : charset;
        } catch (IllegalArgumentException e) {
          // Not decodable by this JVM: try ICU's next guess.
        }
      }
    }
    return highBytesComeInRuns(head) ? WINDOWS_1251 : WINDOWS_1252;
  }

  /** Whether most bytes above 0x7F have a neighbour above 0x7F. */
  static boolean highBytesComeInRuns(byte[] head) {
    int high = 0;
    int inRuns = 0;
    for (int i = 0; i < head.length; i++) {
      if (head[i] >= 0) {
        continue;
      }
      high++;
      boolean before = i > 0 && head[i - 1] < 0;
      boolean after = i + 1 < head.length && head[i + 1] < 0;
      if (before || after) {
        inRuns++;
      }
    }
    return high > 0 && inRuns * 2 > high;
  }

  private static int u(byte b) {
    return b & 0xFF;
  }
}
