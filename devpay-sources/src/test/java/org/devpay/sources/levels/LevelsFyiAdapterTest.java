package org.devpay.sources.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.SourceTable;
import org.devpay.sources.TableHeader;
import org.devpay.sources.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The levels.fyi adapter on small hand-written tables in the Kaggle layout. */
class LevelsFyiAdapterTest {
  static final String HEADER =
      "timestamp,company,level,title,totalyearlycompensation,location,yearsofexperience,"
          + "yearsatcompany,tag,basesalary,stockgrantvalue,bonus,gender,otherdetails,cityid,dmaid,"
          + "rowNumber,Masters_Degree,Bachelors_Degree,Doctorate_Degree,Highschool,Some_College,"
          + "Race_Asian,Race_White,Race_Two_Or_More,Race_Black,Race_Hispanic,Race,Education";

  /** A synthetic London back-end engineer; {@code %s} are timestamp, pay and rowNumber. */
  static final String ROW =
      "%s,Acme,SE 2,Software Engineer,%s,\"London, EN, United Kingdom\",5,2,"
          + "Distributed Systems (Back-End),0,50000,10000,Female,NA,1,2,%s,"
          + "1,0,0,0,0,0,1,0,0,0,White,Master's Degree";

  private final LevelsFyiAdapter adapter = new LevelsFyiAdapter();

  @TempDir Path dir;

  private SourceTable utf8(String... lines) throws IOException {
    return TestTables.write(
        dir, "Levels_Fyi_Salary_Data.csv", String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static String row(String timestamp, String pay, String rowNumber) {
    return String.format(ROW, timestamp, pay, rowNumber);
  }

  @Test
  void readsARecordWithoutBaseWhenBaseSalaryIsZero() throws IOException {
    Collected collected =
        TestTables.read(adapter, utf8(HEADER, row("1/2/2020 3:04:05", "250000", "77")));

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.year()).isEqualTo(2020);
              assertThat(r.respondentKey()).isEqualTo("77");
              assertThat(r.rowNumber()).isEqualTo(1);
              assertThat(r.pay().amount()).isEqualTo(250_000.0);
              assertThat(r.baseAmount()).isEmpty();
              assertThat(r.roleLabel()).isEqualTo("Distributed Systems (Back-End)");
              assertThat(r.seniorityLabel()).isEqualTo("SE 2");
              assertThat(r.cityText()).isEqualTo("London, EN, United Kingdom");
              assertThat(r.attributes())
                  .containsEntry("gender", "Female")
                  .containsEntry("education", "Master's Degree")
                  .doesNotContainKey("other_details");
            });
  }

  @Test
  void rejectsEachBadPayWithItsReasonAndQuotesTheValue() throws IOException {
    Collected collected =
        TestTables.read(
            adapter,
            utf8(
                HEADER,
                row("1/2/2020 3:04:05", "", "1"),
                row("1/2/2020 3:04:05", "NA", "2"),
                row("1/2/2020 3:04:05", "250k", "3"),
                row("1/2/2020 3:04:05", "-1", "4")));

    assertThat(collected.accepted).isEmpty();
    assertThat(collected.rejected)
        .extracting(Rejection::reason, Rejection::detail)
        .containsExactly(
            tuple(RejectReason.MISSING_AMOUNT, "totalyearlycompensation is empty"),
            tuple(RejectReason.MISSING_AMOUNT, "totalyearlycompensation='NA'"),
            tuple(RejectReason.UNPARSEABLE_AMOUNT, "totalyearlycompensation='250k'"),
            tuple(RejectReason.NON_POSITIVE_AMOUNT, "totalyearlycompensation='-1'"));
  }

  @Test
  void rejectsAnUnreadableTimestampAsUnparseableDate() throws IOException {
    Collected collected =
        TestTables.read(
            adapter,
            utf8(
                HEADER,
                row("2020-01-02 03:04:05", "1000", "1"),
                row("13/2/2020 3:04:05", "1000", "2"),
                row("NA", "1000", "3")));

    assertThat(collected.rejected)
        .extracting(Rejection::reason, Rejection::detail)
        .containsExactly(
            tuple(RejectReason.UNPARSEABLE_DATE, "timestamp='2020-01-02 03:04:05'"),
            tuple(RejectReason.UNPARSEABLE_DATE, "timestamp='13/2/2020 3:04:05'"),
            tuple(RejectReason.UNPARSEABLE_DATE, "timestamp='NA'"));
  }

  @Test
  void rejectsARecordWithoutItsPublishedRowNumber() throws IOException {
    Collected collected =
        TestTables.read(adapter, utf8(HEADER, row("1/2/2020 3:04:05", "1000", "NA")));

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.INVALID_FIELD));
  }

  @Test
  void rejectsTruncatedLastRowWithReason() throws IOException {
    Collected collected =
        TestTables.read(
            adapter,
            utf8(HEADER, row("1/2/2020 3:04:05", "1000", "1"), "1/3/2020 3:04:05,Acme,L4"));

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
              assertThat(r.raw())
                  .isEqualTo(Rejection.joinFields(List.of("1/3/2020 3:04:05", "Acme", "L4")));
            });
  }

  @Test
  void rejectsRowWithExtraFieldsAsMalformed() throws IOException {
    // An unquoted location with a comma shifts every later field.
    String shifted =
        row("1/2/2020 3:04:05", "1000", "1")
            .replace("\"London, EN, United Kingdom\"", "London, EN");

    Collected collected = TestTables.read(adapter, utf8(HEADER, shifted));

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_ROW));
  }

  @Test
  void readsAFileThatStartsWithAByteOrderMark() throws IOException {
    SourceTable table =
        TestTables.writeWithBom(
            dir, "bom.csv", HEADER + "\n" + row("1/2/2020 3:04:05", "9", "1") + "\n");

    assertThat(TestTables.read(adapter, table).accepted)
        .singleElement()
        .satisfies(r -> assertThat(r.attributes()).containsEntry("timestamp", "1/2/2020 3:04:05"));
  }

  @Test
  void doesNotRecogniseAnotherDatasetsHeaderEvenUnderItsFileName() {
    TableHeader glassdoor =
        new TableHeader(
            "Levels_Fyi_Salary_Data.csv",
            List.of(
                "Rating",
                "Company Name",
                "Job Title",
                "Salary",
                "Salaries Reported",
                "Location",
                "Employment Status",
                "Job Roles"));

    assertThat(adapter.recognises(glassdoor)).isFalse();
    assertThat(adapter.recognises(new TableHeader("x.csv", List.of(HEADER.split(","))))).isTrue();
  }

  @Test
  void failsNamingTheColumnWhenARequiredColumnIsMissing() throws IOException {
    SourceTable table =
        utf8(HEADER.replace(",basesalary,", ",base,"), row("1/2/2020 3:04:05", "1000", "1"));

    assertThatThrownBy(() -> TestTables.read(adapter, table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("required column 'basesalary' is missing");
  }
}
