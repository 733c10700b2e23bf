package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.sources.TableHeader;
import org.devpay.sources.csv.CsvHeader;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published column lists ({@code columns/so-survey-YEAR.txt}) that tell the years apart: each
 * equals, name for name and in order, the header of that year's real file where one is at hand
 * (2011, 2012, 2014 and 2015 in ../shared/data, their names built from both header rows; 2016 and
 * 2017 in ../shared/data; 2018 and 2022 to 2025 in ../shared/fixtures), and the lists are such that
 * a complete file is claimed by its own year only. 2019 to 2021 have no file at hand: their lists
 * are transcribed from published copies of the header (see each file's comment).
 */
class StackOverflowColumnsTest {
  private static SourceTable realTable(int year) throws IOException {
    return switch (year) {
      case 2016 ->
          SourceTables.tablesIn(
                  RealData.file("so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz"))
              .get(0);
      case 2017 ->
          SourceTables.tablesIn(RealData.file("so-survey-2017-partial/survey_results_public.csv"))
              .get(0);
      default -> StackOverflowRealRowsTest.table(golden(year));
    };
  }

  private static JsonNode golden(int year) throws IOException {
    try (InputStream in = StackOverflowColumnsTest.class.getResourceAsStream("real_rows.json")) {
      for (JsonNode file : new ObjectMapper().readTree(in).get("files")) {
        if (file.get("year").asInt() == year) {
          return file;
        }
      }
    }
    throw new AssertionError("no real file of " + year);
  }

  private static SurveySchema schema(int year) {
    return StackOverflowSchemas.all().stream()
        .filter(s -> s.year() == year)
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2011, 2012, 2014, 2015, 2016, 2017, 2018, 2022, 2023, 2024, 2025})
  void eachListIsTheRealFilesHeader(int year) throws IOException {
    TableHeader header = ReadableTable.detect(realTable(year)).header();

    List<String> names =
        StackOverflowColumns.names(schema(year), CsvHeader.of(header).rows()).names();

    assertThat(names).containsExactlyElementsOf(StackOverflowColumns.official(year));
  }

  @Test
  void everyYearButTwoThousandThirteenHasAListHoldingItsNeededColumns() {
    for (SurveySchema schema : StackOverflowSchemas.all()) {
      List<String> official = StackOverflowColumns.official(schema.year());
      if (schema.year() == 2013) {
        assertThat(official).isEmpty();
        continue;
      }
      assertThat(official).as("%s", schema.year()).containsAll(schema.needed());
      Set<String> keys = new HashSet<>();
      official.forEach(name -> assertThat(keys.add(CsvHeader.looseKey(name))).as(name).isTrue());
    }
  }

  /**
   * Of any two years of one layout, each has a column the other lacks: so a complete header of one
   * year holds a column that is foreign to the other, which then never claims it.
   */
  @Test
  void noListIsInsideAnotherOfItsLayout() {
    List<SurveySchema> schemas =
        StackOverflowSchemas.all().stream()
            .filter(s -> !StackOverflowColumns.official(s.year()).isEmpty())
            .toList();
    for (SurveySchema a : schemas) {
      for (SurveySchema b : schemas) {
        if (a == b || a.layout() != b.layout()) {
          continue;
        }
        Set<String> other = new HashSet<>();
        StackOverflowColumns.official(b.year()).forEach(n -> other.add(CsvHeader.looseKey(n)));
        assertThat(
                StackOverflowColumns.official(a.year()).stream()
                    .map(CsvHeader::looseKey)
                    .anyMatch(k -> !other.contains(k)))
            .as("%s has a column %s lacks", a.year(), b.year())
            .isTrue();
      }
    }
  }

  @Test
  void aCompleteOneRowHeaderOfEachYearIsClaimedByThatYearOnly() {
    for (SurveySchema schema : StackOverflowSchemas.all()) {
      if (schema.layout() != SurveySchema.HeaderLayout.COLUMN_ROW) {
        continue;
      }
      TableHeader header =
          new TableHeader("results.csv", StackOverflowColumns.official(schema.year()));
      for (StackOverflowSurveyAdapter adapter : StackOverflowSurveyAdapter.allEditions()) {
        assertThat(adapter.recognises(header))
            .as("%s's columns recognised by %s", schema.year(), adapter.formatId())
            .isEqualTo(adapter.year() == schema.year());
      }
    }
  }

  @Test
  void aTableSharingOnlyCommonColumnsIsCloseToNoYear() {
    TableHeader header =
        new TableHeader("people.csv", List.of("Country", "Age", "Gender", "Industry"));
    for (StackOverflowSurveyAdapter adapter : StackOverflowSurveyAdapter.allEditions()) {
      assertThat(adapter.match(header).coverage()).as(adapter.formatId()).isZero();
    }
  }

  @Test
  void theYearInAFileNameIsOneYearNotInsideALongerNumber() {
    assertThat(StackOverflowYears.yearInName("survey_results_public_2024.csv")).hasValue(2024);
    assertThat(StackOverflowYears.yearInName("so2023_first1MiB_survey_results_public.csv"))
        .hasValue(2023);
    assertThat(StackOverflowYears.yearInName("2013 Stack Overflow Survey Responses.csv"))
        .hasValue(2013);
    assertThat(StackOverflowYears.yearInName("so2024_2024.csv")).hasValue(2024);
    assertThat(StackOverflowYears.yearInName("so_2021_vs_2024.csv")).isEmpty();
    assertThat(StackOverflowYears.yearInName("export_20240131.csv")).isEmpty();
    assertThat(StackOverflowYears.yearInName("survey_results_public.csv")).isEmpty();
  }
}
