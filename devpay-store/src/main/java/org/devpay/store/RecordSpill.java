package org.devpay.store;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.model.AttributeEncoding;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PublishedPay;

/**
 * A large table's records on their way into {@code pay_record}, loaded in bulk. DuckDB's Appender
 * costs several µs a record for the table's 31 columns with lists and a map; written here as CSV
 * text into a temporary file and loaded by DuckDB's own CSV reader a chunk at a time, the same
 * records cost about a quarter less through the whole writer, duplicate check and commit included
 * (1,000,000 survey-like records: 8.9-9.6 s appended, 6.5-7.5 s loaded in bulk; {@code
 * RecordLoadBenchmark} in the test sources). Each chunk is inserted by the writer's thread into the
 * table's open transaction, so the transaction still holds all of a table or nothing of it; the
 * file is deleted after each chunk and when the spill closes.
 *
 * <p>The encoding is exact: every string is quoted (a doubled quote inside), SQL NULL is an
 * unquoted {@code \N} (a quoted one is the text), numbers are their digits when whole, else Java's
 * shortest round-tripping decimal text, which DuckDB's correctly rounded parser reads back to the
 * same double (NaN and the infinities included), lists and the attributes' keys and values are
 * joined by U+001F and split again in SQL, an empty list being NULL. A record that this text cannot
 * carry (a list element or attribute containing U+001F, or a row of more than {@link
 * #MAX_LINE_CHARS} characters) is not taken: {@link #add} returns false and the writer appends it
 * through the Appender, as it appends every record when the temporary folder takes no file.
 */
final class RecordSpill implements AutoCloseable {
  /** Characters of CSV text loaded at once (about 16 MB, some 60,000 survey rows). */
  static final long CHUNK_CHARS = 16L << 20;

  /** The longest row spilled; DuckDB's reader is told lines may be four times as long in bytes. */
  static final int MAX_LINE_CHARS = 1 << 20;

  private static final char SEPARATOR = '\u001F';

  /** The CSV columns in file order with their DuckDB types. */
  private static final List<String[]> FIELDS =
      List.of(
          new String[] {"row_number", "BIGINT"},
          new String[] {"dataset_id", "VARCHAR"},
          new String[] {"edition", "VARCHAR"},
          new String[] {"survey_year", "INTEGER"},
          new String[] {"respondent_key", "VARCHAR"},
          new String[] {"role", "VARCHAR"},
          new String[] {"role_label", "VARCHAR"},
          new String[] {"seniority", "VARCHAR"},
          new String[] {"years_experience", "DOUBLE"},
          new String[] {"employment", "VARCHAR"},
          new String[] {"country", "VARCHAR"},
          new String[] {"city", "VARCHAR"},
          new String[] {"metro", "VARCHAR"},
          new String[] {"industries", "VARCHAR"},
          new String[] {"skills", "VARCHAR"},
          new String[] {"published_amount", "DOUBLE"},
          new String[] {"currency", "VARCHAR"},
          new String[] {"pay_period", "VARCHAR"},
          new String[] {"tax_basis", "VARCHAR"},
          new String[] {"pay_scope", "VARCHAR"},
          new String[] {"range_lower", "DOUBLE"},
          new String[] {"range_upper", "DOUBLE"},
          new String[] {"range_label", "VARCHAR"},
          new String[] {"annual_local", "DOUBLE"},
          new String[] {"annual_usd", "DOUBLE"},
          new String[] {"usd_per_unit", "DOUBLE"},
          new String[] {"base_annual_usd", "DOUBLE"},
          new String[] {"weight", "DOUBLE"},
          new String[] {"attribute_keys", "VARCHAR"},
          new String[] {"attribute_values", "VARCHAR"},
          new String[] {"row_sha256", "VARCHAR"});

  private final Statement statement;
  private final String contentSha256;
  private final long chunkChars;
  private final Path directory;
  private final StringBuilder line = new StringBuilder(1024);
  private Path file;
  private Writer out;
  private long chars;
  private boolean disabled;

  /**
   * @param chunkChars characters of CSV text loaded at once ({@link #CHUNK_CHARS} but in tests)
   * @param directory where the temporary files go
   */
  RecordSpill(Statement statement, String contentSha256, long chunkChars, Path directory) {
    this.statement = requireNonNull(statement, "statement is null");
    this.contentSha256 = requireNonNull(contentSha256, "contentSha256 is null");
    this.chunkChars = chunkChars;
    this.directory = requireNonNull(directory, "directory is null");
  }

  /**
   * Adds a record to the current chunk, loading the chunk when it is full.
   *
   * @return false, with nothing added, when the record cannot be spilled exactly (see the class)
   */
  boolean add(long rowNumber, PayRecord r, String rowSha256) throws SQLException {
    StringBuilder b = line;
    b.setLength(0);
    b.append(rowNumber).append(',');
    text(b, r.datasetId());
    text(b, r.edition());
    b.append(r.year()).append(',');
    text(b, r.respondentKey());
    text(b, r.role().id());
    text(b, r.roleLabel());
    text(b, r.seniority().id());
    number(b, r.yearsExperience());
    text(b, r.employment().name());
    text(b, r.location().country());
    text(b, r.location().city());
    text(b, r.location().metro());
    if (!list(b, r.industries()) || !list(b, r.skills())) {
      return false;
    }
    PublishedPay published = r.published();
    number(b, published.amount());
    text(b, published.currency());
    text(b, published.period().name());
    text(b, published.basis().name());
    text(b, published.scope().name());
    if (published.range().isPresent()) {
      PayRange range = published.range().get();
      number(b, range.lower());
      number(b, range.upper());
      text(b, range.label());
    } else {
      b.append("\\N,\\N,\\N,");
    }
    number(b, r.annualLocal());
    number(b, r.annualUsd());
    number(b, r.usdPerUnit());
    number(b, r.baseAnnualUsd());
    number(b, r.weight());
    Map<String, String> attributes =
        AttributeEncoding.encode(r.attributes(), r.profession(), r.selectedRoleLabels());
    if (!list(b, attributes.keySet()) || !list(b, attributes.values())) {
      return false;
    }
    if (rowSha256 == null) {
      b.append("\\N");
    } else {
      quoted(b, rowSha256);
    }
    b.append('\n');
    if (b.length() > MAX_LINE_CHARS) {
      return false;
    }
    if (out == null && !open()) {
      return false;
    }
    try {
      out.append(b);
    } catch (IOException e) {
      throw new SQLException("cannot write the records' temporary file " + file + ": " + e, e);
    }
    chars += b.length();
    if (chars >= chunkChars) {
      flush();
    }
    return true;
  }

  /**
   * Opens a chunk's file; false, and the spill stays off for the table, when the folder takes no
   * file (a read-only or missing temporary folder): the Appender then takes every record.
   */
  private boolean open() throws SQLException {
    if (disabled) {
      return false;
    }
    try {
      file = Files.createTempFile(directory, "devpay-records-", ".csv");
    } catch (IOException | UnsupportedOperationException e) {
      disabled = true;
      return false;
    }
    try {
      out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
      return true;
    } catch (IOException e) {
      delete();
      disabled = true;
      return false;
    }
  }

  /** Inserts the records added since the last flush into pay_record, in the open transaction. */
  void flush() throws SQLException {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new SQLException("cannot write the records' temporary file " + file + ": " + e, e);
    } finally {
      out = null;
      chars = 0;
    }
    try {
      statement.execute(insert(file, contentSha256));
    } finally {
      delete();
    }
  }

  /** Drops the records not yet inserted and deletes the temporary file. */
  @Override
  public void close() throws SQLException {
    try {
      if (out != null) {
        out.close();
      }
    } catch (IOException e) {
      // The file is deleted below; nothing of it is used.
    } finally {
      out = null;
      chars = 0;
      delete();
    }
  }

  private void delete() throws SQLException {
    Path spilled = file;
    file = null;
    if (spilled != null) {
      try {
        Files.deleteIfExists(spilled);
      } catch (IOException e) {
        throw new SQLException("cannot delete the records' temporary file " + spilled, e);
      }
    }
  }

  /** The INSERT of one spilled file into pay_record, columns in the table's order. */
  static String insert(Path file, String contentSha256) {
    StringBuilder columns = new StringBuilder("{");
    for (String[] field : FIELDS) {
      if (columns.length() > 1) {
        columns.append(", ");
      }
      columns.append(literal(field[0])).append(": ").append(literal(field[1]));
    }
    columns.append('}');
    return "INSERT INTO "
        + PayRecordTable.NAME
        + " SELECT "
        + literal(contentSha256)
        + ", row_number, dataset_id, edition, survey_year, respondent_key, role, role_label,"
        + " seniority, years_experience, employment, country, city, metro, "
        + split("industries")
        + ", "
        + split("skills")
        + ", published_amount, currency, pay_period, tax_basis, pay_scope, range_lower,"
        + " range_upper, range_label, annual_local, annual_usd, usd_per_unit, base_annual_usd,"
        + " weight, map("
        + split("attribute_keys")
        + ", "
        + split("attribute_values")
        + "), row_sha256 FROM read_csv("
        + literal(file.toAbsolutePath().toString())
        + ", header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        + " new_line = '\\n', nullstr = '\\N', allow_quoted_nulls = false, encoding = 'utf-8',"
        + " max_line_size = "
        + 4L * MAX_LINE_CHARS
        // DuckDB's reader splits a file between its threads by buffer, by default 16 times the
        // longest line: a chunk would be one buffer, parsed by one thread. In 4 MB buffers a chunk
        // is parsed by every thread: a 1,000,000-row ingest took 12.3-12.6 s against 14.5 s
        // (alternating, docs/benchmarks.md); 1 or 2 MB buffers, or 64 MB chunks, were slower.
        + ", buffer_size = "
        + 4L * MAX_LINE_CHARS
        + ", columns = "
        + columns
        + ")";
  }

  private static String split(String column) {
    return "CASE WHEN "
        + column
        + " IS NULL THEN CAST([] AS VARCHAR[]) ELSE string_split("
        + column
        + ", chr(31)) END";
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static void text(StringBuilder b, String value) {
    quoted(b, value);
    b.append(',');
  }

  private static void text(StringBuilder b, Optional<String> value) {
    if (value.isPresent()) {
      text(b, value.get());
    } else {
      b.append("\\N,");
    }
  }

  /**
   * A double as decimal text DuckDB reads back to the same double: whole numbers below 2^53 as
   * digits (Java's general conversion is several times slower, and most amounts are whole), the
   * rest as Java's shortest round-tripping text.
   */
  private static void number(StringBuilder b, double value) {
    long whole = (long) value;
    if (whole == value && Math.abs(whole) < (1L << 53) && (whole != 0 || 1 / value > 0)) {
      b.append(whole).append(',');
    } else {
      b.append(value).append(',');
    }
  }

  private static void number(StringBuilder b, OptionalDouble value) {
    if (value.isPresent()) {
      number(b, value.getAsDouble());
    } else {
      b.append("\\N,");
    }
  }

  /** A list as its elements joined by U+001F, NULL when empty; false if an element holds one. */
  private static boolean list(StringBuilder b, Iterable<String> values) {
    int start = b.length();
    b.append('"');
    boolean first = true;
    for (String value : values) {
      if (value.indexOf(SEPARATOR) >= 0) {
        return false;
      }
      if (!first) {
        b.append(SEPARATOR);
      }
      first = false;
      escaped(b, value);
    }
    if (first) {
      b.setLength(start);
      b.append("\\N,");
    } else {
      b.append("\",");
    }
    return true;
  }

  private static void quoted(StringBuilder b, String value) {
    b.append('"');
    escaped(b, value);
    b.append('"');
  }

  private static void escaped(StringBuilder b, String value) {
    int from = 0;
    for (int at = value.indexOf('"'); at >= 0; at = value.indexOf('"', at + 1)) {
      b.append(value, from, at + 1).append('"');
      from = at + 1;
    }
    b.append(value, from, value.length());
  }
}
