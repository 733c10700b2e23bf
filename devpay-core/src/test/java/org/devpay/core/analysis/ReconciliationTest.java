package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.analysis.policy.RoleMode;
import org.devpay.core.data.EditionKey;
import org.devpay.core.geo.Countries;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedMedian;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.Test;

/**
 * {@link Reconciliation} on hand-made 2024 records whose medians are worked out in the comments;
 * the "published" figures are set to the medians of the default base, so that base must win with no
 * gap.
 */
class ReconciliationTest {
  private static final String BACK_END = "Developer, back-end";
  private static final String FRONT_END = "Developer, front-end";
  private static final EditionKey EDITION = new EditionKey("so-survey-2024", "2024");

  private final Reconciliation reconciliation =
      new Reconciliation(Countries.fromResources(), PrivacyFloor.DEFAULT);

  private static List<PayRecord> records() {
    List<PayRecord> records = new ArrayList<>();
    // US back-end developers by profession, full time: 100k..190k, median (140k + 150k) / 2.
    for (int i = 0; i < 10; i++) {
      records.add(
          AnalysisRecords.usd()
              .role(RoleFamily.BACKEND, BACK_END)
              .country("US")
              .profession(Profession.DEVELOPER)
              .pay(100_000 + 10_000 * i));
    }
    // A US back-end student earning 10k: only bases without the profession test include them.
    records.add(
        AnalysisRecords.usd()
            .role(RoleFamily.BACKEND, BACK_END)
            .country("US")
            .profession(Profession.NOT_DEVELOPER)
            .employment(Employment.OTHER)
            .pay(10_000));
    // US front-end: 60k..150k, median 105k; the 60k one also selected back-end.
    for (int i = 0; i < 10; i++) {
      AnalysisRecords record =
          AnalysisRecords.usd()
              .role(RoleFamily.FRONTEND, FRONT_END)
              .country("US")
              .profession(Profession.DEVELOPER);
      if (i == 0) {
        record.selectedRoles(BACK_END, FRONT_END);
      }
      records.add(record.pay(60_000 + 10_000 * i));
    }
    // Two German back-end developers: 50k and 60k, too few for a German cell.
    records.add(AnalysisRecords.usd().role(RoleFamily.BACKEND, BACK_END).country("DE").pay(50_000));
    records.add(AnalysisRecords.usd().role(RoleFamily.BACKEND, BACK_END).country("DE").pay(60_000));
    return records;
  }

  private static PublishedMedian published(int year, String scope, String type, double median) {
    return new PublishedMedian(
        year, scope, "CompTotal/" + scope, type, OptionalInt.empty(), median);
  }

  private static List<PublishedMedian> publishedFigures() {
    return List.of(
        // All back-end under the default base: 50, 60, 100..190k (12 rows), median (130+140)/2.
        published(2024, "All respondents", BACK_END, 135_000),
        published(2024, "United States", BACK_END, 145_000),
        published(2024, "United States", FRONT_END, 105_000),
        published(2024, "Germany", BACK_END, 55_000),
        published(2023, "United States", BACK_END, 1));
  }

  @Test
  void theBaseThatMadeThePublishedFiguresWinsWithNoGap() {
    EditionReconciliation result = reconciliation.reconcile(EDITION, records(), publishedFigures());

    BaseFit best = result.best().orElseThrow();
    assertThat(best.base())
        .isEqualTo(
            new ReconciliationBase(PopulationFilter.PROFESSIONAL_FULL_TIME, RoleMode.PRIMARY));
    assertThat(best.meanAbsoluteGap().getAsDouble()).isCloseTo(0, within(1e-12));
    assertThat(best.comparedPairs()).isEqualTo(3);
    // Only 2024 figures are used; the 2023 one is another edition's.
    assertThat(best.pairs())
        .hasSize(4)
        .allSatisfy(p -> assertThat(p.published().year()).isEqualTo(2024));
  }

  @Test
  void otherBasesShowTheGapTheirExtraRowsMake() {
    EditionReconciliation result = reconciliation.reconcile(EDITION, records(), publishedFigures());

    BaseFit all =
        result.fits().stream()
            .filter(
                f ->
                    f.base().equals(new ReconciliationBase(PopulationFilter.ALL, RoleMode.PRIMARY)))
            .findFirst()
            .orElseThrow();
    // With the student: US back-end 10, 100..190k, median 140k: gap (140 - 145) / 145.
    ReconciledPair usBackEnd = all.pairs().get(1);
    assertThat(usBackEnd.n()).isEqualTo(11);
    assertThat(usBackEnd.median().getAsDouble()).isCloseTo(140_000, within(1e-9));
    assertThat(usBackEnd.relativeGap().getAsDouble()).isCloseTo(-5.0 / 145, within(1e-12));
    // All back-end: 10, 50, 60, 100..190k (13 rows), median the 7th, 130k.
    assertThat(all.pairs().get(0).median().getAsDouble()).isCloseTo(130_000, within(1e-9));

    BaseFit allRoles =
        result.fits().stream()
            .filter(
                f ->
                    f.base()
                        .equals(
                            new ReconciliationBase(
                                PopulationFilter.PROFESSIONAL_FULL_TIME, RoleMode.ALL_ROLES)))
            .findFirst()
            .orElseThrow();
    // Counting the 60k front-end developer under back-end too: 60, 100..190k, median 140k.
    assertThat(allRoles.pairs().get(1).n()).isEqualTo(11);
    assertThat(allRoles.pairs().get(1).median().getAsDouble()).isCloseTo(140_000, within(1e-9));
    assertThat(result.fits()).hasSize(8);
  }

  @Test
  void aGroupBelowThePrivacyFloorIsNeitherShownNorCompared() {
    EditionReconciliation result = reconciliation.reconcile(EDITION, records(), publishedFigures());

    ReconciledPair germany = result.best().orElseThrow().pairs().get(3);
    assertThat(germany.n()).isEqualTo(2);
    assertThat(germany.compared()).isFalse();
    assertThat(germany.median()).isEmpty();
    assertThat(germany.note()).contains("fewer than 10");
  }

  @Test
  void anEditionWithoutPublishedFiguresSaysSo() {
    List<PayRecord> records2017 = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      records2017.add(
          AnalysisRecords.usd()
              .dataset("so-survey-2017", 2017)
              .role(RoleFamily.BACKEND, BACK_END)
              .pay(1000 + i));
    }

    EditionReconciliation result =
        reconciliation.reconcile(
            new EditionKey("so-survey-2017", "2017"), records2017, publishedFigures());

    assertThat(result.hasPublishedFigures()).isFalse();
    assertThat(result.best()).isEmpty();
    assertThat(result.years()).containsExactly(2017);
  }

  @Test
  void withoutMultiSelectAnswersOnlyPrimaryRolesAreTried() {
    List<PayRecord> single =
        records().stream().filter(r -> r.selectedRoleLabels().isEmpty()).toList();

    EditionReconciliation result = reconciliation.reconcile(EDITION, single, publishedFigures());

    assertThat(result.fits())
        .hasSize(4)
        .allSatisfy(f -> assertThat(f.base().roles()).isEqualTo(RoleMode.PRIMARY));
  }
}
