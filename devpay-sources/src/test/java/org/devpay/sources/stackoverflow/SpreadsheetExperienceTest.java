package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.devpay.core.taxonomy.ExperienceParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SpreadsheetExperience}: every experience answer of the real 2011, 2012 and 2014 files (the
 * distinct values pandas lists for "How many years of IT/Programming experience do you have?") read
 * back to the questionnaire's bin, and the years the experience parser then gives (bins by their
 * midpoint, the open top bin N + 2).
 */
class SpreadsheetExperienceTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 2011: day serials of 5 February and 10 June 2013 (the day the file was saved).
        "41310|2-5 years|3.5",
        "41435|6-10 years|8",
        // 2012: the same dates in 2012.
        "40944|2-5 years|3.5",
        "41070|6-10 years|8",
        // 2014 (and 2013, as other readers of the 2013 file list it): dates written out.
        "2/5/2014|2-5 years|3.5",
        "6/10/2014|6-10 years|8",
        "2/5/2013|2-5 years|3.5",
        // Every year: "11+" lost its "+"; "<2" is kept by the program.
        "11|11+ years|13",
        "<2|0-2 years|1",
      })
  void readsBackTheQuestionnairesBins(String published, String bin, double years) {
    assertThat(SpreadsheetExperience.read(published)).isEqualTo(bin);
    assertThat(ExperienceParser.parse(SpreadsheetExperience.read(published))).hasValue(years);
  }

  @ParameterizedTest(name = "{0} kept")
  @CsvSource(
      delimiter = '|',
      value = {"''", "5", "10/6/2014", "12345678", "Less than 1 year"})
  void keepsAnythingElseAsPublished(String published) {
    assertThat(SpreadsheetExperience.read(published)).isEqualTo(published);
  }
}
