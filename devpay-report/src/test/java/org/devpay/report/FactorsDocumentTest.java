package org.devpay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionComparison;
import org.devpay.core.analysis.FactorLevel;
import org.devpay.core.analysis.FactorReport;
import org.devpay.core.analysis.Factors;
import org.devpay.core.analysis.LevelCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The factors' rows, rendered from the experience factor computed on the four real IT Salary Survey
 * EU editions: each level's premium per edition and pooled, and each median cell, are the report's;
 * a cell under k renders as suppressed with no count and no figure.
 */
class FactorsDocumentTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(100));

  private static FactorReport report;

  @BeforeAll
  static void factors() {
    report =
        Factors.with(SETTINGS)
            .top(5)
            .levels(List.of())
            .report(FactorReport.Factor.EXPERIENCE, RealSurveys.euEditions());
  }

  @Test
  void premiumRowsAreEachLevelsEditionsThenItsPooledFigure() {
    ReportRows rows = FactorsDocument.rows(report);
    int i = 0;
    int adjusted = 0;
    for (FactorLevel level : report.levels()) {
      for (EditionComparison e : level.comparison().editions()) {
        List<String> row = rows.rows().get(i++);
        assertThat(row.get(0)).isEqualTo(level.level());
        assertThat(row.get(1)).isEqualTo(e.edition().toString());
        if (e.premium().suppressed()) {
          assertThat(row.subList(2, 4)).containsOnly("");
          assertThat(row.get(4)).isEqualTo("suppressed");
        } else if (e.premium().adjusted().isPresent()) {
          assertThat(row.get(7)).isEqualTo(one(e.premium().adjusted().get().percent()));
          adjusted++;
        }
      }
      List<String> pooled = rows.rows().get(i++);
      assertThat(pooled.get(1))
          .startsWith("pooled (" + level.comparison().pooledAdjusted().studies());
      assertThat(pooled.get(2))
          .isEqualTo(Long.toString(level.comparison().pooledAdjusted().rows()));
    }
    assertThat(rows.rows()).hasSize(i);
    assertThat(adjusted).isPositive();
  }

  @Test
  void medianCellsAreTheReportsAndACellUnderKStatesNothing() {
    ReportRows rows = FactorsDocument.cellRows(report);
    assertThat(rows.rows()).hasSize(report.cells().size()).isNotEmpty();
    for (int i = 0; i < report.cells().size(); i++) {
      LevelCell cell = report.cells().get(i);
      List<String> row = rows.rows().get(i);
      assertThat(row.get(2)).isEqualTo(cell.level());
      if (cell.suppressed()) {
        assertThat(row.get(3)).isEmpty();
        assertThat(row.get(4)).isEqualTo("suppressed (n < k)");
        assertThat(row.subList(5, 7)).containsOnly("");
      } else {
        assertThat(row.get(3)).isEqualTo(Integer.toString(cell.n()));
        assertThat(row.get(4))
            .isEqualTo(String.format(Locale.ROOT, "%.0f", cell.median().getAsDouble()));
      }
    }
  }

  private static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
