package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.testing.RealColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillTaxonomyTest {
  private static final String SO_2017 = "so-survey-2017-partial/survey_results_public.csv";
  private final SkillTaxonomy skills = SkillTaxonomy.fromResources();

  @Test
  void splitsFreeTextListsIntoDistinctSortedSkills() {
    assertThat(skills.classifyAll("x", List.of("Java, angular, Aws", "Python + SQL", "java")))
        .containsExactly("angular", "aws", "java", "python", "sql");
    assertThat(skills.classifyAll("x", List.of("C/C++", "Swift/Kotlin")))
        .containsExactly("c", "cpp", "kotlin", "swift");
    assertThat(skills.classifyAll("x", List.of("JavaScript; SQL; Node.js")))
        .containsExactly("javascript", "node", "sql");
    assertThat(skills.classifyAll(DatasetIds.DOU_UA, List.of("C# / .NET")))
        .containsExactly("csharp");
    assertThat(skills.classifyAll("x", List.of("Cloud (AWS, GAE, Azure, etc.)")))
        .containsExactly("cloud");
    assertThat(skills.classifyAll("x", List.of("", "nothing", "  "))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Python (Django)|python",
        "Golang|go",
        "K8S|kubernetes",
        "Kubrrnetes|kubernetes",
        "React JS|react",
        "NodeJS|node",
        "Amazon Web Services (AWS)|aws",
        "Google Cloud|gcp",
        "TypeScript|typescript",
        "c#|csharp",
        "Ruby on Rails|ruby",
      })
  void mapsAliasesToCanonicalIds(String label, String id) {
    assertThat(skills.classifyAll("x", List.of(label))).containsExactly(id);
  }

  /** Every technology of SO 2016 `tech_do` (42 values) and SO 2017 HaveWorked* lists has an id. */
  @Test
  void classifiesEveryStackOverflowTechnology() {
    Map<String, Long> all = new TreeMap<>();
    all.putAll(
        RealColumns.counts(
            "so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz",
            java.nio.charset.StandardCharsets.UTF_8,
            "tech_do",
            cell -> List.of(cell.split("; "))));
    for (String column :
        List.of(
            "HaveWorkedLanguage",
            "HaveWorkedFramework",
            "HaveWorkedDatabase",
            "HaveWorkedPlatform")) {
      all.putAll(
          RealColumns.counts(
              SO_2017,
              java.nio.charset.StandardCharsets.UTF_8,
              column,
              cell -> List.of(cell.split("; "))));
    }
    all.remove("NA");
    Map<String, Long> unmatched = new TreeMap<>();
    all.forEach(
        (label, n) -> {
          if (skills.classifyAll("x", List.of(label)).isEmpty()) {
            unmatched.put(label, n);
          }
        });
    System.out.printf(
        "[skills] Stack Overflow: %d technologies, unmatched: %s%n", all.size(), unmatched);
    assertThat(unmatched.keySet())
        .as("desktop operating systems are deliberately not skills")
        .containsExactlyInAnyOrder("Windows Desktop", "Mac OS");
  }

  /** DOU `Основна мова програмування`: every language chosen by at least 20 respondents. */
  @Test
  void classifiesDouMainLanguages() {
    Map<String, Long> counts =
        RealColumns.counts(
            "dou-ua-salaries/2025_june_raw.csv",
            RealColumns.WINDOWS_1251,
            "Основна мова програмування");
    Map<String, Long> unmatched = new TreeMap<>();
    counts.forEach(
        (label, n) -> {
          if (n >= 20 && skills.classifyAll(DatasetIds.DOU_UA, List.of(label)).isEmpty()) {
            unmatched.put(label, n);
          }
        });
    assertThat(unmatched.keySet()).containsExactly("Не можу обрати одну основну мову");
  }
}
