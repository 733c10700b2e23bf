package org.devpay.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.SourceAdapter;
import org.junit.jupiter.api.Test;

/**
 * The December 2019 survey (position as categories, business sector).
 *
 * <p>Expected figures: rows from SOURCE.md; accepted, rejected and median from {@code
 * expected_counts.py} (pandas 1.5.3), whose output for 2019 was:
 *
 * <pre>
 * 2019: rows=991 accepted=990 rejected=1
 *   MISSING_AMOUNT=1
 *   median=70000.0
 *   accepted Backend Developer=252
 *   accepted Fullstack Developer=78
 *   accepted Frontend Developer=68
 * </pre>
 */
class ItSalarySurveyEu2019RealFileTest extends ItSalarySurveyEuRealFileTest {
  @Override
  protected SourceAdapter adapter() {
    return ItSalarySurveyEuAdapter.edition2019();
  }

  @Override
  protected String fileName() {
    return "IT Salary Survey EU 2019.csv";
  }

  @Override
  protected long expectedDataRows() {
    return 991;
  }

  @Override
  protected String payColumn() {
    return "Yearly brutto salary (without bonus and stocks)";
  }

  @Override
  protected long expectedAccepted() {
    return 990;
  }

  @Override
  protected Map<RejectReason, Long> expectedRejectedByReason() {
    return Map.of(RejectReason.MISSING_AMOUNT, 1L);
  }

  @Override
  protected double expectedMedian() {
    return 70_000.0;
  }

  @Test
  void countsAcceptedRowsPerPositionAsTheReferenceScriptAndSourceDo() throws IOException {
    Collected collected = readRealTable();

    Map<String, Long> perRole = acceptedPerRole(collected);

    // expected_counts.py: accepted Backend 252, Fullstack 78, Frontend 68. SOURCE.md counts 253
    // Backend Developer rows in all: the one row without a salary is a Backend Developer.
    assertThat(perRole)
        .containsEntry("Backend Developer", 252L)
        .containsEntry("Fullstack Developer", 78L)
        .containsEntry("Frontend Developer", 68L);
    assertThat(collected.rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.raw()).contains("Backend Developer"));
  }

  @Test
  void keepsSectorAndMainTechnologyAsPublishedLabels() throws IOException {
    Collected collected = readRealTable();

    // The file's "Сommerce" starts with a Cyrillic "С", like its "Сontract duration" header.
    assertThat(collected.accepted)
        .flatExtracting(RawRecord::industryLabels)
        .contains("\u0421ommerce", "Finance / Insurance");
    assertThat(collected.accepted)
        .allSatisfy(r -> assertThat(r.skillLabels()).hasSizeLessThanOrEqualTo(1));
    assertThat(collected.accepted.get(0).skillLabels()).containsExactly("PHP");
  }
}
