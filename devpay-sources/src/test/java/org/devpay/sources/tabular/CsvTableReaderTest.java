package org.devpay.sources.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.SourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structural rules every CSV adapter inherits from {@link CsvTableReader}. */
class CsvTableReaderTest {
  private static final List<String> HEADER = List.of("id", "pay", "role");

  @TempDir Path directory;

  @Test
  void numbersDataRowsFromOneAndSkipsEmptyLines() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .fields("a", "100", "Backend")
            .raw("\n")
            .fields("b", "200", "Frontend")
            .write(directory.resolve("t.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted).extracting(RawRecord::rowNumber).containsExactly(1L, 2L);
    assertThat(collected.accepted)
        .extracting(RawRecord::roleLabel)
        .containsExactly("Backend", "Frontend");
  }

  @Test
  void rejectsTruncatedLastRowWithReason() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .fields("a", "100", "Backend")
            .raw("b,20")
            .write(directory.resolve("t.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
              assertThat(r.detail()).isEqualTo("2 of 3 fields");
              assertThat(r.raw()).isEqualTo("b" + Rejection.FIELD_SEPARATOR + "20");
            });
  }

  @Test
  void rejectsRowCutInsideAQuotedFieldAsTruncated() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .fields("a", "100", "Backend")
            .raw("b,\"20")
            .write(directory.resolve("t.csv"));

    Collected collected = read(table);

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW));
  }

  @Test
  void rejectsRowWithExtraFieldsAsMalformed() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .fields("a", "100", "Backend", "surplus")
            .fields("b", "200", "Frontend")
            .write(directory.resolve("t.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted).extracting(RawRecord::rowNumber).containsExactly(2L);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(1);
              assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_ROW);
              assertThat(r.detail()).isEqualTo("4 fields where the header has 3");
            });
  }

  @Test
  void readsHeaderBehindAByteOrderMark() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .row(Map.of("id", "a", "pay", "100", "role", "Backend"))
            .writeWithBom(directory.resolve("t.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted)
        .singleElement()
        .extracting(RawRecord::respondentKey)
        .isEqualTo("a");
  }

  @Test
  void failsWithColumnNameWhenARequiredColumnIsMissing() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(List.of("id", "role"))
            .fields("a", "Backend")
            .write(directory.resolve("t.csv"));

    assertThatThrownBy(() -> read(table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("missing required column \"pay\"")
        .hasMessageContaining("t.csv")
        .hasMessageContaining("[id, role]");
  }

  @Test
  void failsOnAnEmptyFile() throws IOException {
    Path file = Files.createFile(directory.resolve("empty.csv"));
    SourceTable table = new SourceTable(file, "empty.csv", SourceTable.Compression.NONE);

    assertThatThrownBy(() -> read(table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no header row");
  }

  @Test
  void rejectsRowWhoseValuesTheModelRefusesAsInvalidField() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .fields("a", "100", "Backend")
            .write(directory.resolve("t.csv"));
    Collected collected = new Collected();

    CsvTableReader.read(
        table,
        java.nio.charset.StandardCharsets.UTF_8,
        header -> row -> RowOutcome.accepted(record(row).weight(-1).build()),
        collected);

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.INVALID_FIELD);
              assertThat(r.detail()).contains("weight");
            });
  }

  /** Reads with a minimal mapper: key = id, role = role, pay = pay as a plain decimal. */
  private static Collected read(SourceTable table) throws IOException {
    Collected collected = new Collected();
    CsvTableReader.read(
        table,
        java.nio.charset.StandardCharsets.UTF_8,
        header -> {
          int pay = header.require("pay");
          return row -> {
            ParsedAmount amount = DecimalAmountParser.parse("pay", row.get(pay));
            if (amount instanceof ParsedAmount.Invalid invalid) {
              return invalid.toOutcome();
            }
            return RowOutcome.accepted(record(row).build());
          };
        },
        collected);
    return collected;
  }

  private static RawRecord.Builder record(CsvRow row) {
    return RawRecord.builder("synthetic", "1", 2000, row.number())
        .respondentKey(row.get(0))
        .roleLabel(row.get(2))
        .pay(
            new PublishedPay(
                Double.parseDouble(row.get(1)),
                "EUR",
                PayPeriod.YEAR,
                TaxBasis.GROSS,
                PayScope.BASE,
                java.util.Optional.empty()));
  }
}
