package org.devpay.sources.dou;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wave of a DOU file: from its name, else from its submission timestamps. */
class DouWaveTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2015_dec_raw.csv|2015-12",
        "2016_dec_raw.csv|2016-12",
        "2020_june_mini.csv|2020-06",
        "2022_june_dev.csv|2022-06",
        "2025_june_raw.csv|2025-06",
        "2024_dec|2024-12",
        "2016_may_final.csv|2016-05",
        "DOU 2024-12.csv|2024-12",
        "dou_2023_06.xlsx|2023-06",
        "December 2019.csv|2019-12",
        "Sept_2021.csv|2021-09",
        "зарплати_грудень_2024.csv|2024-12",
        "зарплати червня 2023.csv|2023-06",
        "зарплаты_декабрь_2016.csv|2016-12",
        "июнь-2017.tsv|2017-06",
      })
  void readsTheWaveTheFileNameStates(String fileName, String edition) {
    assertThat(DouWave.fromFileName(fileName, 2025))
        .hasValueSatisfying(w -> assertThat(w.edition()).isEqualTo(edition));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "salaries.csv", // no year
        "dou_2024.csv", // no month
        "2015-2016_dec.csv", // two years
        "2019_june_dec.csv", // two months
        "2009_dec_raw.csv", // before DOU's first survey
        "2031_june_raw.csv", // after the latest year
        "20150_dec_raw.csv", // not a year standing alone
        "2024_13.csv", // not a month
      })
  void findsNoWaveInANameThatDoesNotStateExactlyOne(String fileName) {
    assertThat(DouWave.fromFileName(fileName, 2025)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-05|2025-06", // the June 2025 survey opened on 26 May
        "2025-09|2025-06",
        "2025-04|2025-06",
        "2019-12|2019-12",
        "2019-10|2019-12",
        "2017-01|2016-12", // the December 2016 survey took answers until 20 January 2017
        "2017-03|2016-12",
      })
  void aSubmissionMonthBelongsToItsHalfYearsWave(String month, String edition) {
    assertThat(DouWave.ofSubmissionMonth(YearMonth.parse(month)).edition()).isEqualTo(edition);
  }

  @Test
  void readsTheTimestampFormsOfTheWaves() {
    assertThat(
            SubmissionTimes.months(
                List.of(
                    "21/12/2015 10:02:05",
                    "2019/12/03 11:30:54 AM GMT+2",
                    "2025-05-26 06:52:09",
                    "03.12.2020 10:00",
                    "вчора",
                    "",
                    "12/11/2009 10:00:00"),
                2025))
        .containsExactly(
            YearMonth.of(2015, 12),
            YearMonth.of(2019, 12),
            YearMonth.of(2025, 5),
            YearMonth.of(2020, 12));
  }

  @Test
  void readsYearLastDatesMonthFirstOnlyWhenASecondPartIsAbove12() {
    // A US export: 12/20/2016 can only be month first, so 1/5/2017 is 5 January.
    assertThat(SubmissionTimes.months(List.of("12/20/2016 9:00:00", "1/5/2017 9:00:00"), 2025))
        .containsExactly(YearMonth.of(2016, 12), YearMonth.of(2017, 1));
    // Otherwise day first, as DOU's forms write dates.
    assertThat(SubmissionTimes.months(List.of("05/01/2017 9:00:00"), 2025))
        .containsExactly(YearMonth.of(2017, 1));
  }

  @Test
  void theWaveOfTimestampsIsTheHalfYearOfTheirMedianMonth() {
    List<String> mostlyDecember =
        List.of(
            "20/12/2016 10:00:00",
            "21/12/2016 10:00:00",
            "28/12/2016 10:00:00",
            "20/01/2017 10:00:00",
            "01/07/2016 10:00:00");
    assertThat(SubmissionTimes.wave(mostlyDecember, 2025))
        .hasValueSatisfying(w -> assertThat(w.edition()).isEqualTo("2016-12"));
    assertThat(SubmissionTimes.wave(List.of("not a date", ""), 2025)).isEmpty();
  }
}
