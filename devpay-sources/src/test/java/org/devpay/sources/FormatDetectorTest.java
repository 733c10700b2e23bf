package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection decodes a table's head once per charset and hands every adapter its decoding. */
class FormatDetectorTest {
  @TempDir Path directory;

  @Test
  void adaptersOfOneCharsetSeeOneDecodingAndEachCharsetItsOwn() throws IOException {
    // "Ціна" in Windows-1251 bytes: a UTF-8 decoder refuses them, Windows-1251 reads them.
    SourceTable table =
        TestTables.write(directory, "t.csv", "Ціна,b\n1,2\n", Charset.forName("windows-1251"));
    Recording firstUtf8 = new Recording("a", StandardCharsets.UTF_8, h -> false);
    Recording secondUtf8 = new Recording("b", StandardCharsets.UTF_8, h -> false);
    Recording cyrillic =
        new Recording("c", Charset.forName("windows-1251"), h -> h.columns().contains("Ціна"));

    Detection detection =
        new FormatDetector(new AdapterRegistry(List.of(firstUtf8, secondUtf8, cyrillic)))
            .detect(table);

    assertThat(detection.adapter()).containsSame(cyrillic);
    // The UTF-8 decoding failed, so neither UTF-8 adapter was asked; the 1251 one was, once.
    assertThat(firstUtf8.seen).isEmpty();
    assertThat(secondUtf8.seen).isEmpty();
    assertThat(cyrillic.seen)
        .singleElement()
        .satisfies(h -> assertThat(h.fileName()).isEqualTo("t.csv"));
  }

  @Test
  void twoAdaptersOfTheSameCharsetAreGivenTheSameHeader() throws IOException {
    SourceTable table = TestTables.write(directory, "t.csv", "a,b\n1,2\n", StandardCharsets.UTF_8);
    Recording first = new Recording("a", StandardCharsets.UTF_8, h -> false);
    Recording second = new Recording("b", StandardCharsets.UTF_8, h -> h.columns().contains("b"));

    Detection detection =
        new FormatDetector(new AdapterRegistry(List.of(first, second))).detect(table);

    assertThat(detection.adapter()).containsSame(second);
    assertThat(first.seen).singleElement().isSameAs(second.seen.get(0));
    assertThat(second.seen.get(0).columns()).containsExactly("a", "b");
  }

  /** An adapter that only records the headers detection shows it. */
  private static final class Recording implements SourceAdapter {
    private final String id;
    private final Charset charset;
    private final Predicate<TableHeader> claims;
    final List<TableHeader> seen = new ArrayList<>();

    Recording(String id, Charset charset, Predicate<TableHeader> claims) {
      this.id = id;
      this.charset = charset;
      this.claims = claims;
    }

    @Override
    public String datasetId() {
      return "test";
    }

    @Override
    public String formatId() {
      return "test/" + id;
    }

    @Override
    public Charset charset() {
      return charset;
    }

    @Override
    public boolean recognises(TableHeader header) {
      seen.add(header);
      return claims.test(header);
    }

    @Override
    public void read(SourceTable table, RowSink sink) {
      throw new UnsupportedOperationException("detection only");
    }
  }
}
