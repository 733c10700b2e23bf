package org.devpay.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.SourceAdapter;
import org.junit.jupiter.api.Test;

/**
 * The December 2018 survey (free-text position, "Your level").
 *
 * <p>Expected figures: rows from SOURCE.md; accepted, rejected and median from {@code
 * expected_counts.py} (pandas 1.5.3), whose output for 2018 was:
 *
 * <pre>
 * 2018: rows=765 accepted=750 rejected=15
 *   MISSING_AMOUNT=15
 *   median=65000.0
 * </pre>
 */
class ItSalarySurveyEu2018RealFileTest extends ItSalarySurveyEuRealFileTest {
  @Override
  protected SourceAdapter adapter() {
    return ItSalarySurveyEuAdapter.edition2018();
  }

  @Override
  protected String fileName() {
    return "IT Salary Survey EU 2018.csv";
  }

  @Override
  protected long expectedDataRows() {
    return 765;
  }

  @Override
  protected String payColumn() {
    return "Current Salary";
  }

  @Override
  protected long expectedAccepted() {
    return 750;
  }

  @Override
  protected Map<RejectReason, Long> expectedRejectedByReason() {
    return Map.of(RejectReason.MISSING_AMOUNT, 15L);
  }

  @Override
  protected double expectedMedian() {
    return 65_000.0;
  }

  @Test
  void readsTheFirstRowAsPublished() throws IOException {
    // Values of data row 1 of "IT Salary Survey EU 2018.csv", as the file has them.
    RawRecord first = readRealTable().accepted.get(0);

    assertThat(first.roleLabel()).isEqualTo("QA Ingenieur");
    assertThat(first.seniorityLabel()).isEqualTo("Senior");
    assertThat(first.experienceText()).isEqualTo("11");
    assertThat(first.cityText()).isEqualTo("München");
    assertThat(first.pay().amount()).isEqualTo(77_000);
    assertThat(first.attributes())
        .containsEntry("age", "43")
        .containsEntry("stock_options", "No")
        .containsEntry("salary_one_year_ago", "76200");
  }
}
