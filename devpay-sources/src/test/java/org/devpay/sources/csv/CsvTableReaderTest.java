package org.devpay.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SyntheticCsv;
import org.devpay.sources.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV rules every adapter inherits from {@link CsvTableReader}, on small hand-written tables.
 */
class CsvTableReaderTest {
  private static final List<String> HEADER = List.of("name", "pay", "city");

  @TempDir Path directory;

  @Test
  void numbersDataRowsFromOneAndSkipsEmptyLines() throws IOException {
    SourceTable table =
        SyntheticCsv.withHeader(HEADER)
            .fields("ann", "100", "Kyiv")
            .raw("\n")
            .fields("bob", "200", "Lviv")
            .write(directory.resolve("t.csv"));

    Collected collected = read(table);

    assertThat(collected.accepted)
        .extracting(RawRecord::rowNumber, RawRecord::roleLabel)
        .containsExactly(tuple(1L, "ann"), tuple(2L, "bob"));
  }

  @Test
  void numbersDataRowsFromOneEvenWhenAFieldSpansLines() throws IOException {
    Collected collected = read(utf8("name,pay\n\"two\nlines\",10\nbob,20\n"));

    assertThat(collected.accepted).extracting(RawRecord::rowNumber).containsExactly(1L, 2L);
    assertThat(collected.accepted.get(0).roleLabel()).isEqualTo("two\nlines");
  }

  @Test
  void findsAColumnWhoseQuotedNameHasALineBreak() throws IOException {
    Collected collected = read(utf8("name,\"pay per\r\nyear\",pay\r\nann,1,100\r\n"));

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.roleLabel()).isEqualTo("ann");
              assertThat(r.pay().amount()).isEqualTo(100.0);
            });
  }

  @Test
  void readsTheHeaderBehindAUtf8ByteOrderMark() throws IOException {
    Collected collected = read(TestTables.writeWithBom(directory, "bom.csv", "name,pay\nann,5\n"));

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(r -> assertThat(r.roleLabel()).isEqualTo("ann"));
  }

  @Test
  void rejectsTruncatedLastRowWithReason() throws IOException {
    Collected collected = read(utf8("name,pay,city\nann,100,Kyiv\nbob,200"));

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
              assertThat(r.detail()).isEqualTo("2 of 3 fields");
              assertThat(r.raw()).isEqualTo(Rejection.joinFields(List.of("bob", "200")));
            });
  }

  @Test
  void rejectsRowCutInsideAQuotedFieldAsTruncated() throws IOException {
    Collected collected = read(utf8("name,city,pay\nann,Kyiv,100\nbob,\"Lviv and"));

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
            });
  }

  @Test
  void rejectsRowWithExtraFieldsAsMalformed() throws IOException {
    Collected collected = read(utf8("name,pay\nann,1,000\nbob,200\n"));

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(1);
              assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_ROW);
              assertThat(r.detail()).isEqualTo("3 fields where the header has 2");
              assertThat(r.raw()).isEqualTo(Rejection.joinFields(List.of("ann", "1", "000")));
            });
    assertThat(collected.accepted).extracting(RawRecord::rowNumber).containsExactly(2L);
  }

  @Test
  void turnsAMapperRejectionIntoOneRejectionWithTheRawRow() throws IOException {
    Collected collected = read(utf8("name,pay\nann,ten\nbob,\n"));

    assertThat(collected.accepted).isEmpty();
    assertThat(collected.rejected)
        .extracting(Rejection::rowNumber, Rejection::reason, Rejection::detail, Rejection::raw)
        .containsExactly(
            tuple(
                1L,
                RejectReason.UNPARSEABLE_AMOUNT,
                "pay='ten'",
                Rejection.joinFields(List.of("ann", "ten"))),
            tuple(
                2L,
                RejectReason.MISSING_AMOUNT,
                "pay is empty",
                Rejection.joinFields(List.of("bob", ""))));
  }

  @Test
  void rejectsRowWhoseValuesTheModelRefusesAsInvalidField() throws IOException {
    Collected collected = new Collected();

    CsvTableReader.read(
        ReadableTable.detect(utf8("name,pay\nann,100\n")),
        header -> row -> record(row, 100).weight(-1).build(),
        collected);

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectReason.INVALID_FIELD);
              assertThat(r.detail()).contains("weight");
            });
  }

  @Test
  void failsWhenAMapperNumbersItsRecordAsAnotherRow() throws IOException {
    SourceTable table = utf8("name,pay\nann,100\n");

    assertThatThrownBy(
            () ->
                CsvTableReader.read(
                    ReadableTable.detect(table),
                    header ->
                        row ->
                            RawRecord.builder("test", "1", 2020, row.rowNumber() + 1)
                                .pay(pay(100))
                                .build(),
                    new Collected()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row number 2 != data row 1");
  }

  @Test
  void failsNamingTheColumnAndTheTableWhenARequiredColumnIsMissing() throws IOException {
    SourceTable table = utf8("name,salary\nann,5\n");

    assertThatThrownBy(() -> read(table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("required column 'pay' is missing")
        .hasMessageContaining("table.csv")
        .hasMessageContaining("[name, salary]");
  }

  @Test
  void failsWhenARequiredColumnAppearsTwice() {
    assertThatThrownBy(() -> read(utf8("name,pay,pay\nann,5,6\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("column 'pay' appears more than once");
  }

  @Test
  void failsOnATableWithoutAHeader() {
    assertThatThrownBy(() -> read(utf8("")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no header row");
  }

  /** Reads column "name" as the role and "pay" as the amount, rejecting bad pay. */
  private static Collected read(SourceTable table) throws IOException {
    Collected collected = new Collected();
    CsvTableReader.read(
        ReadableTable.detect(table),
        header -> {
          int name = header.require("name");
          int pay = header.require("pay");
          return row ->
              record(row, Amounts.positiveAmount("pay", row.field(pay)))
                  .roleLabel(row.text(name))
                  .build();
        },
        collected);
    return collected;
  }

  private static RawRecord.Builder record(CsvRow row, double amount) {
    return RawRecord.builder("test", "1", 2020, row.rowNumber()).pay(pay(amount));
  }

  private static PublishedPay pay(double amount) {
    return new PublishedPay(
        amount, "USD", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty());
  }

  private SourceTable utf8(String text) throws IOException {
    return TestTables.write(directory, "table.csv", text, StandardCharsets.UTF_8);
  }
}
