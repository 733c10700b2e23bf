package org.devpay.sources.dou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.SourceTable;
import org.devpay.sources.TableHeader;
import org.devpay.sources.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOU adapter on small hand-written tables in the June 2025 layout. */
class DouJune2025AdapterTest {
  /** The published header, in file order; the salary name has its line break, as published. */
  static final List<String> HEADER =
      List.of(
          DouJune2025Adapter.SUBMITTED_AT,
          DouJune2025Adapter.EMPLOYMENT,
          "ЗАРПЛАТА / СУМАРНИЙ ДОХІД в IT у $$$ за місяць, лише ставка \nЧИСТИМИ - після сплати"
              + " податків",
          DouJune2025Adapter.BONUS,
          DouJune2025Adapter.TITLE,
          DouJune2025Adapter.CATEGORY,
          DouJune2025Adapter.POSITION,
          DouJune2025Adapter.INDUSTRY,
          DouJune2025Adapter.SPECIALIZATION,
          DouJune2025Adapter.USES_LANGUAGES,
          DouJune2025Adapter.MAIN_LANGUAGE,
          DouJune2025Adapter.COMPANY_TYPE,
          DouJune2025Adapter.COMPANY_SIZE,
          DouJune2025Adapter.EXPERIENCE,
          DouJune2025Adapter.ENGLISH,
          DouJune2025Adapter.RESIDENCE,
          DouJune2025Adapter.FIELD_OF_STUDY,
          DouJune2025Adapter.AGE);

  private final DouJune2025Adapter adapter = new DouJune2025Adapter();

  @TempDir Path dir;

  /** A complete, acceptable synthetic row: a middle back-end developer in Ukraine. */
  private static Map<String, String> backEndDeveloper() {
    Map<String, String> row = new LinkedHashMap<>();
    HEADER.forEach(column -> row.put(column, ""));
    row.put(DouJune2025Adapter.SUBMITTED_AT, "2025-06-01 10:00:00");
    row.put(DouJune2025Adapter.EMPLOYMENT, "Працюю в IT-компанії / ІТ-департаменті");
    row.put(HEADER.get(2), "3000");
    row.put(DouJune2025Adapter.BONUS, "100");
    row.put(DouJune2025Adapter.TITLE, "Middle");
    row.put(DouJune2025Adapter.CATEGORY, "SE");
    row.put(
        DouJune2025Adapter.POSITION,
        "Software Engineer / Developer (frontend, backend, mobile, gamedev, embedded etc )");
    row.put(
        DouJune2025Adapter.INDUSTRY,
        "Fintech / Banking / Capital Management, Різнопланові проєкти, немає одного основного"
            + " (HR etc)");
    row.put(DouJune2025Adapter.SPECIALIZATION, "Back-end розробка");
    row.put(DouJune2025Adapter.MAIN_LANGUAGE, "C# / .NET");
    row.put(DouJune2025Adapter.EXPERIENCE, "4");
    row.put(DouJune2025Adapter.RESIDENCE, "В Україні");
    row.put(DouJune2025Adapter.AGE, "30");
    return row;
  }

  private static Map<String, String> withSalary(String salary) {
    Map<String, String> row = backEndDeveloper();
    row.put(HEADER.get(2), salary);
    return row;
  }

  private static String csv(List<String> header, List<Map<String, String>> rows) {
    StringBuilder text = new StringBuilder(line(header)).append("\r\n");
    for (Map<String, String> row : rows) {
      text.append(line(new ArrayList<>(row.values()))).append("\r\n");
    }
    return text.toString();
  }

  private static String line(List<String> fields) {
    return fields.stream()
        .map(f -> "\"" + f.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(","));
  }

  private SourceTable windows1251(String text) throws IOException {
    return TestTables.write(dir, "2025_june_raw.csv", text, DouJune2025Adapter.CHARSET);
  }

  @Test
  void readsACompleteRowIntoRawLabels() throws IOException {
    Collected collected =
        TestTables.read(adapter, windows1251(csv(HEADER, List.of(backEndDeveloper()))));

    assertThat(collected.rejected).isEmpty();
    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.datasetId()).isEqualTo("dou-ua");
              assertThat(r.respondentKey()).isEqualTo("1");
              assertThat(r.pay().amount()).isEqualTo(3000.0);
              assertThat(r.roleLabel()).isEqualTo("Back-end розробка");
              assertThat(r.seniorityLabel()).isEqualTo("Middle");
              assertThat(r.industryLabels())
                  .containsExactly(
                      "Fintech / Banking / Capital Management",
                      "Різнопланові проєкти, немає одного основного (HR etc)");
              assertThat(r.skillLabels()).containsExactly("C# / .NET");
              assertThat(r.countryText()).isEqualTo("UA");
              assertThat(r.attributes())
                  .containsEntry("monthly_bonus_usd", "100")
                  .containsEntry("specialization", "Back-end розробка")
                  .containsEntry("category", "SE");
            });
  }

  @Test
  void leavesTheCountryEmptyForRespondentsAbroad() throws IOException {
    Map<String, String> abroad = backEndDeveloper();
    abroad.put(DouJune2025Adapter.RESIDENCE, "За кордоном, але планую повернутися");

    Collected collected = TestTables.read(adapter, windows1251(csv(HEADER, List.of(abroad))));

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.countryText()).isEmpty();
              assertThat(r.attributes())
                  .containsEntry("residence", "За кордоном, але планую повернутися");
            });
  }

  @Test
  void rejectsEachBadSalaryWithItsReasonAndQuotesTheValue() throws IOException {
    List<Map<String, String>> rows =
        List.of(withSalary(""), withSalary("NA"), withSalary("2 тис."), withSalary("-100"));

    Collected collected = TestTables.read(adapter, windows1251(csv(HEADER, rows)));

    assertThat(collected.accepted).isEmpty();
    assertThat(collected.rejected)
        .extracting(Rejection::rowNumber, Rejection::reason, Rejection::detail)
        .containsExactly(
            tuple(1L, RejectReason.MISSING_AMOUNT, "salary is empty"),
            tuple(2L, RejectReason.MISSING_AMOUNT, "salary='NA'"),
            tuple(3L, RejectReason.UNPARSEABLE_AMOUNT, "salary='2 тис.'"),
            tuple(4L, RejectReason.NON_POSITIVE_AMOUNT, "salary='-100'"));
    assertThat(collected.rejected.get(2).raw())
        .isEqualTo(Rejection.joinFields(withSalary("2 тис.").values()));
  }

  @Test
  void rejectsTruncatedLastRowWithReason() throws IOException {
    String text = csv(HEADER, List.of(backEndDeveloper()));
    // The file ends inside the industry answer, as a cut-off download would.
    text +=
        "\"2025-06-02 11:00:00\",\"Працюю в IT-компанії\",\"2500\",\"0\",\"Senior\",\"SE\",\"x\","
            + "\"Fintech / Ban";

    Collected collected = TestTables.read(adapter, windows1251(text));

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo(RejectReason.TRUNCATED_ROW);
              assertThat(r.detail()).contains("8 of 18 fields");
            });
  }

  @Test
  void rejectsRowWithExtraFieldsAsMalformed() throws IOException {
    String text = csv(HEADER, List.of(backEndDeveloper()));
    text = text.replace("\"30\"\r\n", "\"30\",\"зайве\"\r\n");

    Collected collected = TestTables.read(adapter, windows1251(text));

    assertThat(collected.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_ROW));
  }

  @Test
  void readsAUtf8CopyThatStartsWithAByteOrderMark() throws IOException {
    SourceTable table =
        TestTables.writeWithBom(dir, "dou.csv", csv(HEADER, List.of(backEndDeveloper())));

    assertThat(new FormatDetector(AdapterRegistry.standard()).detect(table).adapter())
        .hasValueSatisfying(a -> assertThat(a.formatId()).isEqualTo("dou-ua/2025-06"));
    assertThat(TestTables.read(adapter, table).accepted)
        .singleElement()
        .satisfies(r -> assertThat(r.roleLabel()).isEqualTo("Back-end розробка"));
  }

  @Test
  void recognisesTheHeaderWhateverTheLineBreakInsideTheSalaryName() {
    List<String> crlf = new ArrayList<>(HEADER);
    crlf.set(2, HEADER.get(2).replace("\n", "\r\n"));

    assertThat(adapter.recognises(new TableHeader("any.csv", HEADER))).isTrue();
    assertThat(adapter.recognises(new TableHeader("any.csv", crlf))).isTrue();
  }

  @Test
  void doesNotRecogniseAnotherDatasetsHeaderEvenUnderItsFileName() {
    TableHeader glassdoor =
        new TableHeader(
            "2025_june_raw.csv",
            List.of(
                "Rating",
                "Company Name",
                "Job Title",
                "Salary",
                "Salaries Reported",
                "Location",
                "Employment Status",
                "Job Roles"));
    TableHeader withoutSpecialization =
        new TableHeader(
            "2025_june_raw.csv",
            HEADER.stream().filter(c -> !c.equals(DouJune2025Adapter.SPECIALIZATION)).toList());

    assertThat(adapter.recognises(glassdoor)).isFalse();
    assertThat(adapter.recognises(withoutSpecialization)).isFalse();
  }

  @Test
  void failsNamingTheColumnWhenARequiredColumnIsMissing() throws IOException {
    List<String> header = HEADER.stream().filter(c -> !c.equals(DouJune2025Adapter.AGE)).toList();
    Map<String, String> row = backEndDeveloper();
    row.remove(DouJune2025Adapter.AGE);
    SourceTable table = windows1251(csv(header, List.of(row)));

    assertThatThrownBy(() -> TestTables.read(adapter, table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("required column 'Ваш вік' is missing");
  }

  @Test
  void readsTheSameAnswersFromUtf8AsFromWindows1251() throws IOException {
    String text = csv(HEADER, List.of(backEndDeveloper()));
    SourceTable utf8 = TestTables.write(dir, "utf8.csv", text, StandardCharsets.UTF_8);

    // The encoding is detected per file: a UTF-8 re-save of the export reads as the original.
    assertThat(TestTables.read(adapter, utf8).accepted)
        .usingRecursiveComparison()
        .isEqualTo(TestTables.read(adapter, windows1251(text)).accepted);
    assertThat(TestTables.read(adapter, utf8).accepted.get(0).roleLabel())
        .isEqualTo("Back-end розробка");
  }
}
