package org.devpay.sources.text;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;

/**
 * Detects a delimited table's {@link TextFormat} from its first bytes: the encoding by {@link
 * EncodingDetector}, then the delimiter by parsing the first records with each candidate and
 * keeping the one whose records most consistently have as many fields as the header (so the commas
 * inside a TSV's free text, or the semicolons of a European CSV, do not mislead it).
 */
public final class TextFormats {
  /** Candidate delimiters, in the order that breaks ties. */
  static final char[] DELIMITERS = {',', '\t', ';', '|'};

  /** Records parsed per candidate delimiter. */
  private static final int SAMPLE_RECORDS = 50;

  private TextFormats() {}

  /** The format of a table whose first bytes are {@code head}. */
  public static TextFormat detect(byte[] head) {
    EncodingDetector.Encoding encoding = EncodingDetector.detect(head);
    String text = decodeLeniently(head, encoding);
    return new TextFormat(
        encoding.charset(), encoding.bomLength(), delimiter(text), encoding.evidence());
  }

  /** The head as text; a character cut at the end, or an unmappable byte, becomes U+FFFD. */
  static String decodeLeniently(byte[] head, EncodingDetector.Encoding encoding) {
    try {
      return encoding
          .charset()
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(head, encoding.bomLength(), head.length - encoding.bomLength()))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError("REPLACE never throws", e);
    }
  }

  /** The delimiter that splits the sample most consistently into the most fields. */
  static char delimiter(String text) {
    char best = ',';
    double bestScore = 0;
    for (char candidate : DELIMITERS) {
      double score = score(text, candidate);
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Share of sampled records with the header's field count, times the header's field count (0 when
   * the header has a single field). The last sampled record is left out: the head may cut it.
   */
  private static double score(String text, char delimiter) {
    int headerFields = 0;
    int records = 0;
    int consistent = 0;
    int previousCount = -1;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .fieldSeparator(delimiter)
            .allowUnclosedQuote(true)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(new StringReader(text))) {
      Iterator<CsvRecord> it = reader.iterator();
      for (int i = 0; i <= SAMPLE_RECORDS && it.hasNext(); i++) {
        int count = it.next().getFieldCount();
        if (i == 0) {
          headerFields = count;
          continue;
        }
        if (previousCount >= 0) {
          records++;
          if (previousCount == headerFields) {
            consistent++;
          }
        }
        previousCount = count;
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    if (headerFields < 2) {
      return 0;
    }
    if (records == 0) {
      // Only a header (or a header and one record): trust the header's split.
      return headerFields;
    }
    return headerFields * (double) consistent / records;
  }
}
