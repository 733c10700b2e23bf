package org.devpay.sources.text;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;

/**
 * How a delimited text table is written: its character encoding, the byte-order mark to skip, and
 * the field delimiter. Detected once per table from its first bytes, so that every reader of the
 * table (format detection, the adapters, {@code devpay inspect}) decodes it the same way.
 *
 * @param charset the encoding of the text
 * @param bomLength bytes of byte-order mark at the start (0 when there is none)
 * @param delimiter the field separator: ',', ';', '\t' or '|'
 * @param evidence how the encoding was decided, for messages ("byte-order mark", "valid UTF-8",
 *     ...)
 */
public record TextFormat(Charset charset, int bomLength, char delimiter, String evidence) {
  public TextFormat {
    requireNonNull(charset, "charset is null");
    requireNonNull(evidence, "evidence is null");
    if (bomLength < 0 || bomLength > 4) {
      throw new IllegalArgumentException("bomLength must be 0 to 4: " + bomLength);
    }
  }

  /** The delimiter as users name it: "comma", "tab", "semicolon" or "pipe". */
  public String delimiterName() {
    switch (delimiter) {
      case ',':
        return "comma";
      case '\t':
        return "tab";
      case ';':
        return "semicolon";
      case '|':
        return "pipe";
      default:
        return "'" + delimiter + "'";
    }
  }

  /** "UTF-8 with BOM, comma-separated" and the like. */
  public String describe() {
    return charset.name()
        + (bomLength > 0 ? " with byte-order mark" : "")
        + ", "
        + delimiterName()
        + "-separated";
  }
}
