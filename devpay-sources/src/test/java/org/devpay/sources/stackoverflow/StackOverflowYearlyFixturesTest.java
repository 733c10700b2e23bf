package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.TaxBasis;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterContractTest.Collected;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceTable;
import org.devpay.sources.TableHeader;
import org.devpay.sources.TestTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One adapter, every yearly schema from 2018 to 2025: hand-written fixtures in each year's official
 * column names and answer labels ({@code fixtures/survey_results_public_YEAR.csv}; each has a
 * {@code .source.md} note naming its sources and the expected outcome of every row, which the
 * numbers below restate).
 */
class StackOverflowYearlyFixturesTest {
  private static final StandardNormalizer NORMALIZER = StandardNormalizer.fromResources();

  static SourceTable fixture(int year) {
    String name = "survey_results_public_" + year + ".csv";
    try {
      Path file =
          Path.of(StackOverflowYearlyFixturesTest.class.getResource("fixtures/" + name).toURI());
      return new SourceTable(file, name, SourceTable.Compression.NONE);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Collected read(int year) throws IOException {
    return TestTables.read(StackOverflowSurveyAdapter.edition(year), fixture(year));
  }

  private static RawRecord row(int year, long rowNumber) throws IOException {
    return read(year).accepted.stream()
        .filter(r -> r.rowNumber() == rowNumber)
        .findFirst()
        .orElseThrow();
  }

  private static PayRecord normalized(RawRecord raw) {
    NormalizationResult result = NORMALIZER.normalize(raw);
    return ((NormalizationResult.Accepted) result).record();
  }

  @ParameterizedTest(name = "{0}: {1} accepted, {2} rejected")
  @CsvSource({
    "2018, 3, 2, BASE, ConvertedSalary",
    "2019, 3, 1, TOTAL, ConvertedComp",
    "2020, 3, 1, TOTAL, ConvertedComp",
    "2021, 3, 1, TOTAL, ConvertedCompYearly",
    "2022, 2, 1, TOTAL, ConvertedCompYearly",
    "2023, 4, 1, TOTAL, ConvertedCompYearly",
    "2024, 3, 1, TOTAL, ConvertedCompYearly",
    "2025, 3, 1, TOTAL, ConvertedCompYearly",
  })
  void everyYearIsDetectedAndReadByTheSameAdapter(
      int year, int accepted, int rejected, PayScope scope, String payColumn) throws IOException {
    Detection detection = new FormatDetector(AdapterRegistry.standard()).detect(fixture(year));
    assertThat(detection.adapter())
        .hasValueSatisfying(
            a -> {
              assertThat(a).isInstanceOf(StackOverflowSurveyAdapter.class);
              assertThat(a.formatId()).isEqualTo("so-survey/" + year);
            });

    Collected collected = read(year);

    assertThat(collected.accepted).hasSize(accepted);
    assertThat(collected.rejected).hasSize(rejected);
    assertThat(collected.accepted)
        .allSatisfy(
            r -> {
              assertThat(r.datasetId()).isEqualTo("so-survey-" + year);
              assertThat(r.edition()).isEqualTo(Integer.toString(year));
              assertThat(r.year()).isEqualTo(year);
              assertThat(r.respondentKey()).isEqualTo(Long.toString(r.rowNumber()));
              assertThat(r.pay().currency()).isEqualTo("USD");
              assertThat(r.pay().period()).isEqualTo(PayPeriod.YEAR);
              assertThat(r.pay().basis()).isEqualTo(TaxBasis.GROSS);
              assertThat(r.pay().scope()).isEqualTo(scope);
              assertThat(r.pay().range()).isEmpty();
              assertThat(r.skillLabels()).isNotEmpty().doesNotContain("NA");
              assertThat(r.attributes()).doesNotContainValue("NA");
            });
    assertThat(collected.rejected).allSatisfy(r -> assertThat(r.detail()).startsWith(payColumn));
  }

  @Test
  void readsPayAsStackOverflowConvertedItAndAnnualisesTheOwnAnswerByItsRule() throws IOException {
    // 2018: 4,500 EUR monthly = 54,000 EUR a year; ConvertedSalary 65,880.
    RawRecord monthly = row(2018, 2);
    assertThat(monthly.pay().amount()).isEqualTo(65_880);
    assertThat(monthly.attributes())
        .containsEntry("comp_total", "4500")
        .containsEntry("comp_frequency", "Monthly")
        .containsEntry("currency", "EUR")
        .containsEntry("comp_annual_local", "54000");
    // 2018: 20,000 INR weekly = 20,000 x 50 working weeks.
    assertThat(row(2018, 3).attributes()).containsEntry("comp_annual_local", "1000000");
    // 2019: 500 INR weekly; 2020: 1,000 GBP weekly and 200,000 RUB monthly.
    assertThat(row(2019, 3).attributes()).containsEntry("comp_annual_local", "25000");
    assertThat(row(2020, 2).attributes())
        .containsEntry("comp_annual_local", "50000")
        .containsEntry("currency", "GBP");
    assertThat(row(2020, 1).attributes()).containsEntry("comp_annual_local", "2400000");
    // 2021: the currency answer is "EUR<TAB>European Euro"; 1,500 weekly = 75,000.
    RawRecord weekly2021 = row(2021, 3);
    assertThat(weekly2021.attributes())
        .containsEntry("currency", "EUR")
        .containsEntry("comp_annual_local", "75000");
    assertThat(weekly2021.pay().amount()).isEqualTo(90_750);
    // 2023 onwards asks yearly pay only: no frequency, the amount is already yearly.
    assertThat(row(2023, 2).attributes())
        .containsEntry("comp_annual_local", "70000")
        .doesNotContainKey("comp_frequency");
    // 2025 writes "INR Indian rupee".
    assertThat(row(2025, 2).attributes()).containsEntry("currency", "INR");
  }

  @Test
  void picksOnePrimaryRoleInMultiSelectYearsAndKeepsEverySelectedType() throws IOException {
    RawRecord fullStack = row(2018, 1);
    assertThat(fullStack.roleLabel()).isEqualTo("Full-stack developer");
    assertThat(fullStack.roleLabels())
        .containsExactly("Back-end developer", "Full-stack developer");
    assertThat(fullStack.multiSelectRoles()).isTrue();
    assertThat(normalized(fullStack).selectedRoleLabels())
        .containsExactly("Back-end developer", "Full-stack developer");

    RawRecord bothSides = row(2018, 2);
    assertThat(bothSides.roleLabel()).isEqualTo("Back-end developer; Front-end developer");
    assertThat(normalized(bothSides).role()).isEqualTo(RoleFamily.FULLSTACK);

    assertThat(row(2018, 3).roleLabel()).isEqualTo("Front-end developer");
    assertThat(row(2019, 1).roleLabel()).isEqualTo("Developer, full-stack");
    assertThat(row(2019, 2).roleLabel()).isEqualTo("Developer, back-end");
    assertThat(row(2020, 2).roleLabel()).isEqualTo("Developer, front-end");
    assertThat(row(2020, 4).roleLabel()).isEqualTo("Developer, desktop or enterprise applications");
    assertThat(row(2021, 1).roleLabel()).isEqualTo("Developer, back-end");
    assertThat(row(2022, 2).roleLabel()).isEqualTo("Cloud infrastructure engineer");
    assertThat(normalized(row(2022, 1)).role()).isEqualTo(RoleFamily.FULLSTACK);
  }

  @Test
  void singleChoiceDeveloperTypesFrom2023AreTakenAsAnswered() throws IOException {
    for (int year : new int[] {2023, 2024, 2025}) {
      assertThat(read(year).accepted)
          .allSatisfy(
              r -> {
                assertThat(r.roleLabels()).hasSizeLessThanOrEqualTo(1);
                assertThat(r.multiSelectRoles()).isFalse();
                assertThat(normalized(r).selectedRoleLabels()).isEmpty();
              });
    }
    assertThat(normalized(row(2023, 1)).role()).isEqualTo(RoleFamily.BACKEND);
    assertThat(normalized(row(2024, 2)).role()).isEqualTo(RoleFamily.DATA_SCIENCE_ML);
    assertThat(normalized(row(2025, 2)).role()).isEqualTo(RoleFamily.DATA_ENGINEERING);
  }

  @Test
  void readsEmploymentAndWhetherTheRespondentIsADeveloperByProfession() throws IOException {
    // Multi-select employment (2022-2024): full time wins over freelancing on the side.
    assertThat(row(2022, 1).employmentLabel()).isEqualTo("Employed, full-time");
    assertThat(normalized(row(2022, 1)).employment()).isEqualTo(Employment.FULL_TIME);
    assertThat(row(2022, 2).employmentLabel())
        .isEqualTo("Independent contractor, freelancer, or self-employed");
    assertThat(row(2023, 3).employmentLabel()).isEqualTo("Employed, part-time");
    assertThat(normalized(row(2021, 2)).employment()).isEqualTo(Employment.OTHER);
    assertThat(normalized(row(2025, 1)).employment()).isEqualTo(Employment.FULL_TIME);

    assertThat(row(2019, 1).profession()).isEqualTo(Profession.DEVELOPER);
    assertThat(row(2019, 3).profession()).isEqualTo(Profession.NOT_DEVELOPER);
    assertThat(row(2023, 4).profession()).isEqualTo(Profession.NOT_DEVELOPER);
    assertThat(row(2025, 3).profession()).isEqualTo(Profession.NOT_DEVELOPER);
    assertThat(normalized(row(2019, 1)).profession()).isEqualTo(Profession.DEVELOPER);
    // 2018 did not ask.
    assertThat(read(2018).accepted)
        .allSatisfy(r -> assertThat(r.profession()).isEqualTo(Profession.NOT_RECORDED));

    // The default population keeps developers by profession who work full time.
    List<PayRecord> records2019 = read(2019).accepted.stream().map(r -> normalized(r)).toList();
    assertThat(PopulationFilter.PROFESSIONAL_FULL_TIME.apply(records2019).kept())
        .extracting(PayRecord::respondentKey)
        .containsExactly("1", "2");
  }

  @Test
  void mapsYearsOfProfessionalExperienceIncludingItsTextAnswers() throws IOException {
    assertThat(normalized(row(2018, 1)).yearsExperience().getAsDouble()).isEqualTo(7);
    assertThat(normalized(row(2019, 1)).yearsExperience().getAsDouble()).isEqualTo(52);
    assertThat(normalized(row(2019, 2)).yearsExperience().getAsDouble()).isEqualTo(0.5);
    assertThat(normalized(row(2024, 1)).yearsExperience().getAsDouble()).isEqualTo(52);
    // 2025 has no YearsCodePro: WorkExp.
    assertThat(row(2025, 1).experienceText()).isEqualTo("10");
    assertThat(normalized(row(2025, 1)).yearsExperience().getAsDouble()).isEqualTo(10);
  }

  @Test
  void mapsCountryNamesToIsoCodes() throws IOException {
    Map<String, String> expected =
        Map.of(
            "2018/2", "DE",
            "2019/1", "US",
            "2020/1", "RU",
            "2020/4", "IR",
            "2021/1", "US",
            "2022/1", "PL",
            "2023/4", "GB",
            "2024/1", "UA",
            "2025/2", "IN");
    expected.forEach(
        (key, alpha2) -> {
          String[] parts = key.split("/");
          try {
            PayRecord record =
                normalized(row(Integer.parseInt(parts[0]), Long.parseLong(parts[1])));
            assertThat(record.location().country()).as(key).contains(alpha2);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void readsIndustryFrom2023AndNotBefore() throws IOException {
    assertThat(normalized(row(2023, 1)).industries()).containsExactly("banking");
    assertThat(normalized(row(2023, 2)).industries()).containsExactly("software_products");
    assertThat(normalized(row(2023, 3)).industries()).containsExactly("manufacturing");
    assertThat(normalized(row(2024, 3)).industries()).containsExactly("internet_web");
    assertThat(normalized(row(2025, 2)).industries()).containsExactly("consulting_outsourcing");
    for (int year = 2018; year <= 2022; year++) {
      assertThat(read(year).accepted).allSatisfy(r -> assertThat(r.industryLabels()).isEmpty());
    }
  }

  @Test
  void readsSkillsFromEachYearsWorkedWithColumns() throws IOException {
    assertThat(row(2018, 1).skillLabels())
        .containsExactly("Java", "SQL", "PostgreSQL", "AWS", "Linux", "Spring");
    assertThat(row(2019, 2).skillLabels())
        .containsExactly(
            "Go", "Python", "PostgreSQL", "Redis", "Docker", "Kubernetes", "Linux", "Flask");
    assertThat(row(2020, 1).skillLabels())
        .containsExactly("Java", "Kotlin", "PostgreSQL", "Docker", "Linux", "Spring");
    assertThat(row(2025, 1).skillLabels())
        .containsExactly(
            "Java", "Kotlin", "PostgreSQL", "Amazon Web Services (AWS)", "Docker", "Spring Boot");
    assertThat(normalized(row(2021, 1)).skills()).contains("python", "scala", "postgresql", "aws");
  }

  @Test
  void rejectsMissingAndZeroPayWithTheReasonNamingTheColumn() throws IOException {
    assertThat(read(2018).rejected)
        .extracting(r -> r.rowNumber() + " " + r.reason() + " " + r.detail())
        .containsExactly(
            "4 MISSING_AMOUNT ConvertedSalary='NA'", "5 NON_POSITIVE_AMOUNT ConvertedSalary='0'");
    assertThat(read(2023).rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.NON_POSITIVE_AMOUNT));
  }

  @Test
  void noFixtureIsClaimedByAnotherYear() throws IOException {
    for (int year = 2018; year <= 2025; year++) {
      SourceTable table = fixture(year);
      TableHeader header = ReadableTable.detect(table).header();
      for (StackOverflowSurveyAdapter adapter : StackOverflowSurveyAdapter.allEditions()) {
        assertThat(adapter.recognises(header))
            .as("%s header recognised by %s", year, adapter.formatId())
            .isEqualTo(adapter.year() == year);
      }
    }
  }

  @Test
  void convertedPayIsTheAnnualisedOwnAnswerTimesOneRatePerCurrency() throws IOException {
    // A consistency check of the fixtures themselves: USD answers convert at exactly 1.
    for (int year = 2019; year <= 2025; year++) {
      for (RawRecord record : read(year).accepted) {
        if ("USD".equals(record.attributes().get("currency"))) {
          assertThat(record.pay().amount())
              .as("%s row %s", year, record.rowNumber())
              .isCloseTo(
                  Double.parseDouble(record.attributes().get("comp_annual_local")), within(1e-9));
        }
      }
    }
  }
}
