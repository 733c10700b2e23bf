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
import org.devpay.sources.SourceTable;
import org.devpay.sources.TableHeader;
import org.devpay.sources.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV rules every adapter inherits, on small hand-written tables. */
class CsvTableReaderTest {
  @TempDir Path dir;

  /** Reads column "pay" as the amount and "name" as the role, rejecting bad pay. */
  private Collected read(SourceTable table) throws IOException {
    Collected collected = new Collected();
    try (CsvTableReader csv = CsvTableReader.open(table, StandardCharsets.UTF_8)) {
      int name = csv.requireColumn("name");
      int pay = csv.requireColumn("pay");
      csv.forEachRow(
          collected,
          row ->
              RawRecord.builder("test", "1", 2020, row.rowNumber())
                  .roleLabel(row.text(name))
                  .pay(
                      new PublishedPay(
                          Amounts.positiveAmount("pay", row.fields().get(pay)),
                          "USD",
                          PayPeriod.YEAR,
                          TaxBasis.GROSS,
                          PayScope.BASE,
                          Optional.empty()))
                  .build());
    }
    return collected;
  }

  private SourceTable utf8(String text) throws IOException {
    return TestTables.write(dir, "table.csv", text, StandardCharsets.UTF_8);
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
    try (CsvTableReader csv = CsvTableReader.open(utf8("a,\"b\nc\"\n"), StandardCharsets.UTF_8)) {
      assertThat(csv.requireColumn("b c")).isEqualTo(1);
    }
  }

  @Test
  void numbersDataRowsFromOneEvenWhenAFieldSpansLines() throws IOException {
    Collected collected = read(utf8("name,pay\n\"two\nlines\",10\nbob,20\n"));

    assertThat(collected.accepted).extracting(RawRecord::rowNumber).containsExactly(1L, 2L);
    assertThat(collected.accepted.get(0).roleLabel()).isEqualTo("two\nlines");
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
              assertThat(r.detail()).contains("2 of 3 fields");
              assertThat(r.raw()).isEqualTo(Rejection.joinFields(List.of("bob", "200")));
            });
  }

  @Test
  void rejectsRowCutInsideAQuotedFieldAsTruncated() throws IOException {
    Collected collected = read(utf8("name,city,pay\nann,Kyiv,100\nbob,\"Lviv and"));

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW));
    assertThat(collected.accepted).hasSize(1);
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
              assertThat(r.raw()).isEqualTo(Rejection.joinFields(List.of("ann", "1", "000")));
            });
    assertThat(collected.accepted).extracting(RawRecord::rowNumber).containsExactly(2L);
  }

  @Test
  void turnsAMapperRejectionIntoOneRejectionWithTheRawRow() throws IOException {
    Collected collected = read(utf8("name,pay\nann,ten\nbob,\n"));

    assertThat(collected.rejected)
        .extracting(Rejection::reason, Rejection::detail, Rejection::raw)
        .containsExactly(
            tuple(
                RejectReason.UNPARSEABLE_AMOUNT,
                "pay='ten'",
                Rejection.joinFields(List.of("ann", "ten"))),
            tuple(RejectReason.MISSING_AMOUNT, "pay=''", Rejection.joinFields(List.of("bob", ""))));
  }

  @Test
  void skipsAUtf8ByteOrderMarkBeforeTheFirstColumnName() throws IOException {
    Collected collected = read(TestTables.writeWithBom(dir, "bom.csv", "name,pay\nann,5\n"));

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.roleLabel()).isEqualTo("ann");
            });
  }

  @Test
  void failsNamingTheColumnWhenARequiredColumnIsMissing() {
    assertThatThrownBy(() -> read(utf8("name,salary\nann,5\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("required column 'pay' is missing")
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

  @Test
  void detectionMatchesColumnNamesTheWayRequireColumnDoes() {
    TableHeader header = new TableHeader("t.csv", List.of(" name ", "pay per\r\nyear"));

    assertThat(CsvTableReader.hasColumns(header, "name", "pay per year")).isTrue();
    assertThat(CsvTableReader.hasColumns(header, "name", "pay")).isFalse();
  }
}
