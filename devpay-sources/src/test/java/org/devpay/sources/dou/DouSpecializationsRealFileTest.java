package org.devpay.sources.dou;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.AdapterContractTest;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DOU adapter of the specialisation questionnaire (December 2020 onward) on the real June 2025
 * export.
 *
 * <p>Expected figures come from SOURCE.md where it states them and otherwise from
 * src/test/resources/org/devpay/sources/dou/expected_counts.py (csv module and pandas 1.5.3), whose
 * output on the file with sha256 48b03a18…8805 is:
 *
 * <pre>
 * data rows 11686
 * field counts {18: 11686}
 * outcomes {'ACCEPTED': 11672, 'NON_POSITIVE_AMOUNT': 13, 'MISSING_AMOUNT': 1}
 * Back-end розробка: all rows 1894 accepted 1892
 * role labels (top 5) {'Back-end розробка': 1892, 'Manual QA': 1164, 'Front-end розробка': 1103,
 *     'Full Stack розробка': 914, 'Mobile розробка': 437}
 * accepted living in Ukraine 11181
 * industry Fintech / Banking / Capital Management 1598
 * industry E-commerce 1622
 * industry Різнопланові проєкти, немає одного основного (HR etc) 703
 * industry answer exactly Fintech / Banking / Capital Management (all rows) 1035
 * accepted whose industry answer is exactly Fintech / Banking / Capital Management 1035
 * accepted whose industry answer names Network Devices (routers, firewalls) 1
 * accepted with a main programming language 7715
 * </pre>
 */
class DouSpecializationsRealFileTest extends AdapterContractTest {
  private Collected real;

  @Override
  protected SourceAdapter adapter() {
    return new DouSurveyAdapter(DouFamily.SPECIALIZATIONS, () -> 2025);
  }

  @Override
  protected SourceTable realTable() throws IOException {
    return SourceTables.tablesIn(RealData.file("dou-ua-salaries/2025_june_raw.csv")).get(0);
  }

  @Override
  protected long expectedDataRows() {
    // SOURCE.md: 11,686 rows.
    return 11_686;
  }

  @BeforeAll
  void readOnce() throws IOException {
    real = readRealTable();
  }

  @Test
  void rejectsOnlyTheRowsWithoutAPositiveSalary() {
    // expected_counts.py: outcomes {'ACCEPTED': 11672, 'NON_POSITIVE_AMOUNT': 13, 'MISSING_AMOUNT':
    // 1}
    assertThat(real.accepted).hasSize(11_672);
    assertThat(real.rejected.stream().collect(groupingBy(Rejection::reason, counting())))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(RejectReason.NON_POSITIVE_AMOUNT, 13L, RejectReason.MISSING_AMOUNT, 1L));
  }

  @Test
  void findsTheBackEndSpecializationOn1894Rows() {
    // SOURCE.md: `Back-end розробка` 1,894; expected_counts.py: 1892 of them accepted.
    long accepted =
        real.accepted.stream().filter(r -> r.roleLabel().equals("Back-end розробка")).count();
    long rejected =
        real.rejected.stream().filter(r -> fields(r).contains("Back-end розробка")).count();
    assertThat(accepted).isEqualTo(1_892);
    assertThat(accepted + rejected).isEqualTo(1_894);
  }

  @Test
  void fallsBackToThePositionWhenNoSpecializationIsGiven() {
    // expected_counts.py: role labels (top 5).
    Map<String, Long> roles =
        real.accepted.stream().collect(groupingBy(RawRecord::roleLabel, counting()));
    assertThat(roles)
        .containsEntry("Back-end розробка", 1_892L)
        .containsEntry("Manual QA", 1_164L)
        .containsEntry("Front-end розробка", 1_103L)
        .containsEntry("Full Stack розробка", 914L)
        .containsEntry("Mobile розробка", 437L)
        .doesNotContainKey("");
    assertThat(real.accepted)
        .allSatisfy(r -> assertThat(r.roleLabels()).containsExactly(r.roleLabel()));
  }

  @Test
  void publishesNetMonthlyBasePayInUsd() {
    assertThat(real.accepted)
        .allSatisfy(
            r -> {
              assertThat(r.pay().currency()).isEqualTo("USD");
              assertThat(r.pay().period()).isEqualTo(PayPeriod.MONTH);
              assertThat(r.pay().basis()).isEqualTo(TaxBasis.NET);
              assertThat(r.pay().scope()).isEqualTo(PayScope.BASE);
              assertThat(r.year()).isEqualTo(2025);
              assertThat(r.edition()).isEqualTo("2025-06");
              assertThat(r.weight()).isEqualTo(1.0);
            });
  }

  @Test
  void readsTheFirstRespondentAsPublished() {
    // First data row of the file, read with pandas: a Marketing Manager in Ukraine.
    RawRecord first = real.accepted.get(0);
    assertThat(first.rowNumber()).isEqualTo(1);
    assertThat(first.pay().amount()).isEqualTo(2000.0);
    assertThat(first.roleLabel()).isEqualTo("Marketing Manager");
    assertThat(first.seniorityLabel()).isEqualTo("Middle");
    assertThat(first.experienceText()).isEqualTo("4");
    assertThat(first.countryText()).isEqualTo("UA");
    assertThat(first.employmentLabel())
        .isEqualTo("Втратив(-ла) роботу / звільнився(-лася) і шукаю нову");
    assertThat(first.attributes())
        .containsEntry("submitted_at", "2025-05-26 06:52:09")
        .containsEntry("monthly_bonus_usd", "0")
        .containsEntry("category", "Marketing")
        .containsEntry("position", "Marketing Manager")
        .containsEntry("age", "21")
        .doesNotContainKey("specialization");
  }

  @Test
  void mapsOnlyResidenceInUkraineToACountry() {
    // expected_counts.py: accepted living in Ukraine 11181; the others only say "abroad".
    assertThat(real.accepted.stream().filter(r -> r.countryText().equals("UA")).count())
        .isEqualTo(11_181);
    assertThat(real.accepted)
        .filteredOn(r -> r.countryText().isEmpty())
        .allSatisfy(
            r ->
                assertThat(r.attributes())
                    .containsEntry("residence", "За кордоном, але планую повернутися"));
  }

  @Test
  void keepsTheIndustryOptionThatContainsACommaWhole() {
    // expected_counts.py: industry counts as whole elements of the ", "-joined answer.
    Map<String, Long> industries =
        real.accepted.stream()
            .flatMap(r -> r.industryLabels().stream())
            .collect(groupingBy(label -> label, counting()));
    assertThat(industries)
        .containsEntry("Fintech / Banking / Capital Management", 1_598L)
        .containsEntry("E-commerce", 1_622L)
        .containsEntry("Різнопланові проєкти, немає одного основного (HR etc)", 703L)
        .doesNotContainKeys("Різнопланові проєкти", "немає одного основного (HR etc)", "");
    // SOURCE.md "Fintech / Banking 1,035" counts answers naming that industry alone.
    assertThat(
            real.accepted.stream()
                .filter(
                    r ->
                        r.industryLabels()
                            .equals(List.of("Fintech / Banking / Capital Management")))
                .count())
        .isEqualTo(1_035);
  }

  @Test
  void keepsAFreeTextIndustryWithACommaAsOneLabel() {
    // A free-text answer in the real file: "Network Devices (routers, firewalls)";
    // expected_counts.py: accepted whose industry answer names it 1.
    assertThat(real.accepted)
        .filteredOn(r -> r.industryLabels().contains("Network Devices (routers, firewalls)"))
        .hasSize(1);
  }

  @Test
  void keepsTheMainProgrammingLanguageAsOneSkillLabel() {
    // expected_counts.py: accepted with a main programming language 7715.
    assertThat(real.accepted.stream().filter(r -> !r.skillLabels().isEmpty()).count())
        .isEqualTo(7_715);
    assertThat(real.accepted)
        .filteredOn(r -> r.skillLabels().contains("C# / .NET"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.skillLabels()).hasSize(1));
  }

  private static List<String> fields(Rejection rejection) {
    return Arrays.asList(rejection.raw().split(Rejection.FIELD_SEPARATOR, -1));
  }
}
