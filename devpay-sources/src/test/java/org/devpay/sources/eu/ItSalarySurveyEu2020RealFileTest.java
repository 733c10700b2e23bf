package org.devpay.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.sources.SourceAdapter;
import org.junit.jupiter.api.Test;

/**
 * The 2020 survey (free-text "Position " with a trailing space, employment status).
 *
 * <p>Expected figures: rows, positions and cities from SOURCE.md; accepted, rejected, median and
 * full-time employees from {@code expected_counts.py} (pandas 1.5.3), whose output for 2020 was:
 *
 * <pre>
 * 2020: rows=1253 accepted=1253 rejected=0
 *   median=70000.0
 *   accepted Full-time employee=1190
 * </pre>
 */
class ItSalarySurveyEu2020RealFileTest extends ItSalarySurveyEuRealFileTest {
  @Override
  protected SourceAdapter adapter() {
    return ItSalarySurveyEuAdapter.edition2020();
  }

  @Override
  protected String fileName() {
    return "IT Salary Survey EU  2020.csv";
  }

  @Override
  protected long expectedDataRows() {
    return 1_253;
  }

  @Override
  protected String payColumn() {
    return "Yearly brutto salary (without bonus and stocks) in EUR";
  }

  @Override
  protected long expectedAccepted() {
    return 1_253;
  }

  @Override
  protected Map<RejectReason, Long> expectedRejectedByReason() {
    return Map.of();
  }

  @Override
  protected double expectedMedian() {
    return 70_000.0;
  }

  @Test
  void countsPositionsAndCitiesAsSourceDoes() throws IOException {
    Collected collected = readRealTable();

    // SOURCE.md: Software Engineer 387, Backend Developer 174, Frontend Developer 89;
    // Berlin 681, Munich 236. Every 2020 row has a salary, so all rows are counted.
    assertThat(acceptedPerRole(collected))
        .containsEntry("Software Engineer", 387L)
        .containsEntry("Backend Developer", 174L)
        .containsEntry("Frontend Developer", 89L);
    assertThat(collected.accepted.stream().filter(r -> r.cityText().equals("Berlin"))).hasSize(681);
    assertThat(collected.accepted.stream().filter(r -> r.cityText().equals("Munich"))).hasSize(236);
  }

  @Test
  void keepsImplausibleAndDecimalAmountsAsPublished() throws IOException {
    Collected collected = readRealTable();

    // The file holds one 99999999999 and one 54179.13: kept, for the outlier screen to judge.
    assertThat(collected.accepted)
        .extracting(r -> r.pay().amount())
        .contains(99_999_999_999.0, 54_179.13);
  }

  @Test
  void readsEmploymentAndSplitsOtherTechnologies() throws IOException {
    Collected collected = readRealTable();
    RawRecord first = collected.accepted.get(0);

    // Data row 1: main technology "TypeScript", others "Kotlin, Javascript / Typescript";
    // expected_counts.py: accepted Full-time employee=1190.
    assertThat(first.skillLabels())
        .containsExactly("TypeScript", "Kotlin", "Javascript / Typescript");
    assertThat(first.employmentLabel()).isEqualTo("Full-time employee");
    assertThat(first.attributes()).containsEntry("bonus_and_stocks", "5000");
    assertThat(
            collected.accepted.stream()
                .filter(r -> r.employmentLabel().equals("Full-time employee")))
        .hasSize(1_190);
  }
}
