package org.devpay.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.SourceAdapter;
import org.junit.jupiter.api.Test;

/**
 * The December 2017 survey (Russian headers, free-text position).
 *
 * <p>Expected figures: rows from SOURCE.md; accepted, rejected and median from {@code
 * expected_counts.py} (pandas 1.5.3), whose output for 2017 was:
 *
 * <pre>
 * 2017: rows=327 accepted=326 rejected=1
 *   MISSING_AMOUNT=1
 *   median=65000.0
 * </pre>
 */
class ItSalarySurveyEu2017RealFileTest extends ItSalarySurveyEuRealFileTest {
  @Override
  protected SourceAdapter adapter() {
    return ItSalarySurveyEuAdapter.edition2017();
  }

  @Override
  protected String fileName() {
    return "salary-report_2017.csv";
  }

  @Override
  protected long expectedDataRows() {
    return 327;
  }

  @Override
  protected String payColumn() {
    return "Текущая ЗП";
  }

  @Override
  protected long expectedAccepted() {
    return 326;
  }

  @Override
  protected Map<RejectReason, Long> expectedRejectedByReason() {
    return Map.of(RejectReason.MISSING_AMOUNT, 1L);
  }

  @Override
  protected double expectedMedian() {
    return 65_000.0;
  }

  @Test
  void readsRussianColumnsOfTheFirstRowAsPublished() throws IOException {
    // Values of data row 1 of salary-report_2017.csv, as the file has them.
    RawRecord first = readRealTable().accepted.get(0);

    assertThat(first.rowNumber()).isEqualTo(1);
    assertThat(first.roleLabel()).isEqualTo("Software-Engineer");
    assertThat(first.seniorityLabel()).isEqualTo("Junior");
    assertThat(first.experienceText()).isEqualTo("2");
    assertThat(first.cityText()).isEqualTo("München");
    assertThat(first.pay().amount()).isEqualTo(48_000);
    assertThat(first.attributes())
        .containsEntry("years_in_europe", "4")
        .containsEntry("main_language", "Deutsch")
        .containsEntry("company_size", "100-1000")
        .containsEntry("company_type", "Product")
        .doesNotContainKey("age");
  }
}
