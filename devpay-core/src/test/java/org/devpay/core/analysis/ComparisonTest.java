package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.ControlUse;
import org.devpay.core.analysis.engine.GroupSelector;
import org.devpay.core.data.PayData;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.stats.PooledEffect;
import org.devpay.core.stats.RandomEffects;
import org.devpay.core.stats.TwoFoldDecomposition;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200));

  /**
   * Pay = 40,000 × e^(0.10·back-end) × e^(0.40·band) × a wobble of ±2% that alternates row by row,
   * so it sums to zero within every (role, band) cell (each holds an even number of rows), with
   * back-end respondents mostly experienced and front-end mostly not: the raw gap mixes the role
   * with experience, the adjusted one is the role's own 10 log points.
   */
  private static TestRecords confounded(String edition, double rolePremium) {
    return confounded(edition, rolePremium, new int[][] {{10, 20, 60}, {60, 20, 10}});
  }

  /** The same with these rows per band (0-1, 2-4, 5-9 and 10-14 years) for each role. */
  private static TestRecords confounded(String edition, double rolePremium, int[][] counts) {
    TestRecords records = TestRecords.edition("test-survey", edition);
    double[] wobble = {-0.02, 0.02};
    double[] years = {1, 3, 7, 12};
    // The 10-14 band pays as the first: merging it into that level changes no cell mean.
    double[] bandEffect = {0, 0.40, 0.80, 0};
    RoleFamily[] roles = {RoleFamily.BACKEND, RoleFamily.FRONTEND};
    for (int r = 0; r < 2; r++) {
      for (int band = 0; band < counts[r].length; band++) {
        for (int i = 0; i < counts[r][band]; i++) {
          double log =
              Math.log(40_000)
                  + (r == 0 ? rolePremium : 0)
                  + bandEffect[band]
                  + wobble[i % 2] * (1 + 0.1 * band);
          records.add(roles[r], years[band], Math.exp(log));
        }
      }
    }
    return records;
  }

  @Test
  void adjustingForExperienceRecoversTheRolePremiumTheRawGapOverstates() {
    TestRecords edition = confounded("2020", 0.10);
    EditionComparison comparison =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
            .adjustingFor(Control.EXPERIENCE)
            .withSettings(SETTINGS)
            .within(edition.key(), edition.records())
            .orElseThrow();

    Premium premium = comparison.premium();
    assertThat(premium.focalRows()).isEqualTo(90);
    assertThat(premium.baselineRows()).isEqualTo(90);
    // The wobble is balanced within each cell, so OLS with band dummies returns 0.10 exactly.
    assertThat(premium.adjusted().orElseThrow().logPremium().estimate())
        .isCloseTo(0.10, within(1e-9));
    // Raw: 0.10 + 0.40 × (mean band of back-end − mean band of front-end)
    //   = 0.10 + 0.40 × ((20 + 2·60) − (20 + 2·10)) / 90.
    assertThat(premium.unadjusted().orElseThrow().logPremium().estimate())
        .isCloseTo(0.10 + 0.40 * (100.0 / 90), within(1e-9));
    assertThat(premium.controls())
        .singleElement()
        .satisfies(
            use -> {
              assertThat(use.control()).isEqualTo(Control.EXPERIENCE);
              assertThat(use.used()).isTrue();
              assertThat(use.columns()).isEqualTo(2);
            });
    assertThat(comparison.sentence()).startsWith("In test-survey 2020 (gross base pay, EUR)");
  }

  @Test
  void theDecompositionPutsTheExperienceMixInTheExplainedPartAndTheRoleInTheRest() {
    // Back-end: 40, 80 and 240 rows in the first three bands; front-end: 240, 80, 40, and 36 in
    // 10-14. Held by fewer than 30 back-end rows (none), 10-14 would leave the back-end fit an
    // empty column: the split merges it into the most frequent level (0-1 and 5-9 both hold 280
    // rows; the first name wins), which pays the same.
    TestRecords edition =
        confounded("2020", 0.10, new int[][] {{40, 80, 240, 0}, {240, 80, 40, 36}});
    Premium premium =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
            .adjustingFor(Control.EXPERIENCE)
            .withSettings(SETTINGS)
            .withDecomposition()
            .within(edition.key(), edition.records())
            .orElseThrow()
            .premium();

    TwoFoldDecomposition split = premium.decomposition().orElseThrow();
    // Explained: the bands' pay (0.40, 0.80) times the difference in band shares; unexplained:
    // with the same returns to experience in both roles, the role's own 0.10.
    double explained = 0.40 * (80.0 / 360 - 80.0 / 396) + 0.80 * (240.0 / 360 - 40.0 / 396);
    assertThat(split.firstRows()).isEqualTo(360);
    assertThat(split.secondRows()).isEqualTo(396);
    assertThat(split.explained().estimate()).isCloseTo(explained, within(1e-9));
    assertThat(split.unexplained().estimate()).isCloseTo(0.10, within(1e-9));
    assertThat(split.gap()).isCloseTo(0.10 + explained, within(1e-9));
    assertThat(split.explainedByTerm())
        .singleElement()
        .satisfies(term -> assertThat(term.term()).isEqualTo(Control.EXPERIENCE.id()));
    // The adjusted premium keeps the 10-14 band as a level of its own (36 rows, over k).
    assertThat(premium.controls().get(0).columns()).isEqualTo(3);
    assertThat(premium.adjusted().orElseThrow().logPremium().estimate())
        .isCloseTo(0.10, within(1e-9));
  }

  @Test
  void aGroupBelowTheFloorIsSuppressedWithEveryFigureWithheld() {
    TestRecords edition = TestRecords.edition("test-survey", "2020");
    for (int i = 0; i < 30; i++) {
      edition.add(RoleFamily.BACKEND, 3, 50_000 + 100 * i);
    }
    for (int i = 0; i < 9; i++) {
      edition.add(RoleFamily.FRONTEND, 3, 45_000 + 100 * i);
    }
    ComparisonReport report =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
            .withSettings(SETTINGS)
            .within(TestRecords.data(edition));

    Premium premium = report.editions().get(0).premium();
    assertThat(premium.suppressed()).isTrue();
    assertThat(premium.note()).isEqualTo(org.devpay.core.privacy.Release.WITHHELD);
    assertThat(premium.focalRows()).isZero();
    assertThat(premium.baselineRows()).isZero();
    assertThat(premium.ratioOfMedians()).isEmpty();
    assertThat(premium.unadjusted()).isEmpty();
    assertThat(premium.adjusted()).isEmpty();
    assertThat(report.pooledAdjusted().pooled()).isEmpty();
    assertThat(report.sentence()).startsWith("No edition has k or more");
  }

  @Test
  void controlsAnEditionLacksAreReportedAsUnusedAndRareLevelsAreMerged() {
    TestRecords edition = TestRecords.edition("test-survey", "2020");
    for (int i = 0; i < 40; i++) {
      // No experience stated; 3 rows in France, the rest in Germany.
      String country = i % 20 == 0 || i == 7 ? "FR" : "DE";
      edition.add(
          i % 2 == 0 ? RoleFamily.BACKEND : RoleFamily.FRONTEND,
          i % 4 < 2 ? Seniority.SENIOR : Seniority.JUNIOR,
          OptionalDouble.empty(),
          country,
          null,
          List.of(),
          50_000 + 500 * i);
    }
    Premium premium =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
            .adjustingFor(Control.EXPERIENCE, Control.SENIORITY, Control.COUNTRY, Control.SKILLS)
            .withSettings(SETTINGS)
            .within(edition.key(), edition.records())
            .orElseThrow()
            .premium();

    assertThat(premium.controls()).hasSize(4);
    ControlUse experience = premium.controls().get(0);
    assertThat(experience.used()).isFalse();
    assertThat(experience.note()).contains("one level only");
    assertThat(premium.controls().get(1).used()).isTrue();
    // Three French rows are fewer than k: merged, leaving Germany alone, so no country control.
    ControlUse country = premium.controls().get(2);
    assertThat(country.used()).isFalse();
    ControlUse skills = premium.controls().get(3);
    assertThat(skills.used()).isFalse();
    assertThat(skills.note()).contains("not in this edition");
  }

  @Test
  void oneEditionIsItsOwnPooledFigureAndTwoArePooledByDerSimonianLaird() {
    TestRecords first = confounded("2019", 0.10);
    TestRecords second = confounded("2020", 0.20);
    Comparison comparison =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FRONTEND)
            .adjustingFor(Control.EXPERIENCE)
            .withSettings(SETTINGS);

    ComparisonReport one = comparison.within(TestRecords.data(first));
    ModelEstimate only = one.editions().get(0).premium().adjusted().orElseThrow();
    assertThat(one.pooledAdjusted().studies()).isEqualTo(1);
    assertThat(one.pooledAdjusted().note()).startsWith("one edition only");
    assertThat(one.pooledAdjusted().pooled().orElseThrow()).isEqualTo(only.logPremium());
    assertThat(one.pooledAdjusted().randomEffects()).isEmpty();

    ComparisonReport two = comparison.within(TestRecords.data(first, second));
    ModelEstimate a = two.editions().get(0).premium().adjusted().orElseThrow();
    ModelEstimate b = two.editions().get(1).premium().adjusted().orElseThrow();
    PooledEffect expected =
        RandomEffects.withDefaults()
            .pool(
                new double[] {a.logPremium().estimate(), b.logPremium().estimate()},
                new double[] {a.standardError(), b.standardError()});
    assertThat(two.pooledAdjusted().randomEffects().orElseThrow()).isEqualTo(expected);
    assertThat(two.pooledAdjusted().rows()).isEqualTo(360);
    assertThat(two.pooledAdjusted().editions())
        .containsExactly("test-survey 2019", "test-survey 2020");
  }

  @Test
  void aRespondentInBothGroupsIsCountedInNeither() {
    TestRecords edition = TestRecords.edition("test-survey", "2020");
    for (int i = 0; i < 60; i++) {
      List<String> skills =
          i < 20 ? List.of("go") : i < 40 ? List.of("java") : List.of("go", "java");
      edition.add(
          RoleFamily.BACKEND,
          Seniority.UNKNOWN,
          OptionalDouble.of(3),
          "DE",
          null,
          skills,
          50_000 + 300 * i);
    }
    EditionComparison comparison =
        Comparison.between(
                GroupSelector.EVERYONE.withSkills(List.of("go")),
                GroupSelector.EVERYONE.withSkills(List.of("java")))
            .withSettings(SETTINGS)
            .within(edition.key(), edition.records())
            .orElseThrow();

    assertThat(comparison.overlapRows()).isEqualTo(20);
    assertThat(comparison.premium().focalRows()).isEqualTo(20);
    assertThat(comparison.premium().baselineRows()).isEqualTo(20);
    assertThat(comparison.populationRows()).isEqualTo(60);
  }

  @Test
  void aMetroIsComparedWithTheRestOfItsOwnCountryOnly() {
    TestRecords edition = TestRecords.edition("test-survey", "2020");
    for (int i = 0; i < 45; i++) {
      String country = i < 30 ? "DE" : "FR";
      String metro = i < 15 ? "Berlin" : i >= 30 ? "Paris" : null;
      edition.add(
          RoleFamily.BACKEND,
          Seniority.UNKNOWN,
          OptionalDouble.of(3),
          country,
          metro,
          List.of(),
          50_000 + 300 * i);
    }
    Premium premium =
        Comparison.of(GroupSelector.EVERYONE.withMetros(List.of("Berlin")))
            .withSettings(SETTINGS)
            .within(edition.key(), edition.records())
            .orElseThrow()
            .premium();

    assertThat(premium.focalRows()).isEqualTo(15);
    assertThat(premium.baselineRows()).isEqualTo(15);
    assertThat(premium.baseline()).isEqualTo("the rest (not respondents in Berlin)");
  }

  @Test
  void anEditionWithoutOneOfTheGroupsIsNotListed() {
    TestRecords edition = TestRecords.edition("test-survey", "2020");
    for (int i = 0; i < 20; i++) {
      edition.add(RoleFamily.BACKEND, 3, 50_000 + 100 * i);
    }
    PayData data = TestRecords.data(edition);
    ComparisonReport report =
        Comparison.compare(RoleFamily.BACKEND, RoleFamily.FULLSTACK)
            .withSettings(SETTINGS)
            .within(data);
    assertThat(report.editions()).isEmpty();
    assertThat(report.pooledAdjusted().note())
        .isEqualTo("no edition has k or more rows in both groups");
  }
}
