package org.devpay.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.AdapterContractTest;
import org.devpay.sources.ReferenceStatistics;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;

/**
 * Real-file checks shared by the four IT Salary Survey EU years. Every expected figure a subclass
 * gives comes from {@code src/test/resources/org/devpay/sources/eu/expected_counts.py}, which
 * applies {@link EuSalaryParser}'s documented rule independently with pandas, or from the dataset's
 * SOURCE.md.
 */
abstract class ItSalarySurveyEuRealFileTest extends AdapterContractTest {
  /** The file's name in ../shared/data/it-salary-survey-eu. */
  protected abstract String fileName();

  /** Accepted rows, per the reference script. */
  protected abstract long expectedAccepted();

  /** Rejected rows per reason, per the reference script. */
  protected abstract Map<RejectReason, Long> expectedRejectedByReason();

  /** Median of accepted amounts (pandas median), per the reference script. */
  protected abstract double expectedMedian();

  @Override
  protected final SourceTable realTable() throws IOException {
    return SourceTables.tablesIn(RealData.file("it-salary-survey-eu/" + fileName())).get(0);
  }

  @Test
  void acceptedAndRejectedCountsMatchTheReferenceScript() throws IOException {
    Collected collected = readRealTable();

    assertThat(collected.accepted).hasSize((int) expectedAccepted());
    assertThat(byReason(collected)).isEqualTo(new TreeMap<>(expectedRejectedByReason()));
  }

  @Test
  void medianOfAcceptedAmountsMatchesTheReferenceScript() throws IOException {
    Collected collected = readRealTable();

    double median =
        ReferenceStatistics.median(
            collected.accepted.stream().mapToDouble(r -> r.pay().amount()).toArray());

    assertThat(median).isCloseTo(expectedMedian(), within(1e-9));
  }

  @Test
  void everyRecordIsYearlyGrossBaseEuroOfItsSurveyYear() throws IOException {
    Collected collected = readRealTable();
    int year = ((ItSalarySurveyEuAdapter) adapter()).year();

    assertThat(collected.accepted)
        .allSatisfy(
            record -> {
              assertThat(record.edition()).isEqualTo(Integer.toString(year));
              assertThat(record.year()).isEqualTo(year);
              assertThat(record.pay().currency()).isEqualTo("EUR");
              assertThat(record.pay().period()).isEqualTo(PayPeriod.YEAR);
              assertThat(record.pay().basis()).isEqualTo(TaxBasis.GROSS);
              assertThat(record.pay().scope()).isEqualTo(PayScope.BASE);
              assertThat(record.countryText()).isEmpty();
              assertThat(record.attributes()).doesNotContainKeys("gender", "company_name");
            });
  }

  @Test
  void rejectionsQuoteTheSalaryField() throws IOException {
    Collected collected = readRealTable();

    assertThat(collected.rejected)
        .allSatisfy(rejection -> assertThat(rejection.detail()).startsWith(payColumn()));
  }

  /** The year's salary column, as rejection details name it. */
  protected abstract String payColumn();

  /** Counts per role label among accepted records. */
  protected static Map<String, Long> acceptedPerRole(Collected collected) {
    return collected.accepted.stream()
        .collect(Collectors.groupingBy(RawRecord::roleLabel, Collectors.counting()));
  }

  private static Map<RejectReason, Long> byReason(Collected collected) {
    return collected.rejected.stream()
        .collect(Collectors.groupingBy(Rejection::reason, TreeMap::new, Collectors.counting()));
  }
}
