package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.sources.AdapterContractTest;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.ReferenceStatistics;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.Test;

/**
 * {@link StackOverflowSurveyAdapter} 2017 on the real, partial 2017 file (plain and zipped).
 *
 * <p>Expected figures: 19,102 data rows, the truncated row 19,102 with 32 of 154 fields and the
 * WebDeveloperType counts from SOURCE.md; the rest from {@code
 * src/test/resources/org/devpay/sources/stackoverflow/expected_counts_2017.py} (pandas 1.5.3),
 * whose output was:
 *
 * <pre>
 * rows=19102 complete=19101 truncated(row, fields)=[(19102, 32)]
 * accepted=5007 rejected=14095
 *   MISSING_AMOUNT=14092
 *   NON_POSITIVE_AMOUNT=2
 *   TRUNCATED_ROW=1
 *   median=51612.9032258064
 *   all complete rows by WebDeveloperType: {'NA': 14815, 'Full stack Web developer': 2729,
 *     'Back-end Web developer': 1074, 'Front-end Web developer': 483}
 *   accepted primary role 'Back-end Web developer'=397
 *   accepted primary role 'Front-end Web developer'=184
 *   accepted primary role 'Full stack Web developer'=1038
 *   accepted primary role 'Web developer'=2051
 *   accepted primary role 'Mobile developer'=334
 *   accepted primary role ''=1
 * </pre>
 */
class StackOverflow2017RealFileTest extends AdapterContractTest {
  @Override
  protected SourceAdapter adapter() {
    return StackOverflowSurveyAdapter.edition(2017);
  }

  @Override
  protected SourceTable realTable() throws IOException {
    return SourceTables.tablesIn(RealData.file("so-survey-2017-partial/survey_results_public.csv"))
        .get(0);
  }

  @Override
  protected long expectedDataRows() {
    return 19_102;
  }

  @Test
  void acceptedAndRejectedCountsMatchTheReferenceScript() throws IOException {
    Collected collected = readRealTable();

    assertThat(collected.accepted).hasSize(5_007);
    assertThat(byReason(collected))
        .containsExactly(
            Map.entry(RejectReason.MISSING_AMOUNT, 14_092L),
            Map.entry(RejectReason.NON_POSITIVE_AMOUNT, 2L),
            Map.entry(RejectReason.TRUNCATED_ROW, 1L));
  }

  @Test
  void rejectsTheTruncatedLastRowAsTruncatedRow() throws IOException {
    Collected collected = readRealTable();

    assertThat(collected.rejected)
        .filteredOn(r -> r.reason() == RejectReason.TRUNCATED_ROW)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rowNumber()).isEqualTo(19_102);
              assertThat(r.detail()).isEqualTo("32 of 154 fields");
              assertThat(r.raw())
                  .startsWith("19102" + Rejection.FIELD_SEPARATOR + "Professional developer");
            });
  }

  @Test
  void medianOfAcceptedSalariesMatchesTheReferenceScript() throws IOException {
    Collected collected = readRealTable();

    double median =
        ReferenceStatistics.median(
            collected.accepted.stream().mapToDouble(r -> r.pay().amount()).toArray());

    assertThat(median).isCloseTo(51_612.9032258064, within(1e-6));
  }

  @Test
  void countsAcceptedRowsPerPrimaryRoleAsTheReferenceScript() throws IOException {
    Map<String, Long> perRole =
        readRealTable().accepted.stream()
            .collect(Collectors.groupingBy(RawRecord::roleLabel, Collectors.counting()));

    assertThat(perRole)
        .containsEntry("Back-end Web developer", 397L)
        .containsEntry("Front-end Web developer", 184L)
        .containsEntry("Full stack Web developer", 1_038L)
        .containsEntry("Web developer", 2_051L)
        .containsEntry("Mobile developer", 334L)
        .containsEntry("", 1L);
  }

  @Test
  void webDeveloperTypeRefinesTheWebDeveloperItemInRoleLabels() throws IOException {
    Collected collected = readRealTable();

    // 1,619 accepted rows answered WebDeveloperType (397 + 184 + 1,038); their role labels end
    // with that answer, after the DeveloperType items.
    assertThat(collected.accepted)
        .filteredOn(
            r -> r.roleLabel().endsWith("Web developer") && !r.roleLabel().equals("Web developer"))
        .hasSize(1_619)
        .allSatisfy(r -> assertThat(r.roleLabels()).last().isEqualTo(r.roleLabel()));
  }

  @Test
  void neverEmitsTheNaMarkerAsALabel() throws IOException {
    Collected collected = readRealTable();

    assertThat(collected.accepted)
        .allSatisfy(
            record -> {
              assertThat(record.countryText()).isNotEqualTo("NA");
              assertThat(record.experienceText()).isNotEqualTo("NA");
              assertThat(record.employmentLabel()).isNotEqualTo("NA");
              assertThat(record.skillLabels()).doesNotContain("NA");
              assertThat(record.roleLabels()).doesNotContain("NA");
              assertThat(record.attributes()).doesNotContainValue("NA");
            });
  }

  @Test
  void readsTheZippedCopyAlikeAndSkipsTheSchema() throws IOException {
    SourceTable zipped =
        SourceTables.tablesIn(RealData.file("so-survey-2017-partial/survey_results_public.csv.zip"))
            .get(0);
    FormatDetector detector = new FormatDetector(AdapterRegistry.standard());

    Collected collected = new Collected();
    adapter().read(zipped, collected);

    assertThat(zipped.compression()).isEqualTo(SourceTable.Compression.ZIP_ENTRY);
    assertThat(detector.detect(zipped).adapter())
        .hasValueSatisfying(a -> assertThat(a.formatId()).isEqualTo("so-survey/2017"));
    assertThat(collected.accepted).hasSize(5_007);
    assertThat(collected.rejected).hasSize(14_095);
    for (String schema :
        new String[] {"survey_results_schema.csv", "survey_results_schema.csv.zip"}) {
      for (SourceTable table :
          SourceTables.tablesIn(RealData.file("so-survey-2017-partial/" + schema))) {
        assertThat(detector.detect(table).recognised()).as(table.displayName()).isFalse();
      }
    }
  }

  private static Map<RejectReason, Long> byReason(Collected collected) {
    return collected.rejected.stream()
        .collect(Collectors.groupingBy(Rejection::reason, TreeMap::new, Collectors.counting()));
  }
}
