package org.devpay.sources.glassdoor;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingDouble;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.AdapterContractTest;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Glassdoor India adapter on the real 2022 table.
 *
 * <p>Expected figures come from SOURCE.md where it states them and otherwise from
 * src/test/resources/org/devpay/sources/glassdoor/expected_counts.py (csv module and pandas 1.5.3),
 * whose output on the file with sha256 6e340980…940d is:
 *
 * <pre>
 * data rows 22770
 * field counts {8: 22770}
 * outcomes {'ACCEPTED': 22770}
 * sum of weights 42256
 * Job Roles rows {'SDE': 8183, 'Android': 2945, 'Frontend': 2163, 'Java': 1858, 'Testing': 1740,
 *     'IOS': 1631, 'Backend': 1194, 'Web': 999, 'Python': 947, 'Database': 865, 'Mobile': 245}
 * Job Roles weights {'Android': 3350, 'Backend': 1364, 'Database': 962, 'Frontend': 2417,
 *     'IOS': 1772, 'Java': 2744, 'Mobile': 270, 'Python': 1161, 'SDE': 19787, 'Testing': 7081,
 *     'Web': 1348}
 * Employment Status rows {'Full Time': 20083, 'Intern': 2106, 'Contractor': 548, 'Trainee': 33}
 * Location Bangalore rows 8264
 * salary sum (INR) 15833966800
 * </pre>
 */
class GlassdoorIndia2022AdapterRealFileTest extends AdapterContractTest {
  private Collected real;

  @Override
  protected SourceAdapter adapter() {
    return new GlassdoorIndia2022Adapter();
  }

  @Override
  protected SourceTable realTable() throws IOException {
    return SourceTables.tablesIn(
            RealData.file("glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv"))
        .get(0);
  }

  @Override
  protected long expectedDataRows() {
    // SOURCE.md: 22,770 rows x 8 columns.
    return 22_770;
  }

  @BeforeAll
  void readOnce() throws IOException {
    real = readRealTable();
  }

  @Test
  void acceptsEveryRow() {
    // expected_counts.py: outcomes {'ACCEPTED': 22770}
    assertThat(real.rejected).isEmpty();
    assertThat(real.accepted).hasSize(22_770);
  }

  @Test
  void countsJobRolesAsSourceMdStates() {
    // SOURCE.md: Frontend 2,163; Backend 1,194; SDE 8,183 (and expected_counts.py).
    Map<String, Long> roles =
        real.accepted.stream().collect(groupingBy(RawRecord::roleLabel, counting()));
    assertThat(roles)
        .containsEntry("Backend", 1_194L)
        .containsEntry("Frontend", 2_163L)
        .containsEntry("SDE", 8_183L)
        .hasSize(11);
  }

  @Test
  void weightsEachRowByItsSalaryReports() {
    // expected_counts.py: sum of weights 42256; Backend 1364, Frontend 2417.
    assertThat(real.accepted.stream().mapToDouble(RawRecord::weight).sum()).isEqualTo(42_256.0);
    Map<String, Double> weights =
        real.accepted.stream()
            .collect(groupingBy(RawRecord::roleLabel, summingDouble(RawRecord::weight)));
    assertThat(weights).containsEntry("Backend", 1_364.0).containsEntry("Frontend", 2_417.0);
  }

  @Test
  void publishesGrossAnnualBasePayInRupees() {
    // expected_counts.py: salary sum (INR) 15833966800; every amount is a whole number of rupees,
    // so the double sum is exact.
    assertThat(real.accepted.stream().mapToDouble(r -> r.pay().amount()).sum())
        .isEqualTo(15_833_966_800.0);
    assertThat(real.accepted)
        .allSatisfy(
            r -> {
              assertThat(r.pay().currency()).isEqualTo("INR");
              assertThat(r.pay().period()).isEqualTo(PayPeriod.YEAR);
              assertThat(r.pay().basis()).isEqualTo(TaxBasis.GROSS);
              assertThat(r.pay().scope()).isEqualTo(PayScope.BASE);
              assertThat(r.countryText()).isEqualTo("IN");
              assertThat(r.year()).isEqualTo(2022);
            });
  }

  @Test
  void keepsEmploymentStatusAndCityAsPublished() {
    // SOURCE.md: Bangalore 8,264; expected_counts.py: Employment Status rows.
    assertThat(real.accepted.stream().collect(groupingBy(RawRecord::employmentLabel, counting())))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Full Time", 20_083L, "Intern", 2_106L, "Contractor", 548L, "Trainee", 33L));
    assertThat(real.accepted.stream().filter(r -> r.cityText().equals("Bangalore")).count())
        .isEqualTo(8_264);
  }

  @Test
  void readsTheFirstRowAsPublished() {
    // First data row: 3.8,Sasken,Android Developer,400000,3,Bangalore,Full Time,Android
    RawRecord first = real.accepted.get(0);
    assertThat(first.rowNumber()).isEqualTo(1);
    assertThat(first.respondentKey()).isEqualTo("1");
    assertThat(first.pay().amount()).isEqualTo(400_000.0);
    assertThat(first.weight()).isEqualTo(3.0);
    assertThat(first.roleLabel()).isEqualTo("Android");
    assertThat(first.seniorityLabel()).isEqualTo("Android Developer");
    assertThat(first.cityText()).isEqualTo("Bangalore");
    assertThat(first.attributes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("company", "Sasken", "job_title", "Android Developer", "rating", "3.8"));
  }
}
