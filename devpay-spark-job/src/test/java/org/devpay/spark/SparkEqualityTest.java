package org.devpay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.Comparison;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.ingest.IngestListener;
import org.devpay.ingest.Ingestor;
import org.devpay.ingest.StorePayData;
import org.devpay.report.AnswerDocument;
import org.devpay.report.ComparisonDocument;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.store.DevpayStore;
import org.devpay.store.ExportFormat;
import org.devpay.store.ExportRequest;
import org.devpay.testing.RealData;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark jobs in local mode ({@code local[2]}) against the embedded path on the same real files
 * (the IT Salary Survey EU, four editions): devpay's own ingest into a store, then core's answer
 * and comparison over it, exactly as {@code devpay answer} and {@code devpay compare} compute them.
 * Every figure must agree to 1e-9 and every bootstrap interval must be identical, over the files
 * and over the Parquet that devpay's export writes from that store.
 */
class SparkEqualityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double TOLERANCE = 1e-9;

  @TempDir static Path temp;
  static Path data;
  static JsonNode embeddedAnswer;
  static JsonNode embeddedComparison;
  static Path export;

  @BeforeAll
  static void embedded() {
    data = RealData.file("it-salary-survey-eu");
    try (DevpayStore store = ingest(data, "embedded.duckdb")) {
      AnswerSettings settings = AnswerSettings.defaults();
      PayData stored = LoadedPayData.of(new StorePayData(store));
      embeddedAnswer =
          AnswerDocument.render(new RolePayAnswer(settings).answerAll(stored), settings);
      Comparison comparison =
          Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
              .adjustingFor(Control.DEFAULTS)
              .withSettings(settings)
              .withDecomposition();
      embeddedComparison = ComparisonDocument.render(List.of(comparison.within(stored)), settings);
      export = temp.resolve("export");
      store.export(ExportRequest.everything(export, ExportFormat.PARQUET));
    }
  }

  @Test
  void theAnswerOverTheFilesIsTheEmbeddedAnswer() throws Exception {
    Run run = run("answer", "--data", data.toString(), "--master", "local[2]", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode spark = JSON.readTree(run.out());
    // Citations included: the same tables, hashes and row balances as the store's.
    Compared compared = assertSame(embeddedAnswer, spark, false);
    assertThat(compared.numbers).as("numbers compared").isGreaterThan(200);
    assertThat(compared.bootstrapBounds).as("bootstrap bounds compared").isGreaterThan(40);
    assertThat(spark.get("editions")).hasSize(4);
  }

  @Test
  void theComparisonOverTheFilesIsTheEmbeddedComparison() throws Exception {
    Run run =
        run(
            "compare",
            "--role",
            "backend",
            "--vs",
            "frontend",
            "--data",
            data.toString(),
            "--master",
            "local[2]",
            "--format",
            "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode spark = JSON.readTree(run.out());
    Compared compared = assertSame(embeddedComparison, spark, false);
    assertThat(compared.numbers).as("numbers compared").isGreaterThan(100);
    assertThat(compared.bootstrapBounds).as("bootstrap bounds compared").isGreaterThan(4);
    assertThat(spark.at("/comparisons/0/pooled/adjusted/log_premium").isNumber()).isTrue();
  }

  @Test
  void theAnswerAndTheComparisonOverTheExportedParquetAreTheEmbeddedOnes() throws Exception {
    Run answer =
        run("answer", "--parquet", export.toString(), "--master", "local[2]", "--format", "json");
    assertThat(answer.exit()).as(answer.err()).isZero();
    // An export keeps no format or file names: the figures are compared, not the citations.
    Compared figures = assertSame(embeddedAnswer, JSON.readTree(answer.out()), true);
    assertThat(figures.numbers).isGreaterThan(200);
    assertThat(figures.bootstrapBounds).isGreaterThan(40);
    Run compare =
        run(
            "compare",
            "--role",
            "backend",
            "--vs",
            "frontend",
            "--parquet",
            export.toString(),
            "--master",
            "local[2]",
            "--format",
            "json");
    assertThat(compare.exit()).as(compare.err()).isZero();
    assertThat(assertSame(embeddedComparison, JSON.readTree(compare.out()), true).numbers)
        .isGreaterThan(100);
  }

  /**
   * Copies of a table (the same bytes, the same text with CRLF line ends) and a table of rows that
   * are already in another one: the store skips the first two and refuses the rows of the third as
   * duplicates; the job must give the same edition, citing the same single table.
   */
  @Test
  void copiesAndRepeatedRowsGiveTheEmbeddedAnswer() throws Exception {
    Path original = data.resolve("IT Salary Survey EU 2018.csv");
    Path dir = java.nio.file.Files.createDirectories(temp.resolve("copies"));
    java.nio.file.Files.copy(original, dir.resolve("a-2018.csv"));
    java.nio.file.Files.copy(original, dir.resolve("b-same-bytes.csv"));
    String text = java.nio.file.Files.readString(original);
    java.nio.file.Files.writeString(dir.resolve("c-crlf.csv"), text.replace("\n", "\r\n"));
    List<String> lines = text.lines().toList();
    java.nio.file.Files.write(dir.resolve("d-repeated-rows.csv"), lines.subList(0, 60));
    Run run = oneTableAsEmbedded(dir, "copies.duckdb");
    assertThat(run.err()).contains("b-same-bytes.csv: same content as an earlier table");
  }

  /**
   * A workbook whose sheets are not in name order: the store refuses duplicates in the sheets'
   * order (here the whole table first, then a sheet of its first rows, all refused) but reads the
   * rows by sheet name, so the job cannot stream the edition in one order and gathers it; the
   * answer is still the store's.
   */
  @Test
  void aWorkbookOutOfNameOrderGivesTheEmbeddedAnswer() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder().ofCsvRecord(data.resolve("IT Salary Survey EU 2018.csv"))) {
      csv.forEach(r -> rows.add(r.getFields()));
    }
    Path dir = java.nio.file.Files.createDirectories(temp.resolve("workbook"));
    try (java.io.OutputStream out =
        java.nio.file.Files.newOutputStream(dir.resolve("survey.xlsx"))) {
      Workbook book = new Workbook(out, "devpay-test", "1.0");
      sheet(book.newWorksheet("b-whole"), rows);
      sheet(book.newWorksheet("a-first-rows"), rows.subList(0, 60));
      book.finish();
    }
    Run run = oneTableAsEmbedded(dir, "workbook.duckdb");
    // The table cited is the whole one: every row of the other was refused as a duplicate.
    assertThat(JSON.readTree(run.out()).at("/editions/0/sources/0/entry").asText())
        .isEqualTo("b-whole");
  }

  /**
   * The job's answer over a folder, which must be devpay's own answer over it (citations included):
   * one edition, citing one table.
   */
  private static Run oneTableAsEmbedded(Path dir, String storeName) throws Exception {
    JsonNode embedded = embeddedAnswer(dir, storeName);
    Run run = run("answer", "--data", dir.toString(), "--master", "local[2]", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode spark = JSON.readTree(run.out());
    assertThat(spark.get("editions")).hasSize(1);
    assertThat(spark.at("/editions/0/sources")).hasSize(1);
    assertThat(assertSame(embedded, spark, false).numbers).isGreaterThan(50);
    return run;
  }

  private static void sheet(Worksheet sheet, List<List<String>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        sheet.value(r, c, rows.get(r).get(c));
      }
    }
  }

  /** devpay's own ingest of a file or folder into a new store of that name, left open. */
  private static DevpayStore ingest(Path path, String storeName) {
    DevpayStore store = DevpayStore.open(temp.resolve(storeName));
    try {
      new Ingestor(
              store,
              new FormatDetector(AdapterRegistry.standard()),
              StandardNormalizer.fromResources())
          .ingestAll(List.of(path), IngestListener.NONE);
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** devpay's own ingest of a folder into a new store, and core's answer over it. */
  private static JsonNode embeddedAnswer(Path dir, String storeName) {
    try (DevpayStore store = ingest(dir, storeName)) {
      AnswerSettings settings = AnswerSettings.defaults();
      return AnswerDocument.render(
          new RolePayAnswer(settings).answerAll(LoadedPayData.of(new StorePayData(store))),
          settings);
    }
  }

  @Test
  void anUnreachableMasterIsAnEnvironmentErrorWithNoOutput() {
    Run run =
        run(
            "answer",
            "--data",
            data.toString(),
            "--master",
            "spark://127.0.0.1:1",
            "--format",
            "json");
    assertThat(run.exit()).isEqualTo(6);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .startsWith("devpay-spark: cannot reach the Spark master spark://127.0.0.1:1")
        .doesNotContain("\n");
  }

  @Test
  void aMissingDataPathIsMissingData() {
    Run run = run("answer", "--data", temp.resolve("absent").toString(), "--format", "json");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no such file or directory");
  }

  @Test
  void noInputOrBothInputsIsBadInput() {
    assertThat(run("answer").exit()).isEqualTo(2);
    Run both = run("answer", "--data", data.toString(), "--parquet", export.toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("exactly one of --data or --parquet");
  }

  /** One command line's exit code and output. */
  record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = SparkMain.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exit = line.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** The citation fields of an answer's edition, which an export does not carry. */
  private static final Set<String> CITATION_FIELDS =
      Set.of("title", "publisher", "licence", "pay", "sources", "row_filter");

  /** What a walk over two documents compared. */
  static final class Compared {
    int numbers;
    int bootstrapBounds;
  }

  /**
   * Walks both documents: every number within {@link #TOLERANCE} (relative to its size above 1),
   * every bootstrap interval bound identical (resampled with the same seed from the same cell),
   * every other value equal. With {@code figures}, the citation fields are left out.
   */
  private static Compared assertSame(JsonNode expected, JsonNode actual, boolean figures) {
    Compared compared = new Compared();
    walk(expected, actual, "$", false, figures, compared);
    return compared;
  }

  private static void walk(
      JsonNode expected,
      JsonNode actual,
      String path,
      boolean bootstrapped,
      boolean figures,
      Compared compared) {
    if (expected.isNumber()) {
      assertThat(actual.isNumber()).as(path + " is a number").isTrue();
      double e = expected.asDouble();
      double a = actual.asDouble();
      String field = path.substring(path.lastIndexOf('.') + 1);
      if (field.startsWith("median_ci_") || (bootstrapped && field.contains("ci_"))) {
        assertThat(a).as(path).isEqualTo(e);
        compared.bootstrapBounds++;
      } else {
        assertThat(Math.abs(a - e))
            .as(path + ": " + a + " vs " + e)
            .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(e)));
      }
      compared.numbers++;
      return;
    }
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(path + " is an object").isTrue();
      List<String> names = new ArrayList<>();
      expected.fieldNames().forEachRemaining(names::add);
      List<String> actualNames = new ArrayList<>();
      actual.fieldNames().forEachRemaining(actualNames::add);
      if (figures) {
        names.removeAll(CITATION_FIELDS);
        actualNames.removeAll(CITATION_FIELDS);
      }
      assertThat(actualNames).as(path + " fields").isEqualTo(names);
      boolean bootstrap =
          path.endsWith(".ratio_of_medians")
              || expected.path("interval_method").asText().startsWith("bootstrap");
      for (String name : names) {
        walk(expected.get(name), actual.get(name), path + "." + name, bootstrap, figures, compared);
      }
      return;
    }
    if (expected.isArray()) {
      assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      for (JsonNode e : expected) {
        walk(e, a.next(), path + "[" + i++ + "]", bootstrapped, figures, compared);
      }
      return;
    }
    assertThat(actual).as(path).isEqualTo(expected);
  }
}
