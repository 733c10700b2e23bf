package org.devpay.sources.dou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.TableHeader;
import org.devpay.sources.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOU family adapters on small hand-written tables: one test per variation the real waves have
 * (Russian or Ukrainian headers, R-style dotted names, optional columns missing, an unnamed index
 * column, cp1251, BOM and CRLF, frequency weights), the wave from the file name or the timestamps,
 * and the failures (no wave, a per-row currency).
 */
class DouSurveyAdapterTest {
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

  private final SourceAdapter titles = new DouSurveyAdapter(DouFamily.TITLES, () -> 2025);
  private final SourceAdapter extract = new DouSurveyAdapter(DouFamily.EXTRACT, () -> 2025);
  private final SourceAdapter specializations =
      new DouSurveyAdapter(DouFamily.SPECIALIZATIONS, () -> 2025);
  private final FormatDetector detector = new FormatDetector(AdapterRegistry.standard());

  @TempDir Path dir;

  // ---------------------------------------------------------------------------------------------
  // The specialisation questionnaire, in the June 2025 layout.

  static final String SALARY_2025 =
      "ЗАРПЛАТА / СУМАРНИЙ ДОХІД в IT у $$$ за місяць, лише ставка \nЧИСТИМИ - після сплати"
          + " податків";
  static final String SPECIALIZATION_2025 = "Вкажіть вашу основну спеціалізацію";
  static final String RESIDENCE_2025 = "Де ви зараз живете?";
  static final String AGE_2025 = "Ваш вік";

  /** The published header of 2025_june_raw.csv, in file order. */
  static final List<String> HEADER_2025 =
      List.of(
          "Submitted at",
          "Ваша основна зайнятість в ІТ зараз...",
          SALARY_2025,
          "Всі бонуси (на місяць)",
          "Тайтл",
          "Категорія",
          "Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку",
          "У якій сфері проєкт, в якому ви зараз працюєте?",
          SPECIALIZATION_2025,
          "Чи використовуєте ви у своїй роботі мови програмування (одну чи декілька)?",
          "Основна мова програмування",
          "Основний напрям роботи компанії, в якій працюєте",
          "Кількість спеціалістів у вашій компанії в Україні",
          "Загальний стаж роботи за нинішньою ІТ-спеціальністю",
          "Знання англійської мови",
          RESIDENCE_2025,
          "За яким напрямом ви навчалися / навчаєтеся у виші?",
          AGE_2025);

  /** A complete, acceptable row of 2025: a middle back-end developer in Ukraine. */
  private static Map<String, String> backEndDeveloper() {
    Map<String, String> row = new LinkedHashMap<>();
    HEADER_2025.forEach(column -> row.put(column, ""));
    row.put("Submitted at", "2025-06-01 10:00:00");
    row.put("Ваша основна зайнятість в ІТ зараз...", "Працюю в IT-компанії / ІТ-департаменті");
    row.put(SALARY_2025, "3000");
    row.put("Всі бонуси (на місяць)", "100");
    row.put("Тайтл", "Middle");
    row.put("Категорія", "SE");
    row.put(
        "Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку",
        "Software Engineer / Developer (frontend, backend, mobile, gamedev, embedded etc )");
    row.put(
        "У якій сфері проєкт, в якому ви зараз працюєте?",
        "Fintech / Banking / Capital Management, Різнопланові проєкти, немає одного основного"
            + " (HR etc)");
    row.put(SPECIALIZATION_2025, "Back-end розробка");
    row.put("Основна мова програмування", "C# / .NET");
    row.put("Загальний стаж роботи за нинішньою ІТ-спеціальністю", "4");
    row.put(RESIDENCE_2025, "В Україні");
    row.put(AGE_2025, "30");
    return row;
  }

  private static Map<String, String> withSalary(String salary) {
    Map<String, String> row = backEndDeveloper();
    row.put(SALARY_2025, salary);
    return row;
  }

  /** A quoted CSV table with CRLF line ends, as DOU's exports are written. */
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

  private SourceTable windows1251(String fileName, String text) throws IOException {
    return TestTables.write(dir, fileName, text, WINDOWS_1251);
  }

  private SourceTable utf8(String fileName, String text) throws IOException {
    return TestTables.write(dir, fileName, text, StandardCharsets.UTF_8);
  }

  private String detectedFormat(SourceTable table) {
    Detection detection = detector.detect(table);
    return detection.adapter().map(SourceAdapter::formatId).orElse("(skipped)");
  }

  @Test
  void readsACompleteJune2025RowIntoRawLabels() throws IOException {
    SourceTable table =
        windows1251("2025_june_raw.csv", csv(HEADER_2025, List.of(backEndDeveloper())));

    Collected collected = TestTables.read(specializations, table);

    assertThat(detectedFormat(table)).isEqualTo("dou-ua/specializations");
    assertThat(collected.rejected).isEmpty();
    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.datasetId()).isEqualTo("dou-ua");
              assertThat(r.edition()).isEqualTo("2025-06");
              assertThat(r.year()).isEqualTo(2025);
              assertThat(r.respondentKey()).isEqualTo("1");
              assertThat(r.pay().amount()).isEqualTo(3000.0);
              assertThat(r.roleLabel()).isEqualTo("Back-end розробка");
              assertThat(r.seniorityLabel()).isEqualTo("Middle");
              assertThat(r.employmentLabel()).isEqualTo("Працюю в IT-компанії / ІТ-департаменті");
              assertThat(r.experienceText()).isEqualTo("4");
              assertThat(r.industryLabels())
                  .containsExactly(
                      "Fintech / Banking / Capital Management",
                      "Різнопланові проєкти, немає одного основного (HR etc)");
              assertThat(r.skillLabels()).containsExactly("C# / .NET");
              assertThat(r.countryText()).isEqualTo("UA");
              assertThat(r.cityText()).isEmpty();
              assertThat(r.weight()).isEqualTo(1.0);
              assertThat(r.attributes())
                  .containsEntry("monthly_bonus_usd", "100")
                  .containsEntry("specialization", "Back-end розробка")
                  .containsEntry("category", "SE")
                  .containsEntry("submitted_at", "2025-06-01 10:00:00");
            });
  }

  @Test
  void leavesTheCountryEmptyForRespondentsAbroad() throws IOException {
    Map<String, String> abroad = backEndDeveloper();
    abroad.put(RESIDENCE_2025, "За кордоном, але планую повернутися");

    Collected collected =
        TestTables.read(
            specializations, windows1251("2025_june_raw.csv", csv(HEADER_2025, List.of(abroad))));

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
        List.of(
            withSalary(""),
            withSalary("NA"),
            withSalary("2 тис."),
            withSalary("-100"),
            withSalary("1,500"),
            withSalary("1500,5"));

    Collected collected =
        TestTables.read(specializations, windows1251("2025_june_raw.csv", csv(HEADER_2025, rows)));

    assertThat(collected.rejected)
        .extracting(Rejection::rowNumber, Rejection::reason, Rejection::detail)
        .containsExactly(
            tuple(1L, RejectReason.MISSING_AMOUNT, "salary is empty"),
            tuple(2L, RejectReason.MISSING_AMOUNT, "salary='NA'"),
            tuple(3L, RejectReason.UNPARSEABLE_AMOUNT, "salary='2 тис.'"),
            tuple(4L, RejectReason.NON_POSITIVE_AMOUNT, "salary='-100'"),
            // Thousands or a decimal comma with three decimals: a guess either way.
            tuple(5L, RejectReason.UNPARSEABLE_AMOUNT, "salary='1,500'"));
    assertThat(collected.rejected.get(2).raw())
        .isEqualTo(Rejection.joinFields(withSalary("2 тис.").values()));
    // A decimal comma with one or two decimals, as a ';'-separated export writes it.
    assertThat(collected.accepted)
        .singleElement()
        .satisfies(r -> assertThat(r.pay().amount()).isEqualTo(1500.5));
  }

  @Test
  void rejectsATruncatedLastRowAndARowWithExtraFields() throws IOException {
    String text = csv(HEADER_2025, List.of(backEndDeveloper(), backEndDeveloper()));
    text = text.replaceFirst("\"30\"\r\n", "\"30\",\"зайве\"\r\n");
    // The file ends inside the industry answer, as a cut-off download would.
    text +=
        "\"2025-06-02 11:00:00\",\"Працюю в IT-компанії\",\"2500\",\"0\",\"Senior\",\"SE\",\"x\","
            + "\"Fintech / Ban";

    Collected collected = TestTables.read(specializations, windows1251("2025_june_raw.csv", text));

    assertThat(collected.accepted).hasSize(1);
    assertThat(collected.rejected)
        .extracting(Rejection::rowNumber, Rejection::reason)
        .containsExactly(
            tuple(1L, RejectReason.MALFORMED_ROW), tuple(3L, RejectReason.TRUNCATED_ROW));
    assertThat(collected.rejected.get(1).detail()).contains("8 of 18 fields");
  }

  @Test
  void readsTheSameAnswersFromUtf8AsFromWindows1251() throws IOException {
    String text = csv(HEADER_2025, List.of(backEndDeveloper()));
    SourceTable utf8 = utf8("2025_june_raw.csv", text);
    List<RawRecord> fromUtf8 = TestTables.read(specializations, utf8).accepted;
    SourceTable cp1251 =
        TestTables.write(makeDirectory("cp1251"), "2025_june_raw.csv", text, WINDOWS_1251);

    // The encoding is detected per file: a UTF-8 re-save of the export reads as the original.
    assertThat(fromUtf8)
        .usingRecursiveComparison()
        .isEqualTo(TestTables.read(specializations, cp1251).accepted);
    assertThat(fromUtf8.get(0).roleLabel()).isEqualTo("Back-end розробка");
  }

  @Test
  void recognisesTheHeaderWhateverTheLineBreakInsideTheSalaryName() {
    List<String> crlf = new ArrayList<>(HEADER_2025);
    crlf.set(2, SALARY_2025.replace("\n", "\r\n"));

    assertThat(specializations.recognises(new TableHeader("any.csv", HEADER_2025))).isTrue();
    assertThat(specializations.recognises(new TableHeader("any.csv", crlf))).isTrue();
  }

  @Test
  void doesNotRecogniseAnotherDatasetsHeaderEvenUnderADouFileName() {
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

    for (SourceAdapter adapter : List.of(titles, extract, specializations)) {
      assertThat(adapter.recognises(glassdoor)).as(adapter.formatId()).isFalse();
    }
  }

  @Test
  void readsAJune2025LayoutWithOnlyPayAndTitleLevel() throws IOException {
    // Every column but pay and the title level is optional: a shortened copy still reads.
    List<String> header = List.of("Тайтл", SALARY_2025);
    Map<String, String> row = new LinkedHashMap<>();
    row.put("Тайтл", "Senior");
    row.put(SALARY_2025, "4200");

    SourceTable table = utf8("2025_june_short.csv", csv(header, List.of(row)));
    Collected collected = TestTables.read(specializations, table);

    assertThat(detectedFormat(table)).isEqualTo("dou-ua/specializations");
    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.edition()).isEqualTo("2025-06");
              assertThat(r.seniorityLabel()).isEqualTo("Senior");
              assertThat(r.roleLabel()).isEmpty();
              assertThat(r.employmentLabel()).isEmpty();
              // No residence question: the questionnaire is of Ukraine.
              assertThat(r.countryText()).isEqualTo("UA");
            });
  }

  // ---------------------------------------------------------------------------------------------
  // The job-title questionnaire of 2015-2020.

  private static final List<String> RUSSIAN_2015 =
      List.of(
          "Должность",
          "Язык программирования",
          "Специализация",
          "Общий опыт работы",
          "Опыт работы на текущем месте",
          "Зарплата в месяц",
          "Изменение зарплаты за 12 месяцев",
          "Город",
          "Размер компании",
          "Тип компании",
          "Возраст",
          "Уровень английского",
          "Предметная область",
          "Дата заполнения");

  private static final List<String> UKRAINIAN_2019 =
      List.of(
          "Отметка времени",
          "Оберіть вашу посаду",
          "Основна мова програмування",
          "Вкажіть вашу спеціалізацію",
          "Загальний стаж роботи за спеціальністю",
          "Стаж на поточному місці роботи",
          "Зарплата за місяць, net, після податків",
          "Наскільки змінилась ваша зарплата за останні 12 місяців?",
          "Місто",
          "Кількість технічних спеціалістів у вашій компанії (в Україні)",
          "Тип компанії",
          "Вік",
          "Знання англійської мови",
          "В якій області ви працюєте?");

  /** The same two respondents in the Russian layout of 2015 (as published). */
  private static String russian2015() {
    return String.join(
        "\n",
        String.join(",", RUSSIAN_2015),
        "Junior Software Engineer,JavaScript,,2,меньше 3 месяцев,1000,500,Киев,до 50 человек,"
            + "Аутсорсинговая,24,элементарный,Веб-разработка,21/12/2015 10:02:05",
        "QA engineer,,Manual QA,10 и более лет,3,1500,200,Другой,до 200 человек,Продуктовая,35,"
            + "средний,\"Финансы и банки,Корпоративные системы\",21/12/2015 10:03:35",
        "");
  }

  @Test
  void readsTheRussianTitleQuestionnaire() throws IOException {
    SourceTable table = utf8("2015_dec_raw.csv", russian2015());

    Collected collected = TestTables.read(titles, table);

    assertThat(detectedFormat(table)).isEqualTo("dou-ua/titles");
    assertThat(collected.rejected).isEmpty();
    assertThat(collected.accepted)
        .extracting(
            RawRecord::edition,
            RawRecord::roleLabel,
            RawRecord::seniorityLabel,
            RawRecord::experienceText,
            RawRecord::cityText,
            RawRecord::countryText,
            RawRecord::skillLabels,
            RawRecord::industryLabels)
        .containsExactly(
            tuple(
                "2015-12",
                "Junior Software Engineer",
                "Junior Software Engineer",
                "2",
                "Киев",
                "UA",
                List.of("JavaScript"),
                List.of("Веб-разработка")),
            tuple(
                "2015-12",
                "QA engineer",
                "QA engineer",
                "10 и более лет",
                // "Другой" (another city) names no place; the questionnaire is of Ukraine.
                "",
                "UA",
                List.of(),
                List.of("Финансы и банки", "Корпоративные системы")));
    assertThat(collected.accepted.get(1).attributes())
        .containsEntry("specialization", "Manual QA")
        .containsEntry("city", "Другой")
        .containsEntry("current_job_experience", "3")
        .containsEntry("submitted_at", "21/12/2015 10:03:35");
    assertThat(collected.accepted.get(0).pay().amount()).isEqualTo(1000.0);
  }

  @Test
  void readsUkrainianHeadersAsTheRussianOnes() throws IOException {
    String ukrainian =
        String.join(
            "\r\n",
            line(UKRAINIAN_2019),
            "2019/12/03 11:30:54 AM GMT+2,Junior Software Engineer,JavaScript,,2,меньше 3 месяцев,"
                + "1000,500,Киев,до 50 человек,Аутсорсинговая,24,элементарный,Веб-разработка",
            "2019/12/03 4:22:31 PM GMT+2,QA engineer,,Manual QA,10 и более лет,3,1500,200,Другой,"
                + "до 200 человек,Продуктовая,35,средний,Финансы и банки;Корпоративні системи",
            "");

    List<RawRecord> fromUkrainian =
        TestTables.read(titles, TestTables.writeWithBom(dir, "2015_dec_uk.csv", ukrainian))
            .accepted;
    List<RawRecord> fromRussian =
        TestTables.read(titles, utf8("2015_dec.csv", russian2015())).accepted;

    assertThat(fromUkrainian)
        .extracting(
            RawRecord::roleLabel,
            RawRecord::experienceText,
            RawRecord::cityText,
            RawRecord::skillLabels,
            r -> r.pay().amount())
        .containsExactlyElementsOf(
            fromRussian.stream()
                .map(
                    r ->
                        tuple(
                            r.roleLabel(),
                            r.experienceText(),
                            r.cityText(),
                            r.skillLabels(),
                            r.pay().amount()))
                .toList());
    // 2019 joins its industries with ';'.
    assertThat(fromUkrainian.get(1).industryLabels())
        .containsExactly("Финансы и банки", "Корпоративні системи");
  }

  @Test
  void readsRStyleDottedHeadersAndTheNIndexColumnOfJune2020() throws IOException {
    String mini =
        String.join(
            "\r\n",
            "\"N\",\"Город\",\"Зарплата.в.месяц\",\"Изменение.зарплаты.за.12.месяцев\","
                + "\"Должность\",\"exp\",\"current_job_exp\",\"Язык.программирования\"",
            "2,\"Ужгород\",\"1800\",\"1\",\"Senior Software Engineer\",\"10\",\"10\",\"Ruby/Rails\"",
            "");
    SourceTable table = utf8("2020_june_mini.csv", mini);

    Collected collected = TestTables.read(titles, table);

    assertThat(detectedFormat(table)).isEqualTo("dou-ua/titles");
    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.edition()).isEqualTo("2020-06");
              assertThat(r.pay().amount()).isEqualTo(1800.0);
              assertThat(r.roleLabel()).isEqualTo("Senior Software Engineer");
              assertThat(r.experienceText()).isEqualTo("10");
              assertThat(r.cityText()).isEqualTo("Ужгород");
              assertThat(r.skillLabels()).containsExactly("Ruby/Rails");
              assertThat(r.respondentKey()).isEqualTo("1");
            });
  }

  @Test
  void readsAnUnnamedIndexColumnAsTheDecember2016FileHasOne() throws IOException {
    String text =
        String.join(
            "\n",
            ",Должность,Язык программирования,Зарплата в месяц,Город",
            ",Software Engineer,JavaScript,2200,Днепр",
            "7,Team lead,Java,3000,Львов",
            "");

    Collected collected = TestTables.read(titles, utf8("2016_dec_raw.csv", text));

    assertThat(collected.rejected).isEmpty();
    assertThat(collected.accepted)
        .extracting(RawRecord::roleLabel, r -> r.pay().amount(), RawRecord::cityText)
        .containsExactly(
            tuple("Software Engineer", 2200.0, "Днепр"), tuple("Team lead", 3000.0, "Львов"));
  }

  @Test
  void toleratesLabelSpacingAndCaseAndMissingOptionalColumns() throws IOException {
    String text =
        String.join("\n", " ДОЛЖНОСТЬ , зарплата   В  месяц", "Senior QA engineer,2500", "");
    SourceTable table = utf8("2017_dec_raw.csv", text);

    Collected collected = TestTables.read(titles, table);

    assertThat(detectedFormat(table)).isEqualTo("dou-ua/titles");
    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.edition()).isEqualTo("2017-12");
              assertThat(r.roleLabel()).isEqualTo("Senior QA engineer");
              assertThat(r.skillLabels()).isEmpty();
              assertThat(r.experienceText()).isEmpty();
              assertThat(r.countryText()).isEqualTo("UA");
            });
  }

  @Test
  void readsACp1251CopyAsTheUtf8One() throws IOException {
    List<RawRecord> fromCp1251 =
        TestTables.read(titles, windows1251("2015_dec_raw.csv", russian2015())).accepted;
    SourceTable utf8Copy =
        TestTables.write(
            makeDirectory("utf8"), "2015_dec_raw.csv", russian2015(), StandardCharsets.UTF_8);

    assertThat(fromCp1251)
        .usingRecursiveComparison()
        .isEqualTo(TestTables.read(titles, utf8Copy).accepted);
    assertThat(fromCp1251.get(0).cityText()).isEqualTo("Киев");
  }

  @Test
  void readsABomAndCrlfCopyAsThePlainOne() throws IOException {
    String crlf = russian2015().replace("\n", "\r\n");
    List<RawRecord> fromBom =
        TestTables.read(titles, TestTables.writeWithBom(dir, "2015_dec_bom.csv", crlf)).accepted;

    assertThat(fromBom)
        .usingRecursiveComparison()
        .isEqualTo(TestTables.read(titles, utf8("2015_dec_raw.csv", russian2015())).accepted);
    assertThat(fromBom).hasSize(2);
  }

  @Test
  void refusesAQuestionnaireWithAPerRowCurrency() {
    TableHeader header =
        new TableHeader(
            "2013_dec_raw.csv",
            List.of("Должность", "Зарплата в месяц", "Валюта", "Город", "Язык программирования"));

    HeaderMatch match = titles.match(header);

    assertThat(match.recognised()).isFalse();
    assertThat(match.missing()).isEmpty();
    assertThat(match.conflict()).contains("currency").contains("Валюта");
  }

  @Test
  void aHeaderWithATitleLevelIsTheSpecialisationQuestionnaireOnly() {
    TableHeader june2021 =
        new TableHeader(
            "2021_june_raw.csv",
            List.of(
                "Позначка часу",
                "Оберіть вашу посаду",
                "Вкажіть вашу основну спеціалізацію",
                "Ваш тайтл",
                "Ваш тайтл_2",
                "Зарплата у $$$ за місяць, лише ставка після сплати податків",
                "Наскільки змінилась ваша зарплата за останні 12 місяців?"));

    assertThat(titles.match(june2021).conflict()).contains("Тайтл");
    assertThat(specializations.recognises(june2021)).isTrue();
    assertThat(extract.recognises(june2021)).isFalse();
  }

  @Test
  void readsThePositionAndNumberedTitleLevelsOfADecember2020StyleFile() throws IOException {
    List<String> header =
        List.of(
            "Позначка часу",
            "Оберіть вашу посаду",
            "Вкажіть вашу основну спеціалізацію",
            "Ваш тайтл",
            "Ваш тайтл_2",
            "Місто",
            "Зарплата у $$$ за місяць, лише ставка після сплати податків");
    String text =
        String.join(
            "\n",
            line(header),
            "01.12.2020 10:00:00,Software Engineer,Front-end,Junior,,Харків,1000",
            "01.12.2020 10:05:00,QA Engineer,,,Senior,За кордоном,2500",
            "");

    Collected collected = TestTables.read(specializations, utf8("dou_salaries.csv", text));

    assertThat(collected.accepted)
        .extracting(
            RawRecord::edition,
            RawRecord::roleLabel,
            RawRecord::seniorityLabel,
            RawRecord::cityText,
            RawRecord::countryText)
        .containsExactly(
            tuple("2020-12", "Front-end", "Junior", "Харків", "UA"),
            tuple("2020-12", "QA Engineer", "Senior", "", ""));
  }

  @Test
  void readsASemicolonSeparatedWaveWithoutATitleLevelByItsDollarQuestion() throws IOException {
    // June 2023 is published ';'-separated with decimal commas, a specialisation and positions per
    // specialisation; its pay question has the "$$$" of every wave since December 2020.
    String text =
        String.join(
            "\n",
            "Спеціалізація;Ваша посада Data Science;Загальний стаж роботи за нинішньою"
                + " ІТ-спеціальністю;Зарплата / дохід у $$$ за місяць, лише ставка після сплати"
                + " податків",
            "Software Engineer;;0,5;1200",
            "Data Science, Machine Learning, AI, Big Data, Data Engineer;Data Scientist;3;2800,5",
            "");
    SourceTable table = utf8("2023_june_raw.csv", text);

    Collected collected = TestTables.read(specializations, table);

    assertThat(detectedFormat(table)).isEqualTo("dou-ua/specializations");
    assertThat(titles.match(ReadableTable.detect(table).header()).conflict()).contains("$$$");
    assertThat(collected.accepted)
        .extracting(
            RawRecord::edition,
            RawRecord::roleLabel,
            RawRecord::experienceText,
            r -> r.pay().amount())
        .containsExactly(
            tuple("2023-06", "Software Engineer", "0,5", 1200.0),
            tuple(
                "2023-06",
                "Data Science, Machine Learning, AI, Big Data, Data Engineer",
                "3",
                2800.5));
    assertThat(collected.accepted.get(1).attributes()).containsEntry("position", "Data Scientist");
  }

  // ---------------------------------------------------------------------------------------------
  // The June 2022 extract and its frequency weights.

  @Test
  void readsTheJune2022ExtractWithItsFrequencyWeights() throws IOException {
    String text =
        String.join(
            "\r\n",
            "\"salary\",\"position\",\"experience\",\"city\",\"tech\",\"freq\"",
            "\"1400\",\"Middle\",\"від 4 до 6 років\",\"Вінниця\",\"C\",1",
            "\"4500\",\"Senior\",\"понад 10 років\",\"Інше\",\"Java\",3",
            "\"3800\",\"Senior\",\"від 4 до 6 років\",\"Дніпро\",\"C\",0",
            "");
    SourceTable table = utf8("2022_june_dev.csv", text);

    Collected collected = TestTables.read(extract, table);

    assertThat(detectedFormat(table)).isEqualTo("dou-ua/dev-extract");
    assertThat(collected.accepted)
        .extracting(
            RawRecord::edition,
            RawRecord::roleLabel,
            RawRecord::seniorityLabel,
            RawRecord::experienceText,
            RawRecord::cityText,
            RawRecord::weight)
        .containsExactly(
            tuple("2022-06", "", "Middle", "від 4 до 6 років", "Вінниця", 1.0),
            tuple("2022-06", "", "Senior", "понад 10 років", "", 3.0));
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(3);
              assertThat(r.reason()).isEqualTo(RejectReason.INVALID_FIELD);
              assertThat(r.detail()).contains("freq='0'");
            });
  }

  @Test
  void readsTheExtractWithoutItsOptionalColumns() throws IOException {
    String text = "tech,salary,position\nPython,3000,Senior\n";

    Collected collected = TestTables.read(extract, utf8("2022_june_dev.csv", text));

    assertThat(collected.accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.weight()).isEqualTo(1.0);
              assertThat(r.skillLabels()).containsExactly("Python");
              assertThat(r.experienceText()).isEmpty();
            });
  }

  // ---------------------------------------------------------------------------------------------
  // The wave: file name, timestamps, or a clear failure.

  @Test
  void aFileNamedLikeAnotherWaveIsThatWave() throws IOException {
    SourceTable table =
        windows1251("2024_dec_raw.csv", csv(HEADER_2025, List.of(backEndDeveloper())));

    assertThat(TestTables.read(specializations, table).accepted)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.edition()).isEqualTo("2024-12");
              assertThat(r.year()).isEqualTo(2024);
            });
  }

  @Test
  void aFileWhoseNameNamesNoWaveTakesItFromItsTimestamps() throws IOException {
    String dec2016 = russian2015().replace("21/12/2015", "20/01/2017");
    String june2025 = csv(HEADER_2025, List.of(backEndDeveloper()));

    assertThat(TestTables.read(titles, utf8("dou.csv", dec2016)).accepted)
        .allSatisfy(r -> assertThat(r.edition()).isEqualTo("2016-12"));
    assertThat(TestTables.read(specializations, utf8("salaries.csv", june2025)).accepted)
        .allSatisfy(r -> assertThat(r.edition()).isEqualTo("2025-06"));
  }

  @Test
  void aFileWithNoWaveInItsNameAndNoTimestampsFailsSayingSo() throws IOException {
    String text = "Должность,Зарплата в месяц\nSoftware Engineer,2000\n";
    SourceTable table = utf8("salaries.csv", text);

    assertThatThrownBy(() -> TestTables.read(titles, table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot tell which wave of the DOU salary survey this is")
        .hasMessageContaining("'salaries.csv' names no wave")
        .hasMessageContaining("no timestamp column")
        .hasMessageContaining("for example '2024_dec_raw.csv' or '2024_june_raw.csv'");
  }

  @Test
  void aFileNamingOnlyAYearWithUnreadableTimestampsFailsNamingBoth() throws IOException {
    String text = "Должность,Зарплата в месяц,Дата заполнения\nSoftware Engineer,2000,вчора\n";
    SourceTable table = utf8("dou_2018.csv", text);

    assertThatThrownBy(() -> TestTables.read(titles, table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("gives the year 2018 but no month")
        .hasMessageContaining("timestamps in column 'Дата заполнения'");
  }

  private Path makeDirectory(String name) throws IOException {
    return java.nio.file.Files.createDirectories(dir.resolve(name));
  }
}
