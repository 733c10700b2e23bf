package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detection reads a table's first records once, in the encoding and delimiter it detects, shows
 * every adapter the same header, and names the closest formats of a table none recognises.
 */
class FormatDetectorTest {
  @TempDir Path directory;

  @Test
  void aWindows1251TableIsDecodedBeforeAnyAdapterSeesIt() throws IOException {
    SourceTable table =
        TestTables.write(
            directory,
            "t.csv",
            "Зарплата в месяц,Город\n1000,Киев\n2000,Львов\n",
            Charset.forName("windows-1251"));
    Recording cyrillic = new Recording("c", List.of("Зарплата в месяц", "Город"));

    Detection detection = new FormatDetector(new AdapterRegistry(List.of(cyrillic))).detect(table);

    assertThat(detection.adapter()).containsSame(cyrillic);
    assertThat(detection.readable().orElseThrow().textFormat().orElseThrow().charset().name())
        .isEqualTo("windows-1251");
    assertThat(cyrillic.seen.get(0).following())
        .containsExactly(List.of("1000", "Киев"), List.of("2000", "Львов"));
  }

  @Test
  void everyAdapterIsShownTheSameHeaderOnce() throws IOException {
    SourceTable table =
        TestTables.write(directory, "t.tsv", "a\tb\n1\t2\n", StandardCharsets.UTF_8);
    Recording first = new Recording("a", List.of("x"));
    Recording second = new Recording("b", List.of("a", "b"));

    Detection detection =
        new FormatDetector(new AdapterRegistry(List.of(first, second))).detect(table);

    assertThat(detection.adapter()).containsSame(second);
    assertThat(first.seen).singleElement().isSameAs(second.seen.get(0));
    assertThat(second.seen.get(0).columns()).containsExactly("a", "b");
  }

  @Test
  void aTableNoAdapterRecognisesNamesTheClosestFormatsAndWhatTheyLack() throws IOException {
    SourceTable table =
        TestTables.write(directory, "t.csv", "salary,city,title\n1,2,3\n", StandardCharsets.UTF_8);
    Recording near = new Recording("near", List.of("salary", "city", "position"));
    Recording far = new Recording("far", List.of("salary", "country", "role", "years"));
    Recording unrelated = new Recording("none", List.of("x", "y"));

    Detection detection =
        new FormatDetector(new AdapterRegistry(List.of(far, unrelated, near))).detect(table);

    assertThat(detection.recognised()).isFalse();
    assertThat(detection.skipReason()).isEqualTo("no adapter recognises its header");
    assertThat(detection.closest())
        .extracting(HeaderMatch::formatId, HeaderMatch::missing)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("test/near", List.of("position")),
            org.assertj.core.groups.Tuple.tuple("test/far", List.of("country", "role", "years")));
    assertThat(detection.looksLikeData()).isTrue();
  }

  @Test
  void binaryAndEmptyFilesAreSkippedBeforeDecoding() throws IOException {
    Path png = directory.resolve("chart.png");
    Files.write(
        png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
    Path empty = Files.createFile(directory.resolve("empty.csv"));
    FormatDetector detector = new FormatDetector(new AdapterRegistry(List.of()));

    Detection binary = detector.detect(SourceTables.tablesIn(png).get(0));
    Detection nothing = detector.detect(SourceTables.tablesIn(empty).get(0));

    assertThat(binary.skipReason()).contains("binary content");
    assertThat(nothing.skipReason()).isEqualTo("empty file");
    assertThat(binary.looksLikeData()).isFalse();
  }

  @Test
  void anUnknownTableWhoseHeaderSpeaksOfPayIsDataNotAReferenceTable() throws IOException {
    FormatDetector detector = new FormatDetector(new AdapterRegistry(List.of()));
    Detection norwegian =
        detector.detect(
            TestTables.write(
                directory,
                "lonn.csv",
                "Stilling;Månedslønn;By\nUtvikler;55000;Oslo\n",
                StandardCharsets.UTF_8));
    Detection rates =
        detector.detect(
            TestTables.write(
                directory,
                "rates.csv",
                "Date,USD,JPY\n2024-01-02,1.1,155\n",
                StandardCharsets.UTF_8));
    Detection markdown =
        detector.detect(
            TestTables.write(
                directory,
                "SOURCE.md",
                "# Salary survey, 2024\n- **Repository:** somewhere, commit abc\n",
                StandardCharsets.UTF_8));

    assertThat(norwegian.kind()).isEqualTo(Detection.Kind.UNKNOWN_DATA);
    assertThat(norwegian.looksLikeData()).isTrue();
    assertThat(rates.kind()).isEqualTo(Detection.Kind.NOT_DATA);
    assertThat(rates.skipReason())
        .isEqualTo("not a table of pay: no column names pay and no known format is near");
    assertThat(markdown.kind()).isEqualTo(Detection.Kind.NOT_DATA);
  }

  @Test
  void publishedMediansAreATableOfAggregates() throws IOException {
    FormatDetector detector = new FormatDetector(new AdapterRegistry(List.of()));
    Detection stackOverflow =
        detector.detect(
            TestTables.write(
                directory,
                "medians.csv",
                "survey_year,scope,json_dataset,dev_type,n_respondents,median_yearly_comp_usd\n"
                    + "2024,All,x,\"Developer, back-end\",100,80000\n",
                StandardCharsets.UTF_8));
    Detection other =
        detector.detect(
            TestTables.write(
                directory,
                "by-city.csv",
                "city,n,median salary\nOslo,120,650000\n",
                StandardCharsets.UTF_8));

    assertThat(stackOverflow.kind()).isEqualTo(Detection.Kind.AGGREGATES);
    assertThat(stackOverflow.skipReason())
        .startsWith("Stack Overflow's published salary medians by developer type");
    assertThat(other.kind()).isEqualTo(Detection.Kind.AGGREGATES);
    assertThat(other.skipReason()).startsWith("a table of aggregates");
  }

  @Test
  void twoAdaptersClaimingOneHeaderIsARegistryError() throws IOException {
    SourceTable table = TestTables.write(directory, "t.csv", "a,b\n1,2\n", StandardCharsets.UTF_8);
    FormatDetector detector =
        new FormatDetector(
            new AdapterRegistry(
                List.of(new Recording("one", List.of("a")), new Recording("two", List.of("b")))));

    assertThatThrownBy(() -> detector.detect(table))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ambiguous format")
        .hasMessageContaining("[test/one, test/two]");
  }

  /** An adapter that needs some columns and records the headers detection shows it. */
  private static final class Recording implements SourceAdapter {
    private final String id;
    private final List<String> needs;
    final List<TableHeader> seen = new ArrayList<>();

    Recording(String id, List<String> needs) {
      this.id = id;
      this.needs = needs;
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
    public HeaderMatch match(TableHeader header) {
      seen.add(header);
      return HeaderMatch.requiring(formatId(), header.columns()::contains, needs);
    }

    @Override
    public void read(ReadableTable table, RowSink sink) {
      throw new UnsupportedOperationException("detection only");
    }
  }
}
