package org.devpay.sources;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which adapter reads a table, from its header decoded in each adapter's charset. Unknown
 * tables are skipped with a reason; a table two adapters both claim is an error in the registry.
 */
public final class FormatDetector {
  /** How much of a table is read to find its header: enough for very wide survey headers. */
  static final int HEAD_BYTES = 256 * 1024;

  private final AdapterRegistry registry;

  public FormatDetector(AdapterRegistry registry) {
    this.registry = requireNonNull(registry, "registry is null");
  }

  /** Detects the format of one table; never throws for unreadable content, it skips it. */
  public Detection detect(SourceTable table) {
    byte[] head;
    try (InputStream in = table.open()) {
      head = in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      return skipped(table, "cannot be read: " + e.getMessage());
    }
    if (head.length == 0) {
      return skipped(table, "empty file");
    }
    if (looksBinary(head)) {
      return skipped(table, "binary content, not a delimited text table");
    }
    // Most adapters share a charset: the head is decoded once per charset, not once per adapter.
    Map<Charset, Optional<TableHeader>> headers = new HashMap<>();
    List<SourceAdapter> matches = new ArrayList<>();
    for (SourceAdapter adapter : registry.adapters()) {
      Optional<TableHeader> header =
          headers.computeIfAbsent(
              adapter.charset(), charset -> header(table.fileName(), head, charset));
      if (header.isPresent() && adapter.recognises(header.get())) {
        matches.add(adapter);
      }
    }
    if (matches.size() > 1) {
      throw new IllegalStateException(
          "ambiguous format for "
              + table.displayName()
              + ": claimed by "
              + matches.stream().map(SourceAdapter::formatId).toList());
    }
    if (matches.isEmpty()) {
      return skipped(table, "no adapter recognises its header");
    }
    return new Detection(table, Optional.of(matches.get(0)), "");
  }

  private static Detection skipped(SourceTable table, String reason) {
    return new Detection(table, Optional.empty(), reason);
  }

  /** Decodes the first record of the head in a charset; empty if it does not decode cleanly. */
  static Optional<TableHeader> header(String fileName, byte[] head, Charset charset) {
    int offset = 0;
    Charset effective = charset;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      offset = 3;
      effective = StandardCharsets.UTF_8;
    }
    String text;
    try {
      text =
          effective
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(head, offset, trimToCharBoundary(head, offset, effective)))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            // Detection reads only the first record and must never fail on a record's length.
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(new StringReader(text))) {
      Iterator<CsvRecord> it = reader.iterator();
      if (!it.hasNext()) {
        return Optional.empty();
      }
      return Optional.of(new TableHeader(fileName, it.next().getFields()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Length to decode so that a multi-byte UTF-8 character cut at the end is not malformed. */
  private static int trimToCharBoundary(byte[] head, int offset, Charset charset) {
    int end = head.length;
    if (charset.equals(StandardCharsets.UTF_8) && head.length == HEAD_BYTES) {
      // Step back over continuation bytes and the lead byte of a possibly cut character.
      int i = end - 1;
      while (i > offset && (head[i] & 0xC0) == 0x80) {
        i--;
      }
      end = i;
    }
    return end - offset;
  }

  private static boolean looksBinary(byte[] head) {
    int n = Math.min(head.length, 8192);
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
