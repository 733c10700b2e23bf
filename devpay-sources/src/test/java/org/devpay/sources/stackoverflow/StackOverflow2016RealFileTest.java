package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.sources.AdapterContractTest;
import org.devpay.sources.ReferenceStatistics;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;

/**
 * {@link StackOverflowSurveyAdapter} 2016 on the real stacksurveyr file.
 *
 * <p>Expected figures: 56,030 rows and 14,288 rows without a salary midpoint from SOURCE.md; the
 * rest from {@code src/test/resources/org/devpay/sources/stackoverflow/expected_counts_2016.py}
 * (pandas 1.5.3), whose output was:
 *
 * <pre>
 * rows=56030 accepted=41742 rejected=14288
 *   rejected MISSING_AMOUNT by salary_range:
 *     ''=9909
 *     'Other (please specify)'=253
 *     'Rather not say'=2246
 *     'Unemployed'=1880
 *   median=45000.0
 *   accepted Back-end web developer=5404
 *   accepted Front-end web developer=2539
 *   accepted Full-stack web developer=12395
 *   accepted 'More than $200,000'=661
 *   accepted without occupation=178
 * </pre>
 */
class StackOverflow2016RealFileTest extends AdapterContractTest {
  @Override
  protected SourceAdapter adapter() {
    return StackOverflowSurveyAdapter.edition(2016);
  }

  @Override
  protected SourceTable realTable() throws IOException {
    return SourceTables.tablesIn(
            RealData.file("so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz"))
        .get(0);
  }

  @Override
  protected long expectedDataRows() {
    return 56_030;
  }

  @Test
  void rejectsExactlyTheRowsWithoutAMidpointNamingTheirAnswer() throws IOException {
    Collected collected = readRealTable();

    assertThat(collected.accepted).hasSize(41_742);
    assertThat(collected.rejected).hasSize(14_288);
    assertThat(collected.rejected)
        .allSatisfy(r -> assertThat(r.reason()).isEqualTo(RejectReason.MISSING_AMOUNT));
    Map<String, Long> byDetail =
        collected.rejected.stream()
            .collect(Collectors.groupingBy(Rejection::detail, Collectors.counting()));
    assertThat(byDetail)
        .containsOnly(
            Map.entry("salary_range is empty", 9_909L),
            Map.entry("salary_range='Other (please specify)' has no salary_midpoint", 253L),
            Map.entry("salary_range='Rather not say' has no salary_midpoint", 2_246L),
            Map.entry("salary_range='Unemployed' has no salary_midpoint", 1_880L));
  }

  @Test
  void medianOfAcceptedMidpointsMatchesTheReferenceScript() throws IOException {
    Collected collected = readRealTable();

    double median =
        ReferenceStatistics.median(
            collected.accepted.stream().mapToDouble(r -> r.pay().amount()).toArray());

    assertThat(median).isCloseTo(45_000.0, within(1e-9));
  }

  @Test
  void countsAcceptedRowsPerWebOccupationAsTheReferenceScript() throws IOException {
    Map<String, Long> perRole =
        readRealTable().accepted.stream()
            .collect(Collectors.groupingBy(RawRecord::roleLabel, Collectors.counting()));

    assertThat(perRole)
        .containsEntry("Back-end web developer", 5_404L)
        .containsEntry("Front-end web developer", 2_539L)
        .containsEntry("Full-stack web developer", 12_395L)
        .containsEntry("", 178L);
  }

  @Test
  void everyMidpointLiesInItsPublishedBin() throws IOException {
    Collected collected = readRealTable();

    assertThat(collected.accepted)
        .allSatisfy(
            record -> {
              PayRange range = record.pay().range().orElseThrow();
              assertThat(record.pay().amount()).isGreaterThanOrEqualTo(range.lower());
              range.upper().ifPresent(upper -> assertThat(record.pay().amount()).isLessThan(upper));
              assertThat(record.pay().currency()).isEqualTo("USD");
            });
    assertThat(
            collected.accepted.stream()
                .filter(r -> r.pay().range().orElseThrow().upper().isEmpty()))
        .hasSize(661);
  }

  /**
   * The midpoint rule devpay applies to the bins of 2011-2014, which publish no midpoints, gives
   * every midpoint Stack Overflow published for 2016 (5,000 for the bottom bin, 210,000 for the
   * open top one).
   */
  @Test
  void everyPublishedMidpointIsTheMidpointRules() throws IOException {
    assertThat(readRealTable().accepted)
        .allSatisfy(
            record ->
                assertThat(record.pay().amount())
                    .isEqualTo(SalaryBin.midpoint(record.pay().range().orElseThrow())));
  }

  @Test
  void splitsTechnologiesAndKeepsRespondentIds() throws IOException {
    Collected collected = readRealTable();

    assertThat(collected.accepted)
        .allSatisfy(
            record -> {
              assertThat(record.respondentKey()).matches("[0-9]+");
              assertThat(record.skillLabels()).noneMatch(label -> label.contains(";"));
              assertThat(record.seniorityLabel()).isEmpty();
            });
    assertThat(collected.accepted)
        .anySatisfy(r -> assertThat(r.skillLabels()).hasSizeGreaterThan(3));
  }
}
