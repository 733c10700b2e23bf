package org.devpay.sources.glassdoor;

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

/** The Glassdoor India adapter on small hand-written tables in the published layout. */
class GlassdoorIndia2022AdapterTest {
  static final String HEADER =
      "Rating,Company Name,Job Title,Salary,Salaries Reported,Location,Employment Status,Job Roles";

  private final GlassdoorIndia2022Adapter adapter = new GlassdoorIndia2022Adapter();

  @TempDir Path dir;

  private SourceTable utf8(String... lines) throws IOException {
    return TestTables.write(
        dir, "salaries.csv", String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }

  @Test
  void readsACellWithItsReportCountAsWeight() throws IOException {
    Collected collected =
        TestTables.read(
            adapter,
            utf8(
                HEADER,
                "4.1,\"Acme, Inc.\",Senior Backend Engineer,2400000,7,Pune,Full Time,Backend"));

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.datasetId()).isEqualTo("glassdoor-india");
              assertThat(r.pay().amount()).isEqualTo(2_400_000.0);
              assertThat(r.weight()).isEqualTo(7.0);
              assertThat(r.roleLabel()).isEqualTo("Backend");
              assertThat(r.seniorityLabel()).isEqualTo("Senior Backend Engineer");
              assertThat(r.employmentLabel()).isEqualTo("Full Time");
              assertThat(r.cityText()).isEqualTo("Pune");
              assertThat(r.attributes()).containsEntry("company", "Acme, Inc.");
            });
  }

  @Test
  void rejectsEachBadSalaryWithItsReasonAndQuotesTheValue() throws IOException {
    Collected collected =
        TestTables.read(
            adapter,
            utf8(
                HEADER,
                "4,A,Web Developer,,1,Pune,Full Time,Web",
                "4,B,Web Developer,NA,1,Pune,Full Time,Web",
                "4,C,Web Developer,₹5L,1,Pune,Full Time,Web",
                "4,D,Web Developer,-300000,1,Pune,Full Time,Web"));

    assertThat(collected.accepted).isEmpty();
    assertThat(collected.rejected)
        .extracting(Rejection::rowNumber, Rejection::reason, Rejection::detail)
        .containsExactly(
            tuple(1L, RejectReason.MISSING_AMOUNT, "Salary is empty"),
            tuple(2L, RejectReason.MISSING_AMOUNT, "Salary='NA'"),
            tuple(3L, RejectReason.UNPARSEABLE_AMOUNT, "Salary='₹5L'"),
            tuple(4L, RejectReason.NON_POSITIVE_AMOUNT, "Salary='-300000'"));
  }

  @Test
  void rejectsARowWhoseReportCountIsNotAWholePositiveNumber() throws IOException {
    Collected collected =
        TestTables.read(
            adapter,
            utf8(
                HEADER,
                "4,A,Web Developer,500000,0,Pune,Full Time,Web",
                "4,B,Web Developer,500000,,Pune,Full Time,Web",
                "4,C,Web Developer,500000,1.5,Pune,Full Time,Web",
                "4,D,Web Developer,500000,1,Pune,Full Time,Web"));

    assertThat(collected.rejected)
        .extracting(Rejection::rowNumber, Rejection::reason)
        .containsExactly(
            tuple(1L, RejectReason.INVALID_FIELD),
            tuple(2L, RejectReason.INVALID_FIELD),
            tuple(3L, RejectReason.INVALID_FIELD));
    assertThat(collected.rejected.get(0).detail()).startsWith("Salaries Reported='0'");
    assertThat(collected.accepted).singleElement().satisfies(r -> assertThat(r.weight()).isOne());
  }

  @Test
  void rejectsTruncatedLastRowWithReason() throws IOException {
    Collected collected =
        TestTables.read(
            adapter, utf8(HEADER, "4,A,Web Developer,500000,1,Pune,Full Time,Web", "4,B,Web Dev"));

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
              assertThat(r.raw()).isEqualTo(Rejection.joinFields(List.of("4", "B", "Web Dev")));
            });
  }

  @Test
  void rejectsRowWithExtraFieldsAsMalformed() throws IOException {
    // An unquoted company name with a comma shifts every later field.
    Collected collected =
        TestTables.read(
            adapter, utf8(HEADER, "4,Acme, Inc.,Web Developer,500000,1,Pune,Full Time,Web"));

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_ROW));
  }

  @Test
  void readsAFileThatStartsWithAByteOrderMark() throws IOException {
    SourceTable table =
        TestTables.writeWithBom(
            dir, "bom.csv", HEADER + "\n4,A,Web Developer,500000,2,Pune,Full Time,Web\n");

    assertThat(TestTables.read(adapter, table).accepted)
        .singleElement()
        .satisfies(r -> assertThat(r.attributes()).containsEntry("rating", "4"));
  }

  @Test
  void doesNotRecogniseAnotherDatasetsHeaderEvenUnderItsFileName() {
    TableHeader levels =
        new TableHeader(
            "Salary_Dataset_with_Extra_Features.csv",
            List.of(
                "timestamp",
                "company",
                "level",
                "title",
                "totalyearlycompensation",
                "location",
                "yearsofexperience",
                "yearsatcompany",
                "tag",
                "basesalary",
                "stockgrantvalue",
                "bonus"));
    // The original Kaggle table, without the two added columns, is a different format.
    TableHeader withoutExtraFeatures =
        new TableHeader(
            "Salary_Dataset_with_Extra_Features.csv",
            List.of(
                "Rating", "Company Name", "Job Title", "Salary", "Salaries Reported", "Location"));

    assertThat(adapter.recognises(levels)).isFalse();
    assertThat(adapter.recognises(withoutExtraFeatures)).isFalse();
    assertThat(adapter.recognises(new TableHeader("x.csv", List.of(HEADER.split(","))))).isTrue();
  }

  @Test
  void failsNamingTheColumnWhenARequiredColumnIsMissing() throws IOException {
    SourceTable table =
        utf8(
            "Rating,Company Name,Job Title,Salary,Location,Employment Status,Job Roles",
            "4,A,Web Developer,500000,Pune,Full Time,Web");

    assertThatThrownBy(() -> TestTables.read(adapter, table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("required column 'Salaries Reported' is missing");
  }
}
