package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.devpay.core.model.Seniority;
import org.devpay.testing.RealColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeniorityTaxonomyTest {
  private final SeniorityTaxonomy seniority = SeniorityTaxonomy.fromResources();

  /** Every DOU `Тайтл` value (13 distinct in June 2025). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Middle|MIDDLE",
        "Senior|SENIOR",
        "Junior|JUNIOR",
        "Lead / Team Lead|LEAD_PRINCIPAL",
        "Manager|UNKNOWN",
        "Немає тайтлу|UNKNOWN",
        "Tech Lead|LEAD_PRINCIPAL",
        "Head|LEAD_PRINCIPAL",
        "CEO / C-level (Chief) / Director / VP|LEAD_PRINCIPAL",
        "Intern/Trainee|JUNIOR",
        "Architect|LEAD_PRINCIPAL",
        "Staff|LEAD_PRINCIPAL",
        "Principal|LEAD_PRINCIPAL",
      })
  void mapsEveryDouTitle(String label, Seniority expected) {
    assertThat(seniority.classify(DatasetIds.DOU_UA, label)).isEqualTo(expected);
  }

  /**
   * DOU's job titles of 2015-2020 carry the level ("Junior Software Engineer"); on the ladder
   * Junior / plain / Senior / Tech Lead the plain developer and QA titles are the middle rung.
   * 2022's {@code position} is a level.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Junior Software Engineer|JUNIOR",
        "Software Engineer|MIDDLE",
        "Senior Software Engineer|SENIOR",
        "Junior QA engineer|JUNIOR",
        "QA engineer|MIDDLE",
        "QA Engineer|MIDDLE",
        "Senior QA engineer|SENIOR",
        "Junior QA|JUNIOR",
        "Technical Lead|LEAD_PRINCIPAL",
        "Team/Technical Lead|LEAD_PRINCIPAL",
        "QA Tech Lead|LEAD_PRINCIPAL",
        "System Architect|LEAD_PRINCIPAL",
        "Senior Project Manager / Program Manager|SENIOR",
        "Project manager|UNKNOWN",
        "HR|UNKNOWN",
        "Team Lead|LEAD_PRINCIPAL",
      })
  void mapsDouJobTitlesAndLevels(String label, Seniority expected) {
    assertThat(seniority.classify(DatasetIds.DOU_UA, label)).isEqualTo(expected);
  }

  @Test
  void everyDouTitleInTheFileIsCovered() {
    Map<String, Long> counts =
        RealColumns.counts("dou-ua-salaries/2025_june_raw.csv", RealColumns.WINDOWS_1251, "Тайтл");
    assertThat(counts).hasSize(13);
    Map<Seniority, Long> levels = report("DOU Тайтл", DatasetIds.DOU_UA, counts);
    // dou-ua-salaries 2025 Тайтл counts: Middle 3,870; Senior 3,421; Junior 1,472 + Intern 107.
    assertThat(levels.get(Seniority.MIDDLE)).isEqualTo(3_870);
    assertThat(levels.get(Seniority.SENIOR)).isEqualTo(3_421);
    assertThat(levels.get(Seniority.JUNIOR)).isEqualTo(1_472 + 107);
  }

  /** EU `Seniority level` (2019/2020), `Your level` (2018) and `Уровень` (2017) values. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Senior|SENIOR",
        "Middle|MIDDLE",
        "Junior|JUNIOR",
        "Lead|LEAD_PRINCIPAL",
        "Head|LEAD_PRINCIPAL",
        "Principal|LEAD_PRINCIPAL",
        "Entry level|JUNIOR",
        "Working Student|JUNIOR",
        "intern|JUNIOR",
        "C-level executive manager|LEAD_PRINCIPAL",
        "Director|LEAD_PRINCIPAL",
        "No level |UNKNOWN",
        "Key|UNKNOWN",
        "Self employed|UNKNOWN",
      })
  void mapsEuLevels(String label, Seniority expected) {
    assertThat(seniority.classify(DatasetIds.IT_SALARY_SURVEY_EU, label)).isEqualTo(expected);
  }

  /** Glassdoor India job titles carry the level in words. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Senior IOS Developer|SENIOR",
        "Sr iOS Developer|SENIOR",
        "Junior Java Developer|JUNIOR",
        "Software Development Engineer - Intern|JUNIOR",
        "Middle IOS Developer|MIDDLE",
        "Lead Software Development Engineer|LEAD_PRINCIPAL",
        "Java SSE|SENIOR",
        "Software Development Engineer II|UNKNOWN",
        "Software Development Engineer (SDE)|UNKNOWN",
        "Senior/Lead Developer|LEAD_PRINCIPAL",
        "Member of Technical Staff|UNKNOWN",
        "Senior MTS|SENIOR",
        "Lead MTS|LEAD_PRINCIPAL",
        "Staff Software Engineer|LEAD_PRINCIPAL",
        "L5|UNKNOWN",
      })
  void readsLevelWordsInJobTitles(String title, Seniority expected) {
    assertThat(seniority.classify(DatasetIds.GLASSDOOR_INDIA, title)).isEqualTo(expected);
  }

  @Test
  void glassdoorTitlesMostlyStayUnknownWithoutALevelWord() {
    Map<String, Long> counts =
        RealColumns.counts(
            "glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv", "Job Title");
    Map<Seniority, Long> levels = report("Glassdoor Job Title", DatasetIds.GLASSDOOR_INDIA, counts);
    assertThat(levels.get(Seniority.JUNIOR)).isPositive();
    assertThat(levels.get(Seniority.SENIOR)).isPositive();
  }

  @Test
  void blankAndOddCaseLabels() {
    assertThat(seniority.classify("x", "")).isEqualTo(Seniority.UNKNOWN);
    assertThat(seniority.classify("x", "  SENIOR  ")).isEqualTo(Seniority.SENIOR);
    assertThat(seniority.classify("x", "mid-level")).isEqualTo(Seniority.MIDDLE);
  }

  private Map<Seniority, Long> report(String name, String dataset, Map<String, Long> counts) {
    Map<Seniority, Long> levels = new EnumMap<>(Seniority.class);
    counts.forEach((label, n) -> levels.merge(seniority.classify(dataset, label), n, Long::sum));
    System.out.printf("[seniority] %s (%d distinct): %s%n", name, counts.size(), levels);
    return levels;
  }
}
