package org.devpay.sources.mapping;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree of maps, lists and scalars that keeps each scalar's text exactly as
 * written and the line it is on. A mapping file's {@code country: NO} is Norway, not YAML 1.1's
 * {@code false}, and every error names its line; Jackson's YAML parser reads the document, this
 * only keeps what its tree model would lose.
 */
final class YamlTree {
  private YamlTree() {}

  /** A value of the document. */
  sealed interface Node permits Scalar, MapNode, ListNode {
    /** The 1-based line the value starts on. */
    int line();
  }

  /**
   * A scalar as written (quotes removed).
   *
   * @param text the text; "" for an empty value
   * @param isNull whether YAML reads it as null ({@code ~}, {@code null} or nothing)
   * @param line its line
   */
  record Scalar(String text, boolean isNull, int line) implements Node {
    Scalar {
      requireNonNull(text, "text is null");
    }
  }

  /**
   * A mapping, in document order.
   *
   * @param entries each key with its value
   * @param keyLines each key's line
   * @param line the mapping's first line
   */
  record MapNode(Map<String, Node> entries, Map<String, Integer> keyLines, int line)
      implements Node {
    MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
    }
  }

  /** A sequence. */
  record ListNode(List<Node> items, int line) implements Node {
    ListNode {
      items = List.copyOf(items);
    }
  }

  /** A syntax error, a duplicate key or an empty document, with its line. */
  static final class SyntaxException extends Exception {
    private final int line;

    SyntaxException(String message, int line) {
      super(message);
      this.line = line;
    }

    /** The 1-based line, or 0 when unknown. */
    int line() {
      return line;
    }
  }

  /** Reads one document. */
  static Node parse(String text) throws SyntaxException {
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SyntaxException("the file is empty", 0);
      }
      return read(parser, first);
    } catch (IOException e) {
      int line =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                  && p.getLocation() != null
              ? p.getLocation().getLineNr()
              : 0;
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      // Jackson appends its own location; the line is reported separately.
      int at = message.indexOf("\n at [Source");
      throw new SyntaxException(
          "not valid YAML: " + (at >= 0 ? message.substring(0, at) : message).strip(), line);
    }
  }

  private static Node read(JsonParser parser, JsonToken token) throws IOException, SyntaxException {
    int line = parser.currentTokenLocation().getLineNr();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node> entries = new LinkedHashMap<>();
          Map<String, Integer> keyLines = new LinkedHashMap<>();
          for (JsonToken next = parser.nextToken();
              next != JsonToken.END_OBJECT;
              next = parser.nextToken()) {
            String key = parser.getText();
            int keyLine = parser.currentTokenLocation().getLineNr();
            if (entries.containsKey(key)) {
              throw new SyntaxException(
                  "'" + key + "' is given twice (first on line " + keyLines.get(key) + ")",
                  keyLine);
            }
            Node value = read(parser, parser.nextToken());
            entries.put(key, value);
            keyLines.put(key, keyLine);
          }
          return new MapNode(entries, keyLines, line);
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          for (JsonToken next = parser.nextToken();
              next != JsonToken.END_ARRAY;
              next = parser.nextToken()) {
            items.add(read(parser, next));
          }
          return new ListNode(items, line);
        }
      case VALUE_NULL:
        return new Scalar("", true, line);
      default:
        return new Scalar(parser.getText() == null ? "" : parser.getText(), false, line);
    }
  }
}
