package org.devpay.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionReport;
import org.devpay.core.analysis.RatioFigure;
import org.devpay.core.analysis.RoleCell;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.data.CitedFile;
import org.devpay.core.privacy.Release;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer's JSON document and its ratio rows, rendered from the answer computed on the four real
 * IT Salary Survey EU editions: every figure is the result object's, a withheld cell states neither
 * a figure nor a count, and an empty answer is an empty list.
 */
class AnswerDocumentTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200));

  private static List<EditionReport> reports;
  private static ObjectNode document;

  @BeforeAll
  static void answer() {
    reports = new RolePayAnswer(SETTINGS).answerAll(RealSurveys.euEditions());
    document = AnswerDocument.render(reports, SETTINGS);
  }

  @Test
  void everyRoleCellOfEveryEditionRendersItsFigures() {
    JsonNode editions = document.get("editions");
    assertThat(editions).hasSize(reports.size()).hasSize(4);
    int published = 0;
    for (int e = 0; e < reports.size(); e++) {
      EditionReport report = reports.get(e);
      JsonNode edition = editions.get(e);
      assertThat(edition.get("dataset").asText()).isEqualTo(report.answer().datasetId());
      assertThat(edition.get("edition").asText()).isEqualTo(report.answer().edition());
      assertThat(edition.get("verdict").asText()).isEqualTo(report.answer().verdict());
      assertThat(edition.get("population").get("rows").asInt())
          .isEqualTo(report.answer().population().rowsKept());
      List<RoleCell> cells = report.answer().screened().cells();
      JsonNode roles = edition.get("screened").get("roles");
      assertThat(roles).hasSize(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        RoleCell cell = cells.get(i);
        JsonNode role = roles.get(i);
        assertThat(role.get("role").asText()).isEqualTo(cell.role().id());
        assertThat(role.get("suppressed").asBoolean()).isEqualTo(cell.suppressed());
        if (!cell.suppressed()) {
          assertThat(role.get("n").asInt()).isEqualTo(cell.n());
          assertThat(role.get("median").asDouble()).isEqualTo(cell.median().getAsDouble());
          assertThat(role.get("p25").asDouble()).isEqualTo(cell.p25().getAsDouble());
          assertThat(role.get("p75").asDouble()).isEqualTo(cell.p75().getAsDouble());
          assertThat(role.get("median_ci_lower").asDouble())
              .isEqualTo(cell.medianInterval().orElseThrow().lower());
          published++;
        }
      }
    }
    assertThat(published).isGreaterThan(8);
  }

  @Test
  void aWithheldCellStatesNoFigureAndNoCount() {
    int withheld = 0;
    for (JsonNode edition : document.get("editions")) {
      for (String view : List.of("as_published", "screened")) {
        for (JsonNode role : edition.get(view).get("roles")) {
          if (role.get("suppressed").asBoolean()) {
            assertThat(role.get("n").isNull()).as(role.toString()).isTrue();
            assertThat(role.get("respondents").isNull()).isTrue();
            assertThat(role.get("median").isNull()).isTrue();
            assertThat(role.get("p25").isNull()).isTrue();
            assertThat(role.get("median_ci_lower").isNull()).isTrue();
            assertThat(role.get("note").asText()).isEqualTo(Release.WITHHELD);
            withheld++;
          }
        }
      }
    }
    // The EU surveys hold roles with fewer than k = 10 respondents (full-stack in 2020 among them).
    assertThat(withheld).isPositive();
  }

  @Test
  void ratioRowsAreTheScreenedRatiosOfEachEdition() {
    ReportRows rows = AnswerDocument.ratioRows(reports);
    int i = 0;
    int withEstimate = 0;
    for (EditionReport report : reports) {
      for (RatioFigure ratio : report.answer().screened().ratios()) {
        List<String> row = rows.rows().get(i++);
        assertThat(row.get(0)).isEqualTo(report.answer().datasetId());
        assertThat(row.get(1)).isEqualTo(report.answer().edition());
        assertThat(row.get(3)).isEqualTo(Integer.toString(report.answer().population().rowsKept()));
        assertThat(row.get(5))
            .isEqualTo(ratio.numerator().displayName() + " / " + ratio.denominator().displayName());
        if (ratio.estimate().isPresent()) {
          assertThat(row.get(6)).isEqualTo(three(ratio.estimate().get().estimate()));
          assertThat(row.get(7)).isEqualTo(three(ratio.estimate().get().lower()));
          assertThat(row.get(8)).isEqualTo(three(ratio.estimate().get().upper()));
          withEstimate++;
        } else {
          assertThat(row.subList(6, 9)).containsOnly("");
          assertThat(row.get(9)).isEqualTo(ratio.note()).isNotEmpty();
        }
      }
    }
    assertThat(rows.rows()).hasSize(i);
    assertThat(withEstimate).isGreaterThanOrEqualTo(4);
  }

  @Test
  void sourcesAreNamedByFileNameAndSha256NeverByDirectory() {
    for (int e = 0; e < reports.size(); e++) {
      List<CitedFile> files = reports.get(e).citation().files();
      JsonNode sources = document.get("editions").get(e).get("sources");
      assertThat(sources).hasSize(files.size());
      for (int i = 0; i < files.size(); i++) {
        assertThat(sources.get(i).get("sha256").asText()).isEqualTo(files.get(i).sha256());
        assertThat(sources.get(i).get("file").asText())
            .isEqualTo(files.get(i).fileName())
            .doesNotContain("/");
        assertThat(sources.get(i).get("rows_read").asLong()).isEqualTo(files.get(i).rowsRead());
      }
    }
    assertThat(AnswerDocument.write(document)).doesNotContain("shared/data");
  }

  @Test
  void anEmptyAnswerIsAnEmptyListWithItsSettings() {
    ObjectNode empty = AnswerDocument.render(List.of(), SETTINGS);
    assertThat(empty.get("editions")).isEmpty();
    assertThat(empty.get("settings").get("bootstrap").get("resamples").asInt()).isEqualTo(200);
    assertThat(AnswerDocument.ratioRows(List.of()).rows()).isEmpty();
  }

  private static String three(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
