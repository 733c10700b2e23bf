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
  }
}
