package org.devpay.sources.stackoverflow;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.taxonomy.DatasetIds;
import org.devpay.core.taxonomy.ExperienceParser;
import org.devpay.core.taxonomy.RoleTaxonomy;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.TestTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the complete 2011, 2012, 2014 and 2015 files say beyond the counts and medians that
 * StackOverflowRealRowsTest checks against pandas: every occupation maps to its intended role
 * family, every bin is kept as a range holding its amount, 2015's published midpoints are exactly
 * the midpoint rule's, the experience answers are all read back, and the languages come from the
 * option columns.
 */
class StackOverflow2011To2015RealFilesTest {
  private static final Map<Integer, Collected> READ = new HashMap<>();
  private static final RoleTaxonomy ROLES = RoleTaxonomy.fromResources();

  @BeforeAll
  static void readEachFileOnce() throws IOException {
    try (InputStream in =
        StackOverflow2011To2015RealFilesTest.class.getResourceAsStream("real_rows.json")) {
      for (JsonNode file : new ObjectMapper().readTree(in).get("files")) {
        int year = file.get("year").asInt();
        if (year <= 2015) {
          READ.put(
              year,
              TestTables.read(
                  StackOverflowSurveyAdapter.edition(year), StackOverflowRealRowsTest.table(file)));
        }
      }
    }
  }

  /**
   * Every occupation answered by a respondent with pay, and its family: a side only where the label
   * names it (2014 and 2015's web developers; 2011 and 2012 offered none, "Server Programmer" and
   * "Web Application Developer" name no side).
   */
  private static final Map<String, RoleFamily> INTENDED =
      Map.ofEntries(
          Map.entry("Web Application Developer", OTHER),
          Map.entry("Desktop Application Developer", OTHER),
          Map.entry("Server Programmer", OTHER),
          Map.entry("Embedded Application Developer", EMBEDDED),
          Map.entry("Kernel / Driver Developer", EMBEDDED),
          Map.entry("Manager of Developers or Team Leader", MANAGEMENT),
          Map.entry("Executive (VP of Eng, CTO, CIO, etc.)", MANAGEMENT),
          Map.entry("IT Manager", MANAGEMENT),
          Map.entry("IT Staff / System Administrator", OTHER),
          Map.entry("Systems Analyst", OTHER),
          Map.entry("Database Administrator", OTHER),
          Map.entry("Student", OTHER),
          Map.entry("Other", OTHER),
          Map.entry("I don't work in tech", OTHER),
          Map.entry("Back-End Web Developer", BACKEND),
          Map.entry("Front-End Web Developer", FRONTEND),
          Map.entry("Full-Stack Web Developer", FULLSTACK),
          Map.entry("Mobile Application Developer", MOBILE),
          Map.entry("Desktop Software Developer", OTHER),
          Map.entry("Enterprise Level Services", OTHER),
          Map.entry("DevOps", DEVOPS_SRE),
          Map.entry("Back-end web developer", BACKEND),
          Map.entry("Front-end web developer", FRONTEND),
          Map.entry("Full-stack web developer", FULLSTACK),
          Map.entry("Mobile developer", MOBILE),
          Map.entry("Mobile developer - Android", MOBILE),
          Map.entry("Mobile developer - iOS", MOBILE),
          Map.entry("Mobile developer - Windows Phone", MOBILE),
          Map.entry("Desktop developer", OTHER),
          Map.entry("Embedded application developer", EMBEDDED),
          Map.entry("Enterprise level services developer", OTHER),
          Map.entry("Developer with a statistics or mathematics background", DATA_SCIENCE_ML),
          Map.entry("Data scientist", DATA_SCIENCE_ML),
          Map.entry("Machine learning developer", DATA_SCIENCE_ML),
          Map.entry("Business intelligence or data warehousing expert", DATA_ENGINEERING),
          Map.entry("Executive (VP of Eng., CTO, CIO, etc.)", MANAGEMENT),
          Map.entry("Product manager", MANAGEMENT),
          Map.entry("System administrator", OTHER),
          Map.entry("Quality Assurance", QA),
          Map.entry("Graphics programmer", OTHER),
          Map.entry("Designer", OTHER),
          Map.entry("Database administrator", OTHER),
          Map.entry("Growth hacker", OTHER));

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2011, 2012, 2014, 2015})
  void everyOccupationMapsToItsIntendedFamily(int year) {
    TreeSet<String> labels = new TreeSet<>();
    READ.get(year).accepted.forEach(r -> labels.add(r.roleLabel()));
    labels.remove("");
    assertThat(INTENDED).containsKeys(labels.toArray(String[]::new));
    for (String label : labels) {
      assertThat(ROLES.classify(DatasetIds.stackOverflow(year), label))
          .as("%s %s", year, label)
          .isEqualTo(INTENDED.get(label));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2011, 2012, 2014, 2015})
  void everyAcceptedRowKeepsItsBinAndAnAmountInsideIt(int year) {
    assertThat(READ.get(year).accepted)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              PayRange range = r.pay().range().orElseThrow();
              assertThat(SalaryBin.contains(range, r.pay().amount())).isTrue();
              // 2011-2014 by the rule; 2015 as published, which is the rule's too.
              assertThat(r.pay().amount()).isEqualTo(SalaryBin.midpoint(range));
              assertThat(r.pay().currency()).isEqualTo("USD");
            });
    assertThat(READ.get(year).accepted)
        .anySatisfy(r -> assertThat(r.pay().range().orElseThrow().upper()).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2011, 2012, 2014, 2015})
  void everyExperienceAnswerIsReadBack(int year) {
    assertThat(READ.get(year).accepted)
        .allSatisfy(
            r -> {
              if (!r.experienceText().isEmpty()) {
                assertThat(ExperienceParser.parse(r.experienceText()))
                    .as("%s row %s: %s", year, r.rowNumber(), r.experienceText())
                    .isPresent();
              }
            });
  }

  @Test
  void languagesComeFromTheOptionColumnsAndFreeTextIsLeftOut() {
    // First data rows (pandas, header=None): 2014 row 1 chose Java, JavaScript, PHP, Python;
    // 2015 row 1 Java and Scala.
    assertThat(row(2014, 1).skillLabels()).containsExactly("Java", "JavaScript", "PHP", "Python");
    assertThat(row(2015, 1).skillLabels()).containsExactly("Java", "Scala");
    for (int year : new int[] {2011, 2012, 2014, 2015}) {
      assertThat(READ.get(year).accepted)
          .allSatisfy(
              r ->
                  assertThat(r.skillLabels())
                      .noneMatch(s -> s.toLowerCase(java.util.Locale.ROOT).startsWith("other"))
                      .doesNotContain("None", "Write-In"));
    }
  }

  @Test
  void employmentIsRecordedWhereAsked() {
    for (int year : new int[] {2011, 2012, 2014}) {
      assertThat(READ.get(year).accepted)
          .allSatisfy(r -> assertThat(r.employmentLabel()).isEmpty());
    }
    assertThat(row(2015, 1).employmentLabel()).isEqualTo("Employed full-time");
    assertThat(row(2015, 3).employmentLabel()).isEqualTo("Freelance / Contractor");
  }

  private static RawRecord row(int year, long rowNumber) {
    return READ.get(year).accepted.stream()
        .filter(r -> r.rowNumber() == rowNumber)
        .findFirst()
        .orElseThrow();
  }
}
