package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.devpay.core.model.RoleFamily.BACKEND;
import static org.devpay.core.model.RoleFamily.DATA_ENGINEERING;
import static org.devpay.core.model.RoleFamily.DATA_SCIENCE_ML;
import static org.devpay.core.model.RoleFamily.DEVOPS_SRE;
import static org.devpay.core.model.RoleFamily.EMBEDDED;
import static org.devpay.core.model.RoleFamily.FRONTEND;
import static org.devpay.core.model.RoleFamily.FULLSTACK;
import static org.devpay.core.model.RoleFamily.MANAGEMENT;
import static org.devpay.core.model.RoleFamily.MOBILE;
import static org.devpay.core.model.RoleFamily.OTHER;
import static org.devpay.core.model.RoleFamily.QA;
import static org.devpay.core.model.RoleFamily.SECURITY;
import static org.devpay.core.model.RoleFamily.UNKNOWN;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.core.model.RoleFamily;
import org.devpay.testing.RealColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTaxonomyTest {
  private final RoleTaxonomy roles = RoleTaxonomy.fromResources();

  @Test
  void mapsDouBackEndSpecialisationToBackend() {
    assertThat(roles.classify(DatasetIds.DOU_UA, "Back-end розробка")).isEqualTo(BACKEND);
    assertThat(roles.classify(DatasetIds.DOU_UA, "Front-end розробка")).isEqualTo(FRONTEND);
    assertThat(roles.classify(DatasetIds.DOU_UA, "Full Stack розробка")).isEqualTo(FULLSTACK);
  }

  /**
   * Every DOU specialisation with at least 10 rows maps as intended; the three big ones carry the
   * row counts of dou-ua-salaries/SOURCE.md (1,894 / 1,105 / 915).
   */
  @Test
  void mapsEveryFrequentDouSpecialisation() {
    Map<String, Long> counts =
        RealColumns.counts(
            "dou-ua-salaries/2025_june_raw.csv",
            RealColumns.WINDOWS_1251,
            "Вкажіть вашу основну спеціалізацію");
    Map<String, RoleFamily> intended =
        Map.of(
            "Back-end розробка", BACKEND,
            "Front-end розробка", FRONTEND,
            "Full Stack розробка", FULLSTACK,
            "Mobile розробка", MOBILE,
            "Desktop", OTHER,
            "Embedded", EMBEDDED,
            "Платформна / BI / low-code розробка (Salesforce, SAP, 1С тощо)", OTHER,
            "Database розробка", DATA_ENGINEERING);
    counts.forEach(
        (label, n) -> {
          if (n >= 10) {
            assertThat(roles.classify(DatasetIds.DOU_UA, label))
                .as(label)
                .isEqualTo(intended.get(label));
          }
        });
    assertThat(counts.get("Back-end розробка")).isEqualTo(1_894);
    assertThat(counts.get("Front-end розробка")).isEqualTo(1_105);
    assertThat(counts.get("Full Stack розробка")).isEqualTo(915);
    report("DOU specialisation", DatasetIds.DOU_UA, counts);
  }

  /**
   * Every DOU job title of the 2015-2020 waves held by 10 or more rows maps as intended: the family
   * only where the title says it ("QA engineer", "DevOps", "HTML coder", "Data Scientist"), unknown
   * for an engineer whose kind it does not say ("Software Engineer", "Technical Lead"), never a
   * guess from the language.
   */
  @Test
  void mapsEveryFrequentDouJobTitleOnlyWhereItSaysTheFamily() {
    Map<String, RoleFamily> intended = new HashMap<>();
    for (String label :
        List.of(
            "Software Engineer",
            "Senior Software Engineer",
            "Junior Software Engineer",
            "Technical Lead",
            "Team/Technical Lead",
            "System Architect",
            "Research Engineer")) {
      intended.put(label, UNKNOWN);
    }
    for (String label :
        List.of(
            "QA engineer",
            "QA Engineer",
            "Junior QA engineer",
            "Junior QA",
            "Senior QA engineer",
            "Senior QA Engineer",
            "QA Tech Lead",
            "QA Manager")) {
      intended.put(label, QA);
    }
    for (String label :
        List.of(
            "Project manager",
            "Project Manager",
            "Senior Project Manager / Program Manager",
            "Senior Project manager / Program Manager",
            "Director of Engineering / Program Director",
            "Product Manager",
            "Product Owner",
            "Scrum Master",
            "Team lead",
            "Team Lead")) {
      intended.put(label, MANAGEMENT);
    }
    for (String label :
        List.of(
            "HR",
            "Designer",
            "Marketing",
            "Support",
            "Sysadmin",
            "SysAdmin",
            "Sales manager",
            "Sales Manager",
            "Business analyst",
            "Business Analyst",
            "Data Analyst",
            "System Analyst",
            "Technical writer",
            "Talent Researcher",
            "Researcher",
            "Copywriter",
            "DBA",
            "ERP / CRM",
            "Game designer",
            "Customer Success")) {
      intended.put(label, OTHER);
    }
    intended.put("DevOps", DEVOPS_SRE);
    intended.put("HTML coder", FRONTEND);
    intended.put("HTML Coder", FRONTEND);
    intended.put("Data Scientist / Data Analyst", DATA_SCIENCE_ML);
    intended.put("Data Scientist", DATA_SCIENCE_ML);
    intended.put("Data Science", DATA_SCIENCE_ML);
    intended.put("Data Engineer", DATA_ENGINEERING);
    intended.put("BI Engineer", DATA_ENGINEERING);
    intended.put("Security Specialist", SECURITY);

    Map<String, Long> counts = new HashMap<>();
    for (String file :
        List.of("2015_dec_raw.csv", "2016_dec_raw.csv", "2017_dec_raw.csv", "2018_dec_raw.csv")) {
      RealColumns.counts("dou-ua-salaries/" + file, "Должность")
          .forEach((label, n) -> counts.merge(label, n, Long::sum));
    }
    RealColumns.counts("dou-ua-salaries/2019_dec_raw.csv", "Оберіть вашу посаду")
        .forEach((label, n) -> counts.merge(label, n, Long::sum));
    RealColumns.counts("dou-ua-salaries/2020_june_mini.csv", "Должность")
        .forEach((label, n) -> counts.merge(label, n, Long::sum));
    counts.forEach(
        (label, n) -> {
          if (n >= 10) {
            assertThat(roles.classify(DatasetIds.DOU_UA, label))
                .as(label)
                .isEqualTo(intended.get(label));
          }
        });
    // SOURCE.md's example titles; "Software Engineer" is the most frequent (11,622 + 2,297 rows).
    assertThat(counts.get("Software Engineer")).isEqualTo(11_622 + 2_297);
    Map<RoleFamily, Long> families = report("DOU job titles 2015-2020", DatasetIds.DOU_UA, counts);
    assertThat(families.get(UNKNOWN)).isGreaterThan(families.get(OTHER));
  }

  /** 100 % of the IT Salary Survey EU 2019 positions (52 distinct labels) classify as intended. */
  @Test
  void classifiesEveryEu2019PositionAsIntended() {
    Map<String, RoleFamily> intended = new TreeMap<>();
    for (String label : List.of("Backend Developer", "Backend Developer & Team Lead")) {
      intended.put(label, BACKEND);
    }
    intended.put("Frontend Developer", FRONTEND);
    intended.put("Fullstack Developer", FULLSTACK);
    intended.put("Mobile Developer", MOBILE);
    for (String label : List.of("QA")) {
      intended.put(label, QA);
    }
    for (String label :
        List.of(
            "DevOps", "SRE", "Cloud Platform Engineer", "Platform Engineer", "DevOps Manager")) {
      intended.put(label, DEVOPS_SRE);
    }
    for (String label : List.of("Data Engineer", "Database Developer (DBA)")) {
      intended.put(label, DATA_ENGINEERING);
    }
    for (String label :
        List.of("Data Scientist", "Machine Learning Engineer", "Head of AI", "NLP Engineer")) {
      intended.put(label, DATA_SCIENCE_ML);
    }
    intended.put("Embedded Developer", EMBEDDED);
    for (String label : List.of("IT Security", "Security Engineer")) {
      intended.put(label, SECURITY);
    }
    for (String label :
        List.of(
            "Manager",
            "Product Manager",
            "Product manager",
            "CTO (CEO, CFO)",
            "Head of Engineering",
            "Scrum Master")) {
      intended.put(label, MANAGEMENT);
    }
    for (String label :
        List.of(
            "Software Architect",
            "Business Analyst",
            "Researcher",
            "SAP Consultant",
            "System Administrator",
            "Software Engineer",
            "Designer (UI, UX)",
            "Support",
            "support",
            "Network Engineer",
            "Tech Lead",
            "Game Developer",
            "Solution Architect",
            "Data Analyst",
            "Desktop",
            "UX Researcher",
            "RPA developer",
            "Modelling Specialist",
            "Crypto Developer",
            "Mainframe",
            "Sales Engineer",
            "Lawyer ",
            "Recruiter ",
            "Desktop/Unity3D Developer",
            "Localization")) {
      intended.put(label, OTHER);
    }
    Map<String, Long> counts =
        RealColumns.counts(
            "it-salary-survey-eu/IT Salary Survey EU 2019.csv", "Position (without seniority)");
    assertThat(intended.keySet()).containsExactlyInAnyOrderElementsOf(counts.keySet());
    counts
        .keySet()
        .forEach(
            label ->
                assertThat(roles.classify(DatasetIds.IT_SALARY_SURVEY_EU, label))
                    .as(label)
                    .isEqualTo(intended.get(label)));
    // it-salary-survey-eu/SOURCE.md: Backend Developer 253, Fullstack Developer 78, Frontend 68.
    assertThat(counts.get("Backend Developer")).isEqualTo(253);
    report("EU 2019 positions", DatasetIds.IT_SALARY_SURVEY_EU, counts);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Java Backend Dev|BACKEND",
        "Fullstack|FULLSTACK",
        "Senior Frontend Developer|FRONTEND",
        "Backend Developer|BACKEND",
        "Team Lead (PHP, Backend)|BACKEND",
        "Tech Lead / Full-Stack|FULLSTACK",
        "Frontent Developer|FRONTEND",
        "java fullsteck developer|FULLSTACK",
        "Java Developer|OTHER",
        "PHP dev|OTHER",
        "Web Developer|OTHER",
        "Software Engineer|OTHER",
        "QA Lead|QA",
        "Head of Data Science|DATA_SCIENCE_ML",
        "Engineering Manager|MANAGEMENT",
        "Marketing Manager|OTHER",
        "iOS Developer|MOBILE",
      })
  void classifiesEuFreeTextPositionsConservatively(String label, RoleFamily family) {
    assertThat(roles.classify(DatasetIds.IT_SALARY_SURVEY_EU, label)).isEqualTo(family);
  }

  /**
   * levels.fyi `tag`: the three dominant tags map as intended (SOURCE.md: Full Stack 11,382;
   * Distributed Systems (Back-End) 10,838; API Development (Back-End) 6,277; Web Development
   * (Front-End) 2,971), and the free-text tags add only a few explicit rows to each family.
   */
  @Test
  void mapsLevelsFyiDominantTagsAndCountsFamilies() {
    Map<String, Long> counts =
        RealColumns.counts("levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv", "tag");
    assertThat(roles.classify(DatasetIds.LEVELS_FYI, "Full Stack")).isEqualTo(FULLSTACK);
    assertThat(roles.classify(DatasetIds.LEVELS_FYI, "Distributed Systems (Back-End)"))
        .isEqualTo(BACKEND);
    assertThat(roles.classify(DatasetIds.LEVELS_FYI, "API Development (Back-End)"))
        .isEqualTo(BACKEND);
    assertThat(roles.classify(DatasetIds.LEVELS_FYI, "Web Development (Front-End)"))
        .isEqualTo(FRONTEND);
    assertThat(roles.classify(DatasetIds.LEVELS_FYI, "NA")).isEqualTo(OTHER);
    Map<RoleFamily, Long> families = report("levels.fyi tag", DatasetIds.LEVELS_FYI, counts);
    long backendFromTags = 10_838 + 6_277;
    assertThat(families.get(BACKEND)).isBetween(backendFromTags, backendFromTags + 200);
    assertThat(families.get(FULLSTACK)).isBetween(11_382L, 11_382L + 100);
    assertThat(families.get(FRONTEND)).isBetween(2_971L, 2_971L + 100);
  }

  /** Glassdoor India `Job Roles`: all 11 values; a language-only role ("Java") is OTHER. */
  @Test
  void mapsEveryGlassdoorJobRole() {
    Map<String, RoleFamily> intended =
        Map.ofEntries(
            Map.entry("SDE", OTHER),
            Map.entry("Android", MOBILE),
            Map.entry("Frontend", FRONTEND),
            Map.entry("Java", OTHER),
            Map.entry("Testing", QA),
            Map.entry("IOS", MOBILE),
            Map.entry("Backend", BACKEND),
            Map.entry("Web", OTHER),
            Map.entry("Python", OTHER),
            Map.entry("Database", DATA_ENGINEERING),
            Map.entry("Mobile", MOBILE));
    Map<String, Long> counts =
        RealColumns.counts(
            "glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv", "Job Roles");
    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(intended.keySet());
    intended.forEach(
        (label, family) ->
            assertThat(roles.classify(DatasetIds.GLASSDOOR_INDIA, label))
                .as(label)
                .isEqualTo(family));
    report("Glassdoor Job Roles", DatasetIds.GLASSDOOR_INDIA, counts);
  }

  /** Stack Overflow 2016 `occupation` (SOURCE.md: back-end 6,061; front-end 2,873; full 13,886). */
  @Test
  void mapsStackOverflow2016Occupations() {
    Map<String, Long> counts =
        RealColumns.counts("so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz", "occupation");
    Map<RoleFamily, Long> families =
        report("SO 2016 occupation", DatasetIds.STACK_OVERFLOW_2016, counts);
    assertThat(families.get(BACKEND)).isEqualTo(6_061);
    assertThat(families.get(FRONTEND)).isEqualTo(2_873);
    assertThat(families.get(FULLSTACK)).isEqualTo(13_886);
    assertThat(roles.classify(DatasetIds.STACK_OVERFLOW_2016, "Mobile developer - iOS"))
        .isEqualTo(MOBILE);
    assertThat(roles.classify(DatasetIds.STACK_OVERFLOW_2016, "Desktop developer"))
        .isEqualTo(OTHER);
    assertThat(roles.classify(DatasetIds.STACK_OVERFLOW_2016, "Quality Assurance")).isEqualTo(QA);
  }

  /**
   * Stack Overflow 2017 `WebDeveloperType` (SOURCE.md: 1,074 / 483 / 2,729) and `DeveloperType`.
   */
  @Test
  void mapsStackOverflow2017DeveloperTypes() {
    Map<String, Long> web =
        RealColumns.counts("so-survey-2017-partial/survey_results_public.csv", "WebDeveloperType");
    Map<RoleFamily, Long> families =
        report("SO 2017 WebDeveloperType", DatasetIds.STACK_OVERFLOW_2017, web);
    assertThat(families.get(BACKEND)).isEqualTo(1_074);
    assertThat(families.get(FRONTEND)).isEqualTo(483);
    assertThat(families.get(FULLSTACK)).isEqualTo(2_729);
    Map<String, Long> types =
        RealColumns.counts(
            "so-survey-2017-partial/survey_results_public.csv",
            java.nio.charset.StandardCharsets.UTF_8,
            "DeveloperType",
            cell -> List.of(cell.split("; ")));
    report("SO 2017 DeveloperType", DatasetIds.STACK_OVERFLOW_2017, types);
    assertThat(roles.classify(DatasetIds.STACK_OVERFLOW_2017, "Web developer")).isEqualTo(OTHER);
    assertThat(roles.classify(DatasetIds.STACK_OVERFLOW_2017, "DevOps specialist"))
        .isEqualTo(DEVOPS_SRE);
    assertThat(roles.classify(DatasetIds.STACK_OVERFLOW_2017, "Quality assurance engineer"))
        .isEqualTo(QA);
  }

  @Test
  void blankOddCaseAndUnknownLabelsNeverFail() {
    // No role recorded is "not stated", never "other".
    assertThat(roles.classify(DatasetIds.DOU_UA, "")).isEqualTo(RoleFamily.UNKNOWN);
    assertThat(roles.classify(DatasetIds.DOU_UA, "   ")).isEqualTo(RoleFamily.UNKNOWN);
    assertThat(roles.classify(DatasetIds.DOU_UA, "  BACK-END розробка ")).isEqualTo(BACKEND);
    assertThat(roles.classify("some-new-dataset", "Backend")).isEqualTo(BACKEND);
    assertThat(roles.classify("some-new-dataset", "Astronaut")).isEqualTo(OTHER);
  }

  private Map<RoleFamily, Long> report(String name, String dataset, Map<String, Long> counts) {
    Map<RoleFamily, Long> families = new EnumMap<>(RoleFamily.class);
    counts.forEach((label, n) -> families.merge(roles.classify(dataset, label), n, Long::sum));
    System.out.printf("[roles] %s (%d distinct labels): %s%n", name, counts.size(), families);
    return families;
  }
}
