package org.devpay.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.devpay.sources.stackoverflow.StackOverflowSurveyAdapter;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;

/**
 * Format detection over every table in ../shared/data: each IT Salary Survey EU and Stack Overflow
 * 2011-2017 file is claimed by its own adapter, and no other table (other datasets, schemas,
 * reference tables) is claimed by any of these adapters or by the other Stack Overflow years'
 * schemas. Other datasets' adapters may claim their own files; this test only guards the survey
 * formats' headers against over-matching.
 */
class SurveyFormatDetectionTest {
  private static final Map<String, String> EXPECTED =
      Map.ofEntries(
          Map.entry("it-salary-survey-eu/salary-report_2017.csv", "it-salary-survey-eu/2017"),
          Map.entry("it-salary-survey-eu/IT Salary Survey EU 2018.csv", "it-salary-survey-eu/2018"),
          Map.entry("it-salary-survey-eu/IT Salary Survey EU 2019.csv", "it-salary-survey-eu/2019"),
          Map.entry(
              "it-salary-survey-eu/IT Salary Survey EU  2020.csv", "it-salary-survey-eu/2020"),
          Map.entry(
              "so-survey-2011-2015/stack-overflow-developer-survey-2011.zip", "so-survey/2011"),
          Map.entry("so-survey-2011-2015/2012 Stack Overflow Survey Results.csv", "so-survey/2012"),
          Map.entry("so-survey-2011-2015/developer_survey_2014.zip", "so-survey/2014"),
          Map.entry("so-survey-2011-2015/developer_survey_2015.zip", "so-survey/2015"),
          Map.entry(
              "so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz",
              "so-survey/2016-stacksurveyr"),
          Map.entry("so-survey-2017-partial/survey_results_public.csv", "so-survey/2017"),
          Map.entry("so-survey-2017-partial/survey_results_public.csv.zip", "so-survey/2017"));

  /** The formats guarded: the expected ones and every other Stack Overflow year's. */
  private static final Set<String> SURVEY_FORMATS = surveyFormats();

  private static Set<String> surveyFormats() {
    Set<String> formats = new java.util.HashSet<>(EXPECTED.values());
    StackOverflowSurveyAdapter.allEditions().forEach(a -> formats.add(a.formatId()));
    return Set.copyOf(formats);
  }

  @Test
  void eachSurveyFileIsClaimedByItsOwnAdapterAndNothingElseByTheSurveyAdapters()
      throws IOException {
    Path data = RealData.dir();
    FormatDetector detector = new FormatDetector(AdapterRegistry.standard());
    Map<String, String> claimed = new TreeMap<>();
    List<String> overMatched = new ArrayList<>();

    List<DiscoveredFile> files = SourceTables.discoverFiles(List.of(data));
    assertThat(files).noneMatch(DiscoveredFile::failed);
    for (SourceTable table : files.stream().flatMap(f -> f.tables().stream()).toList()) {
      String relative = data.relativize(table.container()).toString().replace('\\', '/');
      String formatId =
          detector.detect(table).adapter().map(SourceAdapter::formatId).orElse("(skipped)");
      if (EXPECTED.containsKey(relative)) {
        claimed.put(relative, formatId);
      } else if (SURVEY_FORMATS.contains(formatId)) {
        overMatched.add(relative + "!" + table.entryName() + " -> " + formatId);
      }
    }

    assertThat(claimed).isEqualTo(new TreeMap<>(EXPECTED));
    assertThat(overMatched).isEmpty();
  }
}
