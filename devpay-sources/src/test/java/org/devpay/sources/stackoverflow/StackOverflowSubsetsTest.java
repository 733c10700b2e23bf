package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.devpay.core.model.RawRecord;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.table.TableRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that hold only some of a year's official columns, cut at test time from the real rows
 * ({@code ../shared/fixtures/so-survey-samples}, {@code ../shared/data/so-survey-2011-2015}) into
 * temporary files: a year is recognised by the columns it needs, a missing optional column is not
 * recorded, the columns and then the file name tell the years apart, a file nothing tells is
 * refused saying so, and no header is ever claimed by two years (detection would throw).
 *
 * <p>Expected counts of the full files: {@code real_rows.json} (see StackOverflowRealRowsTest); a
 * cut keeps every record, so its pay and role answers, and the figures built on them, are the full
 * file's.
 */
class StackOverflowSubsetsTest {
  private static final FormatDetector DETECTOR = new FormatDetector(AdapterRegistry.standard());
  private static final List<String> SOME_2024 =
      List.of(
          "ResponseId",
          "DevType",
          "ConvertedCompYearly",
          "Country",
          "YearsCodePro",
          "Employment",
          "MainBranch");

  @TempDir Path directory;

  private static JsonNode expected(int year) throws IOException {
    try (InputStream in = StackOverflowSubsetsTest.class.getResourceAsStream("real_rows.json")) {
      for (JsonNode file : new ObjectMapper().readTree(in).get("files")) {
        if (file.get("year").asInt() == year) {
          return file;
        }
      }
    }
    throw new AssertionError("no golden figures for " + year);
  }

  private static SourceTable real(int year) throws IOException {
    return StackOverflowRealRowsTest.table(expected(year));
  }

  /** Every record of a real table, as read. */
  private static List<List<String>> records(SourceTable table) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (TableRecords in = ReadableTable.detect(table).openRecords()) {
      for (Optional<List<String>> r = in.next(); r.isPresent(); r = in.next()) {
        records.add(r.get());
      }
    }
    return records;
  }

  /** Writes records to a new UTF-8 CSV file under a chosen name. */
  private SourceTable write(String fileName, List<List<String>> records) throws IOException {
    Path file = directory.resolve(fileName);
    try (CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
      records.forEach(writer::writeRecord);
    }
    return new SourceTable(file, fileName, SourceTable.Compression.NONE);
  }

  /** The named columns of a one-header-row table, every record, in the given order. */
  private static List<List<String>> columns(List<List<String>> records, List<String> names) {
    List<String> header = records.get(0);
    List<Integer> positions = new ArrayList<>();
    for (String name : names) {
      int position = header.indexOf(name);
      assertThat(position).as("column %s", name).isNotNegative();
      positions.add(position);
    }
    List<List<String>> cut = new ArrayList<>();
    for (List<String> record : records) {
      List<String> kept = new ArrayList<>();
      for (int position : positions) {
        kept.add(position < record.size() ? record.get(position) : "");
      }
      cut.add(kept);
    }
    return cut;
  }

  private static List<List<String>> without(List<List<String>> records, String name) {
    List<String> names = new ArrayList<>(records.get(0));
    names.remove(name);
    return columns(records, names);
  }

  private static Collected read(Detection detection) throws IOException {
    Collected collected = new Collected();
    detection.adapter().orElseThrow().read(detection.readable().orElseThrow(), collected);
    return collected;
  }

  private static String formatOf(Detection detection) {
    return detection.adapter().map(SourceAdapter::formatId).orElse("(skipped)");
  }

  private static HeaderMatch matchOf(SourceTable table, int year) throws IOException {
    return StackOverflowSurveyAdapter.edition(year).match(ReadableTable.detect(table).header());
  }

  @Test
  void aFileWithSomeOfTheOfficialColumnsIsReadAsTheYearItsNameSays() throws IOException {
    JsonNode full = expected(2024);
    SourceTable subset =
        write("survey_results_public_2024.csv", columns(records(real(2024)), SOME_2024));

    Detection detection = DETECTOR.detect(subset);
    assertThat(formatOf(detection)).isEqualTo("so-survey/2024");
    Collected collected = read(detection);

    assertThat(collected.accepted).hasSize(full.get("accepted").asInt());
    assertThat(collected.rejected).hasSize(full.get("rejected").get("MISSING_AMOUNT").asInt());
    Map<String, Long> labels =
        collected.accepted.stream()
            .collect(
                Collectors.groupingBy(RawRecord::roleLabel, TreeMap::new, Collectors.counting()));
    assertThat(labels.keySet()).containsExactlyElementsOf(iterable(full.get("role_labels")));
    // Columns the cut does not hold are not recorded; those it holds are read.
    assertThat(collected.accepted)
        .allSatisfy(
            r -> {
              assertThat(r.industryLabels()).isEmpty();
              assertThat(r.skillLabels()).isEmpty();
              assertThat(r.attributes()).doesNotContainKeys("org_size", "age", "comp_total");
              assertThat(r.countryText()).isEqualTo("Finland");
            });
    assertThat(collected.accepted).anySatisfy(r -> assertThat(r.experienceText()).isNotEmpty());
    assertThat(collected.accepted)
        .anySatisfy(
            r ->
                assertThat(r.attributes())
                    .containsEntry("main_branch", "I am a developer by profession"));
  }

  @Test
  void aFileThatNothingTellsTheYearOfIsRefusedSayingSoAndWhatToDo() throws IOException {
    SourceTable subset = write("subset.csv", columns(records(real(2024)), SOME_2024));

    Detection detection = DETECTOR.detect(subset);

    assertThat(detection.recognised()).isFalse();
    // The first rows' multi-select Employment rules out 2021 and 2025 (single choice); 2022 to
    // 2024 have every one of these columns.
    assertThat(matchOf(subset, 2021).conflict()).contains("Employment holds several answers");
    assertThat(matchOf(subset, 2025).conflict())
        .contains("'YearsCodePro'", "which Stack Overflow 2025's file does not have");
    for (int year : new int[] {2022, 2023, 2024}) {
      HeaderMatch match = matchOf(subset, year);
      assertThat(match.missing()).isEmpty();
      assertThat(match.conflict())
          .as("%s", year)
          .isEqualTo(
              "its columns fit Stack Overflow 2022, 2023 and 2024 and neither its name nor its"
                  + " first rows tell which: name the file after its survey year (as"
                  + " survey_results_public_2024.csv) or keep a column only that year has");
    }
    // Detection lists the closest formats (all of these fit as well as each other) with why.
    assertThat(detection.closest())
        .anySatisfy(
            m -> assertThat(m.conflict()).startsWith("its columns fit Stack Overflow 2022"));

    // The same columns named after their year, in another form, are read.
    SourceTable named = write("so2024_finland.csv", columns(records(real(2024)), SOME_2024));
    assertThat(formatOf(DETECTOR.detect(named))).isEqualTo("so-survey/2024");
  }

  @Test
  void aColumnOnlyOneYearHasTellsTheYearWithoutTheName() throws IOException {
    List<String> names = new ArrayList<>(SOME_2024);
    names.add("JobSat");
    SourceTable subset = write("subset.csv", columns(records(real(2024)), names));

    Detection detection = DETECTOR.detect(subset);

    assertThat(formatOf(detection)).isEqualTo("so-survey/2024");
    assertThat(matchOf(subset, 2023).conflict())
        .isEqualTo("has 'JobSat', which Stack Overflow 2023's file does not have");
    assertThat(read(detection).accepted).hasSize(expected(2024).get("accepted").asInt());
  }

  @Test
  void severalAnswersInOneCellRuleOutTheSingleChoiceYears() throws IOException {
    List<List<String>> records =
        columns(records(real(2022)), List.of("DevType", "ConvertedCompYearly", "Country"));
    // Rows with pay only, so that the first rows hold a multi-select developer type.
    List<List<String>> withPay = new ArrayList<>(List.of(records.get(0)));
    records.subList(1, records.size()).stream()
        .filter(r -> !r.get(1).isEmpty())
        .forEach(withPay::add);
    SourceTable subset = write("subset.csv", withPay);

    Detection detection = DETECTOR.detect(subset);

    assertThat(detection.recognised()).isFalse();
    for (int year : new int[] {2023, 2024, 2025}) {
      assertThat(matchOf(subset, year).conflict())
          .startsWith("DevType holds several answers ('Data scientist or machine learning")
          .endsWith("which Stack Overflow " + year + " asked as a single choice");
    }
    assertThat(matchOf(subset, 2022).conflict())
        .startsWith("its columns fit Stack Overflow 2021 and 2022 and");

    SourceTable named = write("so2022_paid.csv", withPay);
    Detection read2022 = DETECTOR.detect(named);
    assertThat(formatOf(read2022)).isEqualTo("so-survey/2022");
    Collected collected = read(read2022);
    assertThat(collected.accepted).hasSize(expected(2022).get("accepted").asInt());
    assertThat(collected.rejected).isEmpty();
  }

  @Test
  void aFileWithoutThePayOrRoleColumnIsNotReadAndTheClosestYearNamesWhatItLacks()
      throws IOException {
    List<List<String>> records = records(real(2024));

    Detection noPay = DETECTOR.detect(write("no_pay.csv", without(records, "ConvertedCompYearly")));
    Detection noRole = DETECTOR.detect(write("no_role.csv", without(records, "DevType")));

    assertThat(noPay.recognised()).isFalse();
    assertThat(noPay.closest().get(0).formatId()).isEqualTo("so-survey/2024");
    assertThat(noPay.closest().get(0).missing()).containsExactly("ConvertedCompYearly");
    assertThat(noPay.looksLikeData()).isTrue();
    assertThat(noRole.closest().get(0).formatId()).isEqualTo("so-survey/2024");
    assertThat(noRole.closest().get(0).missing()).containsExactly("DevType");
  }

  @Test
  void anUnnamedIndexColumnAsPandasWritesItSaysNothing() throws IOException {
    JsonNode full = expected(2023);
    List<List<String>> indexed = new ArrayList<>();
    List<List<String>> records = records(real(2023));
    for (int i = 0; i < records.size(); i++) {
      List<String> record = new ArrayList<>();
      record.add(i == 0 ? "" : Integer.toString(i - 1));
      record.addAll(records.get(i));
      indexed.add(record);
    }
    Detection detection = DETECTOR.detect(write("survey_results_public.csv", indexed));

    assertThat(formatOf(detection)).isEqualTo("so-survey/2023");
    Collected collected = read(detection);
    assertThat(collected.accepted).hasSize(full.get("accepted").asInt());
    assertThat(collected.rejected)
        .hasSize(
            full.get("rejected").get("MISSING_AMOUNT").asInt()
                + full.get("rejected").get("TRUNCATED_ROW").asInt());
  }

  @Test
  void a2015CopySavedWithoutItsGroupRowIsRead() throws IOException {
    JsonNode full = expected(2015);
    List<List<String>> records = records(real(2015));
    Detection detection =
        DETECTOR.detect(write("responses.csv", records.subList(1, records.size())));

    assertThat(formatOf(detection)).isEqualTo("so-survey/2015");
    Collected collected = read(detection);
    assertThat(collected.accepted).hasSize(full.get("accepted").asInt());
    assertThat(collected.accepted.size() + collected.rejected.size())
        .isEqualTo(full.get("rows_read").asInt());
  }

  /**
   * No 2013 file is at hand, so a file of the two-row layout is read as 2013 only when its name
   * says so: shown here with the 2014 rows under 2013's official file name (a check of the rule,
   * not of 2013's columns).
   */
  @Test
  void aTwoRowFileIsRead2013WhenItsNameSays2013AndByItsColumnsOtherwise() throws IOException {
    List<List<String>> records = records(real(2014));

    Detection as2013 = DETECTOR.detect(write("2013 Stack Overflow Survey Responses.csv", records));
    Detection unnamed = DETECTOR.detect(write("responses.csv", records));

    assertThat(formatOf(as2013)).isEqualTo("so-survey/2013");
    Collected collected = read(as2013);
    assertThat(collected.accepted).hasSize(expected(2014).get("accepted").asInt());
    assertThat(collected.accepted).allSatisfy(r -> assertThat(r.edition()).isEqualTo("2013"));
    assertThat(formatOf(unnamed)).isEqualTo("so-survey/2014");
    assertThat(matchOf(write("responses2.csv", records), 2013).conflict())
        .isEqualTo(
            "devpay does not know the columns of Stack Overflow 2013: a file of this layout is"
                + " read as 2013 only when its name says 2013");
  }

  @Test
  void aTwoRowFileThatLostItsOptionRowIsRefusedSayingWhy() throws IOException {
    List<List<String>> records = new ArrayList<>(records(real(2012)));
    records.remove(1);

    SourceTable table = write("2012 Stack Overflow Survey Results.csv", records);

    assertThat(DETECTOR.detect(table).recognised()).isFalse();
    assertThat(matchOf(table, 2012).conflict())
        .startsWith("its second row is not Stack Overflow's option row ('Response' under")
        .endsWith("keep both header rows as published");
  }

  private static Iterable<String> iterable(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
