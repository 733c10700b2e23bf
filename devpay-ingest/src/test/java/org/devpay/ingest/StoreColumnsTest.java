package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.devpay.core.data.EditionColumns;
import org.devpay.core.data.EditionKey;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Profession;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.synth.SynthFormat;
import org.devpay.sources.synth.SyntheticSurvey;
import org.devpay.store.DevpayStore;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An edition's columns read in bulk from the store ({@link DevpayStore#columns}) are exactly the
 * columns of its records ({@code EditionColumns.of(key, records)}): the same values, dictionaries
 * and row order, on every edition of the real data, on a synthetic survey, and on a location whose
 * file was changed and ingested again (rows with the same row number under two content hashes). A
 * stored enum value this devpay does not know fails both reads alike. Several editions read
 * together ({@link DevpayStore#columns(List)}, {@link StorePayData#forEachColumns}) are each the
 * same as read alone, and the store's editions are read together in groups of bounded rows.
 */
class StoreColumnsTest {
  private static final String EU_2019 = "it-salary-survey-eu/IT Salary Survey EU 2019.csv";

  @TempDir Path dir;

  @Test
  void everyEditionOfTheRealDataReadsAsTheColumnsOfItsRecords() {
    Path data = RealData.dir();
    try (DevpayStore store = DevpayStore.open(dir.resolve("real.duckdb"))) {
      IngestRun run = ingestor(store).ingestAll(List.of(data), IngestListener.NONE);
      assertThat(run.rowsAccepted()).isPositive();
      StorePayData payData = new StorePayData(store);
      List<EditionKey> editions = payData.editions();
      // Every dataset folder with respondent data gives at least one edition.
      assertThat(editions).hasSizeGreaterThan(10);

      long rows = 0;
      boolean sawRange = false;
      boolean sawDeveloper = false;
      boolean sawYearsAbsent = false;
      for (EditionKey key : editions) {
        List<PayRecord> records = store.records(key.datasetId(), key.edition());
        EditionColumns columns = payData.columns(key);

        assertSameColumns(columns, EditionColumns.of(key, records));
        rows += columns.size();
        for (int row = 0; row < columns.size(); row++) {
          sawRange |= columns.hasRange(row);
          sawDeveloper |= columns.profession(row) == Profession.DEVELOPER;
          sawYearsAbsent |= Double.isNaN(columns.yearsExperience(row));
        }
      }
      assertThat(rows).isEqualTo(run.rowsAccepted());

      // Read in bulk (the real data are under a million rows: two queries for all editions,
      // their dictionaries shared), each edition is the same again; so it is in reverse order,
      // with an edition the store does not hold between two it holds, and with an edition asked
      // twice.
      List<EditionColumns> together = new ArrayList<>();
      payData.forEachColumns(editions, together::add);
      assertThat(together).hasSameSizeAs(editions);
      for (int i = 0; i < editions.size(); i++) {
        EditionKey key = editions.get(i);
        assertThat(together.get(i).key()).isEqualTo(key);
        assertSameColumns(
            together.get(i), EditionColumns.of(key, store.records(key.datasetId(), key.edition())));
      }
      EditionKey unknown = new EditionKey("no-such-dataset", "1999");
      EditionKey first = editions.get(0);
      EditionKey last = editions.get(editions.size() - 1);
      List<EditionKey> asked = List.of(last, unknown, first, last);
      List<EditionColumns> mixed = store.columns(asked);
      assertThat(mixed).extracting(EditionColumns::key).containsExactlyElementsOf(asked);
      assertThat(mixed.get(0)).isEqualTo(together.get(editions.size() - 1));
      assertThat(mixed.get(1).size()).isZero();
      assertThat(mixed.get(2)).isEqualTo(together.get(0));
      assertThat(mixed.get(3)).isEqualTo(together.get(editions.size() - 1));
      assertThat(store.columns(List.of())).isEmpty();
      // Cut into groups of at most 30,000 rows (several editions in some, one alone in others,
      // levels.fyi's 62,642 rows over the bound), the editions come back the same, in order.
      List<EditionColumns> grouped = new ArrayList<>();
      payData.forEachColumns(editions, grouped::add, 30_000);
      assertThat(StorePayData.groups(editions, store.editionSizes(), 30_000))
          .hasSizeBetween(3, editions.size() - 1);
      assertThat(grouped).containsExactlyElementsOf(together);
      // The real data exercise the decoding of ranges, the profession and absent years.
      assertThat(sawRange).isTrue();
      assertThat(sawDeveloper).isTrue();
      assertThat(sawYearsAbsent).isTrue();
    }
  }

  @Test
  void aSyntheticEditionOfOverTwentyThousandRowsReadsAsTheColumnsOfItsRecords() throws IOException {
    SyntheticSurvey.Written written =
        SyntheticSurvey.write(
            dir.resolve("synth"), SynthFormat.SO_2024, 21_000, SyntheticSurvey.DEFAULT_SEED);
    try (DevpayStore store = DevpayStore.open(dir.resolve("synth.duckdb"))) {
      IngestRun run = ingestor(store).ingestAll(List.of(written.file()), IngestListener.NONE);
      assertThat(run.rowsAccepted()).isGreaterThanOrEqualTo(20_000);
      StorePayData payData = new StorePayData(store);
      List<EditionKey> editions = payData.editions();
      assertThat(editions).hasSize(1);
      EditionKey key = editions.get(0);

      EditionColumns columns = payData.columns(key);

      assertThat(columns.size()).isEqualTo(run.rowsAccepted());
      assertSameColumns(
          columns, EditionColumns.of(key, store.records(key.datasetId(), key.edition())));
      assertThat(columns.skills().distinct()).isGreaterThan(1);
      assertThat(columns.country().distinct()).isGreaterThan(1);
    }
  }

  /**
   * EU 2019 (whose respondent keys are row numbers, not published ids) ingested, then changed at
   * the same location (the pay of every tenth row raised by one euro) and ingested again: the
   * changed rows are stored a second time under the new content hash with the same row numbers, so
   * the location holds ties on row number. A copy of the changed file at another location adds no
   * row (its content is already stored), and a third file changes further rows at another path.
   */
  @Test
  void aLocationIngestedTwiceHoldsTiesOnRowNumberAndReadsInTheSameOrderBothWays()
      throws IOException, SQLException {
    byte[] original = Files.readAllBytes(RealData.file(EU_2019));
    List<String> lines = lines(original);
    Path location = dir.resolve("in/eu-2019.csv");
    Path storeFile = dir.resolve("ties.duckdb");
    EditionColumns columns;
    try (DevpayStore store = DevpayStore.open(storeFile)) {
      Files.createDirectories(location.getParent());
      Files.write(location, original);
      assertThat(ingestOne(store, location).outcome()).isEqualTo(IngestOutcome.INGESTED);

      Files.writeString(location, String.join("\n", raisePay(lines, 10)) + "\n");
      IngestReport changed = ingestOne(store, location);
      assertThat(changed.outcome()).isEqualTo(IngestOutcome.INGESTED);
      assertThat(changed.rows().accepted()).isBetween(50L, 110L);

      Path copy = Files.copy(location, dir.resolve("in/copy-of-eu-2019.csv"));
      assertThat(ingestOne(store, copy).outcome()).isEqualTo(IngestOutcome.ALREADY_INGESTED);
      Path other = dir.resolve("in/a-third-eu-2019.csv");
      Files.writeString(other, String.join("\n", raisePay(lines, 7)) + "\n");
      assertThat(ingestOne(store, other).rows().accepted()).isPositive();

      List<PayRecord> records = store.records("it-salary-survey-eu", "2019");
      columns = store.columns("it-salary-survey-eu", "2019");

      assertSameColumns(
          columns, EditionColumns.of(new EditionKey("it-salary-survey-eu", "2019"), records));
    }
    // The store does hold ties, and both reads break them by content hash: the pay of the rows in
    // DuckDB's own ORDER BY (location, row number, content hash) is the columns' pay, row by row.
    List<Double> expected = new ArrayList<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + storeFile);
        Statement statement = duckdb.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT count(*) FROM (SELECT f.path, f.entry_name, p.row_number FROM pay_record p"
                  + " JOIN source_file f USING (content_sha256)"
                  + " GROUP BY ALL HAVING count(*) > 1)")) {
        rs.next();
        assertThat(rs.getLong(1)).as("row numbers held twice at one location").isGreaterThan(50);
      }
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT p.annual_local FROM pay_record p JOIN source_file f USING (content_sha256)"
                  + " ORDER BY f.path, f.entry_name, p.row_number, p.content_sha256")) {
        while (rs.next()) {
          expected.add(rs.getDouble(1));
        }
      }
    }
    List<Double> read = new ArrayList<>();
    for (int row = 0; row < columns.size(); row++) {
      read.add(columns.annualLocal(row));
    }
    assertThat(read).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "role, astronaut",
    "seniority, overlord",
    "employment, GIG",
    "pay_period, FORTNIGHT",
    "tax_basis, AFTER_BONUS",
    "pay_scope, EQUITY_ONLY"
  })
  void anUnknownEnumValueInTheStoreFailsTheColumnsAsItFailsTheRecords(String column, String value)
      throws IOException, SQLException {
    Path storeFile = dir.resolve("unknown.duckdb");
    try (DevpayStore store = DevpayStore.open(storeFile)) {
      ingestOne(store, Files.write(dir.resolve("eu-2019.csv"), read(EU_2019)));
    }
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + storeFile);
        PreparedStatement update =
            duckdb.prepareStatement(
                "UPDATE pay_record SET " + column + " = ? WHERE row_number = 500")) {
      update.setString(1, value);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
    try (DevpayStore store = DevpayStore.openReadOnly(storeFile)) {
      Throwable recordsFailure = catchThrowable(() -> store.records("it-salary-survey-eu", "2019"));
      assertThat(recordsFailure).isNotNull();

      assertThatThrownBy(() -> store.columns("it-salary-survey-eu", "2019"))
          .isExactlyInstanceOf(recordsFailure.getClass())
          .hasMessage(recordsFailure.getMessage())
          .hasMessageContaining(value);
    }
  }

  /**
   * The profession lives in the attributes map: "yes" and "no" are a developer or not, and an
   * absent key or any other text is not recorded, in the columns as in the records.
   */
  @Test
  void aStoredProfessionIsDecodedAsTheRecordReadDecodesIt() throws IOException, SQLException {
    Path storeFile = dir.resolve("profession.duckdb");
    try (DevpayStore store = DevpayStore.open(storeFile)) {
      ingestOne(store, Files.write(dir.resolve("eu-2019.csv"), read(EU_2019)));
    }
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + storeFile);
        Statement statement = duckdb.createStatement()) {
      for (String[] stored : new String[][] {{"10", "yes"}, {"20", "no"}, {"30", "maybe"}}) {
        assertThat(
                statement.executeUpdate(
                    "UPDATE pay_record SET attributes = map_concat(attributes,"
                        + " MAP {'developer_by_profession': '"
                        + stored[1]
                        + "'}) WHERE row_number = "
                        + stored[0]))
            .isEqualTo(1);
      }
    }
    try (DevpayStore store = DevpayStore.openReadOnly(storeFile)) {
      List<PayRecord> records = store.records("it-salary-survey-eu", "2019");
      EditionColumns columns = store.columns("it-salary-survey-eu", "2019");

      assertSameColumns(
          columns, EditionColumns.of(new EditionKey("it-salary-survey-eu", "2019"), records));
      List<Profession> professions = new ArrayList<>();
      for (int row = 0; row < columns.size(); row++) {
        professions.add(columns.profession(row));
      }
      assertThat(professions)
          .containsOnly(Profession.DEVELOPER, Profession.NOT_DEVELOPER, Profession.NOT_RECORDED)
          .containsOnlyOnce(Profession.DEVELOPER, Profession.NOT_DEVELOPER);
    }
  }

  @Test
  void editionsAreReadTogetherInGroupsOfAtMostTheBoundedRows() {
    EditionKey a = new EditionKey("a", "1");
    EditionKey b = new EditionKey("b", "1");
    EditionKey c = new EditionKey("c", "1");
    EditionKey d = new EditionKey("d", "1");
    EditionKey unknown = new EditionKey("none", "1999");
    java.util.Map<EditionKey, Long> sizes = java.util.Map.of(a, 400L, b, 500L, c, 1_500L, d, 50L);

    assertThat(StorePayData.groups(List.of(a, b, unknown, c, d), sizes, 1_000))
        .containsExactly(List.of(a, b, unknown), List.of(c), List.of(d));
    assertThat(StorePayData.groups(List.of(d, a, b), sizes, 1_000))
        .containsExactly(List.of(d, a, b));
    assertThat(StorePayData.groups(List.of(d, a, b), sizes, 899))
        .containsExactly(List.of(d, a), List.of(b));
    assertThat(StorePayData.groups(List.of(c, c), sizes, 1_000))
        .containsExactly(List.of(c), List.of(c));
    assertThat(StorePayData.groups(List.of(), sizes, 1_000)).isEmpty();
  }

  @Test
  void anUnknownEditionHasNoColumns() {
    try (DevpayStore store = DevpayStore.open(dir.resolve("empty.duckdb"))) {
      EditionColumns columns = store.columns("no-such-dataset", "1999");

      assertThat(columns.size()).isZero();
      assertThat(columns.key()).isEqualTo(new EditionKey("no-such-dataset", "1999"));
      List<EditionKey> unknown =
          List.of(new EditionKey("no-such-dataset", "1999"), new EditionKey("another", "2000"));
      assertThat(store.columns(unknown))
          .extracting(EditionColumns::key, EditionColumns::size)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(unknown.get(0), 0),
              org.assertj.core.groups.Tuple.tuple(unknown.get(1), 0));
    }
  }

  /**
   * The columns are equal (every column and dictionary); when they are not, the first row whose
   * values differ is named, which equals alone would not say.
   */
  private static void assertSameColumns(EditionColumns actual, EditionColumns expected) {
    assertThat(actual.size()).as(expected.key() + " rows").isEqualTo(expected.size());
    for (int row = 0; row < expected.size(); row++) {
      assertThat(describe(actual, row))
          .as(expected.key() + " row " + row)
          .isEqualTo(describe(expected, row));
    }
    assertThat(actual).as(expected.key() + " codes and dictionaries").isEqualTo(expected);
  }

  /** A row's values, decoded, as text. */
  private static String describe(EditionColumns c, int row) {
    return List.of(
            c.year(row),
            c.role(row),
            c.seniority(row),
            c.yearsExperience(row),
            c.employment(row),
            c.profession(row),
            decode(c.country(), row),
            decode(c.metro(), row),
            decode(c.industries(), row),
            decode(c.skills(), row),
            decode(c.currency(), row),
            c.period(row),
            c.basis(row),
            c.scope(row),
            c.rangeLower(row),
            c.rangeUpper(row),
            c.annualLocal(row),
            c.annualUsd(row),
            c.weight(row))
        .toString();
  }

  private static String decode(EditionColumns.Coded column, int row) {
    int code = column.code(row);
    return code < 0 ? "-" : column.value(code);
  }

  private static List<String> decode(EditionColumns.MultiCoded column, int row) {
    List<String> values = new ArrayList<>();
    for (int p = column.from(row); p < column.to(row); p++) {
      values.add(column.value(column.codeAt(p)));
    }
    return values;
  }

  /** EU 2019 with the pay of every {@code step}-th data row raised by one euro. */
  private static List<String> raisePay(List<String> lines, int step) {
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    int pay = header.indexOf("Yearly brutto salary (without bonus and stocks)");
    assertThat(pay).as("the pay column of EU 2019").isNotNegative();
    List<String> changed = new ArrayList<>(lines);
    for (int i = step; i < lines.size(); i += step) {
      String[] fields = lines.get(i).split(",", -1);
      if (fields.length != header.size() || !fields[pay].matches("[0-9]{1,9}")) {
        continue; // a quoted field with commas, or no plain amount: left as it was
      }
      fields[pay] = String.valueOf(Long.parseLong(fields[pay]) + 1);
      changed.set(i, String.join(",", fields));
    }
    return changed;
  }

  private static IngestReport ingestOne(DevpayStore store, Path file) {
    return ingestor(store).ingestAll(List.of(file), IngestListener.NONE).reports().get(0);
  }

  private static Ingestor ingestor(DevpayStore store) {
    return new Ingestor(
        store, new FormatDetector(AdapterRegistry.standard()), StandardNormalizer.fromResources());
  }

  private static byte[] read(String relative) throws IOException {
    return Files.readAllBytes(RealData.file(relative));
  }

  private static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    return new ArrayList<>(Arrays.asList(text.split("\n")));
  }
}
