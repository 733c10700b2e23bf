package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperienceParserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "5|5.0",
        "5.5|5.5",
        "0.25|0.25",
        "1,5|1.5",
        "10.000|10.0",
        "Less than 1 year|0.5",
        "Less than a year|0.5",
        // Stack Overflow 2016 publishes these midpoints in experience_midpoint.
        "1 - 2 years|1.5",
        "2 - 5 years|3.5",
        "6 - 10 years|8.0",
        "11+ years|13.0",
        // Stack Overflow 2017 bins.
        "1 to 2 years|1.5",
        "2 to 3 years|2.5",
        "20 or more years|22.0",
        "More than 50 years|52.0",
        "  7 years |7.0",
        // DOU, Russian (2015-2018): numbers, an open top bin and months.
        "10 и более лет|12.0",
        "меньше 3 месяцев|0.125",
        "0.5|0.5",
        // DOU, Ukrainian (2019, 2022 bands, 2025 December's words).
        "2 роки|2.0",
        "1 рік|1.0",
        "5 років|5.0",
        "10 і більше років|12.0",
        "Менше 3 місяців|0.125",
        "менше як 3 місяці|0.125",
        "3 місяці|0.25",
        "Півроку|0.5",
        "пів року|0.5",
        "півтора роки|1.5",
        "від 1 до 3 років|2.0",
        "від 4 до 6 років|5.0",
        "від 7 до 10 років|8.5",
        "понад 10 років|12.0",
        "до року|0.5",
        "15-20 років|17.5",
        "3 months|0.25",
      })
  void parsesPublishedForms(String text, double years) {
    assertThat(ExperienceParser.parse(text)).hasValue(years);
  }

  @Test
  void emptyForTextItCannotTrust() {
    assertThat(ExperienceParser.parse("")).isEmpty();
    assertThat(ExperienceParser.parse("NA")).isEmpty();
    assertThat(ExperienceParser.parse("many")).isEmpty();
    assertThat(ExperienceParser.parse("1983")).isEmpty(); // a year, not a duration
    assertThat(ExperienceParser.parse("5 - 3 years")).isEmpty();
    assertThat(ExperienceParser.parse("-2")).isEmpty();
    assertThat(ExperienceParser.parse("від 6 до 4 років")).isEmpty();
    assertThat(ExperienceParser.parse("багато років")).isEmpty();
  }
}
