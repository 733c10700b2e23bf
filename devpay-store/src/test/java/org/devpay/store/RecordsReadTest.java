package org.devpay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Random;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coded record read ({@link RecordsRead}, behind {@link DevpayStore#records(String)}) returns
 * exactly the records of the reference read ({@link ReferenceRecordRead}: the read as it was, every
 * cell as text, sorted by SQL), in the same order: on generated records over editions whose order
 * differs between UTF-16 and code points, files at one location under two content hashes (ties on
 * row number) and copies of rows; on stored maps and rows the writer does not make (unsorted keys,
 * NULL values, an unrecorded profession); and on the text of real survey files. An unknown stored
 * enum text fails both reads alike, and a database failure is the store's read error.
 */
class RecordsReadTest {
  private static final String DATASET = "records-read";

  /**
   * Editions in code point order, which DuckDB's byte order of UTF-8 follows: U+FFFD comes before
   * U+1F600, which UTF-16 (String.compareTo) puts first as its surrogates start at U+D83D.
   */
  private static final List<String> EDITIONS =
      List.of("2019", "2019-06", "2019\uFFFD", "2019\uD83D\uDE00", "2020 é");

  @TempDir Path dir;

  @Test
  void generatedRecordsReadAsTheReferenceReadsThemInTheStoreOrder() throws SQLException {
    Path file = dir.resolve("generated.duckdb");
    Random random = new Random(20_250_601L);
    Generator generator = new Generator(random);
    // Two tables at one location (path and entry) under two content hashes, the second written
    // first: their rows tie on row number, and the tie is broken by content hash. Two entries of
    // one container, whose order is the entries'. A table copying rows of another.
    List<TableSource> sources =
        List.of(
            source("c1", "/data/b.csv", "b.csv"),
            source("a0", "/data/b.csv", "b.csv"),
            source("b2", "/data/a.zip", "y.csv"),
            source("b1", "/data/a.zip", "x.csv"),
            source("d9", "/data/c.csv", "c.csv"));
    List<Written> written = new ArrayList<>();
    try (DevpayStore store = DevpayStore.open(file)) {
      List<PayRecord> copied = new ArrayList<>();
      for (TableSource source : sources) {
        int rows = 400 + random.nextInt(400);
        List<Long> rowNumbers = new ArrayList<>();
        for (long row = 1; row <= rows; row++) {
          rowNumbers.add(row);
        }
        Collections.shuffle(rowNumbers, random);
        List<PayRecord> records = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
          boolean copy = source.contentSha256().equals("d9") && i < copied.size();
          records.add(copy ? copied.get(i) : generator.record(DATASET));
        }
        copied = records;
        // The first 100 rows appended, the rest in chunks of some 4,000 characters: a table is
        // loaded in dozens of inserts.
        write(store, source, rowNumbers, records, written, 100, 4_096);
      }
      // A row longer than the spill takes, loaded through the appender instead.
      write(
          store,
          source("f0", "/data/long.csv", "long.csv"),
          List.of(1L, 2L),
          List.of(
              generator.record(
                  DATASET,
                  EDITIONS.get(1),
                  Map.of("essay", "x".repeat(RecordSpill.MAX_LINE_CHARS))),
              generator.record(DATASET, EDITIONS.get(1))),
          written);
      // Another dataset, which no read of this one sees.
      write(
          store,
          source("e0", "/data/other.csv", "other.csv"),
          List.of(1L, 2L),
          List.of(generator.record("other-dataset"), generator.record("other-dataset")),
          new ArrayList<>());

      // The read-write store reads alike.
      assertSameRecords(store.records(DATASET), expected(written, null));
    }
    assertThat(written).hasSizeGreaterThan(2_000);
    written.sort(STORE_ORDER);
    List<PayRecord> inOrder = written.stream().map(Written::record).toList();

    assertThat(reference(file, DATASET, null)).isEqualTo(inOrder);
    try (DevpayStore store = DevpayStore.openReadOnly(file)) {
      assertSameRecords(store.records(DATASET), inOrder);
      for (String edition : EDITIONS) {
        List<PayRecord> expected = expected(written, edition);
        assertThat(expected).isNotEmpty();
        assertSameRecords(store.records(DATASET, edition), expected);
        assertThat(reference(file, DATASET, edition)).isEqualTo(expected);
      }
      assertThat(store.records("other-dataset")).hasSize(2);
      assertThat(store.records("no-such-dataset")).isEmpty();
      assertThat(store.records(DATASET, "1999")).isEmpty();
      // A second read on the same connection makes its temporary types again.
      assertSameRecords(
          store.records(DATASET, EDITIONS.get(0)), expected(written, EDITIONS.get(0)));
    }
  }

  /**
   * Rows the writer does not make, changed in SQL: attribute keys out of order, a NULL value, the
   * same values under other keys, an empty map, a profession that is neither yes nor no, selected
   * role labels with blanks, an empty key, a range label without a lower bound, empty lists and
   * strings.
   */
  @Test
  void storedRowsTheWriterDoesNotMakeReadAsTheReferenceReadsThem() throws SQLException {
    Path file = dir.resolve("changed.duckdb");
    Generator generator = new Generator(new Random(7));
    try (DevpayStore store = DevpayStore.open(file)) {
      List<Long> rows = new ArrayList<>();
      List<PayRecord> records = new ArrayList<>();
      for (long row = 1; row <= 40; row++) {
        rows.add(row);
        // One edition, so that the records come in row order.
        records.add(generator.record(DATASET, "2019"));
      }
      write(store, source("f1", "/data/f.csv", "f.csv"), rows, records, new ArrayList<>());
    }
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement statement = duckdb.createStatement()) {
      String[] changes = {
        "attributes = MAP {'b': 'x', 'a': NULL, 'c': 'x'}",
        "attributes = MAP {'developer_by_profession': 'maybe', 'all_role_labels': ' ; a;;b ; '}",
        "attributes = MAP {}",
        "attributes = MAP {'z': '', '': 'empty key', 'developer_by_profession': 'no'}",
        "attributes = MAP {'developer_by_profession': 'yes', 'all_role_labels': 'x; y'}",
        "attributes = MAP {'b': 'x', 'a': NULL, 'c': 'x'}",
        "range_lower = 5, range_upper = NULL, range_label = 'an open bin'",
        "industries = [], skills = ['', 'x', 'x'], role_label = '', city = ''",
        "country = NULL, city = NULL, metro = NULL, years_experience = NULL",
        "attributes = MAP {'a': NULL, 'b': 'x', 'c': 'x'}",
        "attributes = MAP {'a': 'same'}",
        "attributes = MAP {'b': 'same'}",
      };
      for (int i = 0; i < changes.length; i++) {
        assertThat(
                statement.executeUpdate(
                    "UPDATE pay_record SET " + changes[i] + " WHERE row_number = " + (i + 1)))
            .isEqualTo(1);
      }
    }
    List<PayRecord> expected = reference(file, DATASET, null);
    assertThat(expected.get(0).attributes()).containsEntry("a", null).hasSize(3);
    assertThat(expected.get(1).profession()).isEqualTo(Profession.NOT_RECORDED);
    assertThat(expected.get(1).selectedRoleLabels()).containsExactly("a", "b");
    assertThat(expected.get(6).published().range()).isPresent();
    try (DevpayStore store = DevpayStore.openReadOnly(file)) {
      assertSameRecords(store.records(DATASET), expected);
    }
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
  void anUnknownEnumTextInTheStoreFailsAsTheReferenceReadFails(String column, String value)
      throws SQLException {
    Path file = dir.resolve("unknown.duckdb");
    Generator generator = new Generator(new Random(11));
    try (DevpayStore store = DevpayStore.open(file)) {
      write(
          store,
          source("u1", "/data/u.csv", "u.csv"),
          List.of(1L, 2L, 3L),
          List.of(generator.record(DATASET), generator.record(DATASET), generator.record(DATASET)),
          new ArrayList<>());
    }
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + file);
        PreparedStatement update =
            duckdb.prepareStatement(
                "UPDATE pay_record SET " + column + " = ? WHERE row_number = 2")) {
      update.setString(1, value);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
    Throwable referenceFailure = catchThrowable(() -> reference(file, DATASET, null));
    assertThat(referenceFailure).isNotNull();

    try (DevpayStore store = DevpayStore.openReadOnly(file)) {
      assertThatThrownBy(() -> store.records(DATASET))
          .isExactlyInstanceOf(referenceFailure.getClass())
          .hasMessage(referenceFailure.getMessage())
          .hasMessageContaining(value);
      // The failed read left nothing behind that fails the next.
      assertThat(store.records("no-such-dataset")).isEmpty();
    }
  }

  /** The read's temporary types are dropped after it, whether it succeeds or fails. */
  @Test
  void aReadLeavesNoTemporaryTypeOnTheConnection() throws SQLException {
    Path file = dir.resolve("types.duckdb");
    Generator generator = new Generator(new Random(13));
    try (DevpayStore store = DevpayStore.open(file)) {
      write(
          store,
          source("t1", "/data/t.csv", "t.csv"),
          List.of(1L, 2L),
          List.of(generator.record(DATASET), generator.record("bad-dataset")),
          new ArrayList<>());
    }
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement statement = duckdb.createStatement()) {
      statement.executeUpdate("UPDATE pay_record SET role = 'astronaut' WHERE row_number = 2");
      Path path = file.toAbsolutePath();
      // The count sees a temporary type when there is one.
      statement.execute("CREATE TEMP TYPE devpay_probe AS ENUM ('x')");
      assertThat(temporaryTypes(statement)).isOne();
      statement.execute("DROP TYPE devpay_probe");

      assertThat(RecordsRead.read(duckdb, path, DATASET)).hasSize(1);
      assertThat(temporaryTypes(statement)).isZero();
      assertThatThrownBy(() -> RecordsRead.read(duckdb, path, "bad-dataset"))
          .hasMessageContaining("astronaut");
      assertThat(temporaryTypes(statement)).isZero();
    }
  }

  private static long temporaryTypes(Statement statement) throws SQLException {
    try (ResultSet rs =
        statement.executeQuery(
            "SELECT count(*) FROM duckdb_types() WHERE type_name LIKE 'devpay%'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aDatabaseFailureIsTheStoresReadError() {
    Path file = dir.resolve("closed.duckdb");
    DevpayStore store = DevpayStore.open(file);
    store.close();

    assertThatThrownBy(() -> store.records(DATASET))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.ENVIRONMENT))
        .hasMessageStartingWith("cannot read the store " + file.toAbsolutePath().normalize());
  }

  /**
   * The text of real survey files (free-text answers, Ukrainian, thousands of distinct values and
   * attribute maps), each cell of a row put into a record's text fields and attributes: read back
   * as the reference reads it.
   */
  @Test
  void theTextOfRealSurveysReadsAsTheReferenceReadsIt() throws SQLException {
    List<String> files =
        List.of(
            "it-salary-survey-eu/IT Salary Survey EU  2020.csv",
            "dou-ua-salaries/2019_dec_raw.csv",
            "levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv");
    Path file = dir.resolve("real-text.duckdb");
    Random random = new Random(3);
    long rows = 0;
    List<PayRecord> all = new ArrayList<>();
    try (DevpayStore store = DevpayStore.open(file)) {
      for (String relative : files) {
        Path csv = RealData.file(relative);
        List<PayRecord> records = realTextRecords(csv, random);
        all.addAll(records);
        List<Long> rowNumbers = new ArrayList<>();
        for (long row = 1; row <= records.size(); row++) {
          rowNumbers.add(row);
        }
        write(
            store,
            source("real-" + rows, csv.toString(), csv.getFileName().toString()),
            rowNumbers,
            records,
            new ArrayList<>());
        rows += records.size();
      }
    }
    assertThat(rows).isGreaterThan(70_000);
    List<PayRecord> expected = reference(file, DATASET, null);
    assertThat(expected).hasSize((int) rows);
    // What the writer stored is what it was given (the files' rows in order, one edition each).
    assertThat(new java.util.HashSet<>(expected)).isEqualTo(new java.util.HashSet<>(all));
    try (DevpayStore store = DevpayStore.openReadOnly(file)) {
      assertSameRecords(store.records(DATASET), expected);
    }
  }

  /**
   * Records whose text is a real file's cells: the first columns as role label, city, metro,
   * industries and skills (split at commas), every non-empty cell as an attribute under its
   * column's name; the edition is the file's name.
   */
  private static List<PayRecord> realTextRecords(Path csv, Random random) throws SQLException {
    List<PayRecord> records = new ArrayList<>();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement query =
            duckdb.prepareStatement("SELECT * FROM read_csv(?, all_varchar = true)")) {
      query.setString(1, csv.toString());
      try (ResultSet rs = query.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        Generator generator = new Generator(random);
        while (rs.next()) {
          String[] cells = new String[columns];
          Map<String, String> attributes = new LinkedHashMap<>();
          for (int c = 0; c < columns; c++) {
            cells[c] = rs.getString(c + 1);
            if (cells[c] != null) {
              attributes.put(meta.getColumnName(c + 1), cells[c]);
            }
          }
          PayRecord generated = generator.record(DATASET);
          records.add(
              new PayRecord(
                  DATASET,
                  csv.getFileName().toString(),
                  generated.year(),
                  "row " + (records.size() + 1),
                  generated.role(),
                  cells[1 % columns] == null ? "" : cells[1 % columns],
                  generated.selectedRoleLabels(),
                  generated.seniority(),
                  generated.yearsExperience(),
                  generated.employment(),
                  generated.profession(),
                  new Location(
                      generated.location().country(),
                      Optional.ofNullable(cells[2 % columns]),
                      Optional.ofNullable(cells[3 % columns])),
                  split(cells[4 % columns]),
                  split(cells[5 % columns]),
                  generated.published(),
                  generated.annualLocal(),
                  generated.annualUsd(),
                  generated.usdPerUnit(),
                  generated.baseAnnualUsd(),
                  generated.weight(),
                  attributes));
        }
      }
    }
    return records;
  }

  private static List<String> split(String cell) {
    return cell == null ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
  }

  /** A record as written, with where it was written: its place in the store's order. */
  private record Written(String path, String entry, long rowNumber, String sha, PayRecord record) {}

  /** ORDER BY edition (code points), path, entry, row number, content hash. */
  private static final Comparator<Written> STORE_ORDER =
      Comparator.<Written, String>comparing(w -> w.record().edition(), RecordsReadTest::byCodePoint)
          .thenComparing(Written::path, RecordsReadTest::byCodePoint)
          .thenComparing(Written::entry, RecordsReadTest::byCodePoint)
          .thenComparingLong(Written::rowNumber)
          .thenComparing(Written::sha);

  private static int byCodePoint(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** The records written of one edition (every edition for null), in the store's order. */
  private static List<PayRecord> expected(List<Written> written, String edition) {
    return written.stream()
        .filter(w -> edition == null || w.record().edition().equals(edition))
        .sorted(STORE_ORDER)
        .map(Written::record)
        .toList();
  }

  private static TableSource source(String sha, String path, String entry) {
    return new TableSource(sha, "identity-" + sha, "test/format", DATASET, path, entry, sha, 10);
  }

  /** Writes records as one table, under these row numbers, each a distinct row (not a copy). */
  private static void write(
      DevpayStore store,
      TableSource source,
      List<Long> rowNumbers,
      List<PayRecord> records,
      List<Written> written)
      throws SQLException {
    write(store, source, rowNumbers, records, written, 0, RecordSpill.CHUNK_CHARS);
  }

  /**
   * As above, the records from the {@code spillFrom}-th on spilled in chunks of {@code chunkChars}
   * characters of CSV text (each loaded into the table's transaction as it fills), the earlier ones
   * appended, into a folder left empty by the commit.
   */
  private static void write(
      DevpayStore store,
      TableSource source,
      List<Long> rowNumbers,
      List<PayRecord> records,
      List<Written> written,
      long spillFrom,
      long chunkChars)
      throws SQLException {
    Path spill;
    try {
      spill = Files.createTempDirectory("devpay-records-read-test");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (TableWriter writer = store.beginTable(source, spillFrom, chunkChars, spill)) {
      for (int i = 0; i < records.size(); i++) {
        long row = rowNumbers.get(i);
        assertThat(
                writer.appendRecord(
                    row, records.get(i), false, source.contentSha256() + "-" + row, () -> ""))
            .isTrue();
        written.add(
            new Written(
                source.path(), source.entryName(), row, source.contentSha256(), records.get(i)));
      }
      writer.commit(Duration.ZERO, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
    assertThat(spill).isEmptyDirectory();
    try {
      Files.delete(spill);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The reference read of a closed store file. */
  private static List<PayRecord> reference(Path file, String datasetId, String edition)
      throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly)) {
      return ReferenceRecordRead.read(duckdb, datasetId, edition);
    }
  }

  /**
   * The records are equal, in order; when they are not, the first that differs is named, which
   * comparing the lists alone would bury in the text of thousands of records.
   */
  private static void assertSameRecords(List<PayRecord> actual, List<PayRecord> expected) {
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      assertThat(actual.get(i)).as("record " + i).isEqualTo(expected.get(i));
    }
    assertThat(actual).hasSameSizeAs(expected);
    assertThat(actual).isEqualTo(expected);
  }

  /** Records of random values, drawn from pools so that values, lists and maps repeat. */
  private static final class Generator {
    private static final List<String> LABELS =
        List.of(
            "Back-end розробник 👩‍💻",
            "Developer, front-end",
            "",
            "quote'd \"label\"",
            "  padded  ",
            "C#",
            "Data scientist or machine learning specialist",
            "\\N",
            "multi\nline\r\nlabel, \"quoted\"",
            "nul\u0000char\ttab");
    private static final List<String> COUNTRIES = List.of("US", "DE", "UA", "GB", "IN");
    private static final List<String> CITIES =
        List.of("Київ", "São Paulo", "", "New York", "\\N", "\"");
    private static final List<String> ITEMS =
        List.of(
            "java",
            "c#",
            "",
            "cloud, services",
            "ünïcödé",
            "sql",
            "👩‍💻",
            "\\N",
            "unit\u001Fseparator",
            "line\nbreak",
            "\"\"");
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "UAH", "INR");
    private static final List<String> KEYS =
        List.of(
            "company_size",
            "Розмір компанії",
            "quote'd \"key\"",
            "",
            "age",
            "timestamp",
            "\\N",
            "key\u001Fwith separator");

    private final Random random;
    private final List<Map<String, String>> commonMaps = new ArrayList<>();

    Generator(Random random) {
      this.random = random;
      for (int i = 0; i < 5; i++) {
        commonMaps.add(map());
      }
    }

    PayRecord record(String datasetId) {
      return record(datasetId, pick(EDITIONS));
    }

    PayRecord record(String datasetId, String edition) {
      return record(datasetId, edition, null);
    }

    /** A record with these attributes (null: drawn). */
    PayRecord record(String datasetId, String edition, Map<String, String> attributes) {
      // Some amounts Java writes in scientific notation, with fractions.
      double amount =
          random.nextInt(8) == 0 ? 1e7 + random.nextDouble() * 1e9 : 1 + random.nextInt(200_000);
      Optional<PayRange> range =
          random.nextInt(4) == 0
              ? Optional.of(
                  new PayRange(
                      amount,
                      random.nextBoolean()
                          ? OptionalDouble.of(amount + 1 + random.nextInt(10_000))
                          : OptionalDouble.empty(),
                      random.nextBoolean() ? pick(LABELS) : "bin " + random.nextInt(50)))
              : Optional.empty();
      return new PayRecord(
          datasetId,
          edition,
          2015 + random.nextInt(10),
          random.nextInt(10) == 0 ? "" : "respondent-" + random.nextInt(1_000_000),
          pick(Arrays.asList(RoleFamily.values())),
          random.nextBoolean() ? pick(LABELS) : "label " + random.nextInt(300),
          random.nextInt(3) == 0 ? List.of(pick(LABELS.subList(0, 2)), "Other role") : List.of(),
          pick(Arrays.asList(Seniority.values())),
          optional(() -> random.nextInt(40) / 2.0),
          pick(Arrays.asList(Employment.values())),
          pick(Arrays.asList(Profession.values())),
          new Location(
              text(() -> pick(COUNTRIES)),
              text(() -> random.nextBoolean() ? pick(CITIES) : "city " + random.nextInt(500)),
              text(() -> "metro " + random.nextInt(20))),
          list(),
          list(),
          new PublishedPay(
              amount,
              pick(CURRENCIES),
              pick(Arrays.asList(PayPeriod.values())),
              pick(Arrays.asList(TaxBasis.values())),
              pick(Arrays.asList(PayScope.values())),
              range),
          amount * 12,
          amount * 1.1,
          1.1,
          optional(() -> amount * 0.9),
          1 + random.nextInt(3) / 2.0,
          attributes != null ? attributes : random.nextBoolean() ? pick(commonMaps) : map());
    }

    private Map<String, String> map() {
      Map<String, String> map = new LinkedHashMap<>();
      int size = random.nextInt(5);
      for (int i = 0; i < size; i++) {
        map.put(
            pick(KEYS),
            switch (random.nextInt(3)) {
              case 0 -> pick(ITEMS);
              case 1 -> "value " + random.nextInt(40);
              default -> Integer.toString(random.nextInt(1_000_000));
            });
      }
      return map;
    }

    private List<String> list() {
      List<String> list = new ArrayList<>();
      int size = random.nextInt(4);
      for (int i = 0; i < size; i++) {
        list.add(pick(ITEMS));
      }
      return list;
    }

    private Optional<String> text(java.util.function.Supplier<String> value) {
      return random.nextInt(4) == 0 ? Optional.empty() : Optional.of(value.get());
    }

    private OptionalDouble optional(java.util.function.DoubleSupplier value) {
      return random.nextInt(4) == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(value.getAsDouble());
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }
  }
}
