package org.devpay.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.TableHeader;

/**
 * A real adapter over a tiny CSV format of the tests' own, so store tests exercise the genuine
 * adapter → normalizer → store path without depending on a published dataset.
 *
 * <p>The format: UTF-8, a header of exactly {@link #COLUMNS}, one row per line, fields separated by
 * commas with no quoting (so fields cannot hold commas), list fields separated by semicolons, empty
 * lines ignored. Rejections: fewer fields than the header → TRUNCATED_ROW, more → MALFORMED_ROW;
 * amount empty → MISSING_AMOUNT, not a number → UNPARSEABLE_AMOUNT, ≤ 0 → NON_POSITIVE_AMOUNT;
 * currency not three capital letters → UNKNOWN_CURRENCY; period not YEAR, MONTH or WEEK →
 * INVALID_FIELD; edition not starting with a year → UNPARSEABLE_DATE.
 *
 * <p>Not final: the atomicity tests' misbehaving adapters are this format read through a sink that
 * fails or swallows failures.
 */
class TinyCsvAdapter implements SourceAdapter {
  static final String DATASET_ID = "test-tiny";
  static final String FORMAT_ID = "test-tiny/v1";
  static final List<String> COLUMNS =
      List.of(
          "id",
          "edition",
          "role",
          "seniority",
          "years",
          "country",
          "city",
          "amount",
          "currency",
          "period",
          "skills",
          "industries");
  static final String HEADER = String.join(",", COLUMNS);

  @Override
  public String datasetId() {
    return DATASET_ID;
  }

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public HeaderMatch match(TableHeader header) {
    List<String> columns = header.columns().stream().map(String::strip).toList();
    HeaderMatch match = HeaderMatch.requiring(FORMAT_ID, columns::contains, COLUMNS);
    return match.recognised() && !columns.equals(COLUMNS)
        ? match.conflicting("columns in another order or extra columns")
        : match;
  }

  @Override
  public void read(ReadableTable table, RowSink sink) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(table.table().open(), StandardCharsets.UTF_8))) {
      if (reader.readLine() == null) {
        return;
      }
      long rowNumber = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        rowNumber++;
        List<String> fields = Arrays.asList(line.split(",", -1));
        Optional<Rejection> rejection = check(rowNumber, fields);
        if (rejection.isPresent()) {
          sink.reject(rejection.get());
        } else {
          sink.accept(record(rowNumber, fields));
        }
      }
    }
  }

  private static Optional<Rejection> check(long rowNumber, List<String> fields) {
    String raw = Rejection.joinFields(fields);
    if (fields.size() < COLUMNS.size()) {
      return reject(rowNumber, RejectReason.TRUNCATED_ROW, fields.size() + " fields", raw);
    }
    if (fields.size() > COLUMNS.size()) {
      return reject(rowNumber, RejectReason.MALFORMED_ROW, fields.size() + " fields", raw);
    }
    if (!fields.get(1).matches("\\d{4}.*")) {
      return reject(rowNumber, RejectReason.UNPARSEABLE_DATE, "edition=" + fields.get(1), raw);
    }
    String amount = fields.get(7).strip();
    if (amount.isEmpty()) {
      return reject(rowNumber, RejectReason.MISSING_AMOUNT, "amount=''", raw);
    }
    double value;
    try {
      value = Double.parseDouble(amount);
    } catch (NumberFormatException e) {
      return reject(rowNumber, RejectReason.UNPARSEABLE_AMOUNT, "amount=" + amount, raw);
    }
    if (!(value > 0) || Double.isInfinite(value)) {
      return reject(rowNumber, RejectReason.NON_POSITIVE_AMOUNT, "amount=" + amount, raw);
    }
    if (!fields.get(8).matches("[A-Z]{3}")) {
      return reject(rowNumber, RejectReason.UNKNOWN_CURRENCY, "currency=" + fields.get(8), raw);
    }
    if (!List.of("YEAR", "MONTH", "WEEK").contains(fields.get(9))) {
      return reject(rowNumber, RejectReason.INVALID_FIELD, "period=" + fields.get(9), raw);
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(
      long rowNumber, RejectReason reason, String detail, String raw) {
    return Optional.of(new Rejection(rowNumber, reason, detail, raw));
  }

  private static RawRecord record(long rowNumber, List<String> fields) {
    String edition = fields.get(1);
    return RawRecord.builder(
            DATASET_ID, edition, Integer.parseInt(edition.substring(0, 4)), rowNumber)
        .respondentKey(fields.get(0))
        .roleLabel(fields.get(2))
        .seniorityLabel(fields.get(3))
        .experienceText(fields.get(4))
        .countryText(fields.get(5))
        .cityText(fields.get(6))
        .pay(
            new PublishedPay(
                Double.parseDouble(fields.get(7).strip()),
                fields.get(8),
                PayPeriod.valueOf(fields.get(9)),
                TaxBasis.GROSS,
                PayScope.BASE,
                Optional.empty()))
        .skillLabels(list(fields.get(10)))
        .industryLabels(list(fields.get(11)))
        .build();
  }

  private static List<String> list(String field) {
    return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
