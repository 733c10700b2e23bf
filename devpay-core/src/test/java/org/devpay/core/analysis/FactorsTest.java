package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.devpay.core.analysis.engine.GroupSelector;
import org.devpay.core.data.PayData;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.stats.Quantiles;
import org.junit.jupiter.api.Test;

/**
 * {@link Factors} against the public pieces it is made of: each level's premium must be the {@link
 * Comparison} a caller would run by hand on the same data, and each cell the type-7 median of the
 * level's studied rows ({@link AnswerSettings#studied(List)}).
 */
class FactorsTest {
  private static final AnswerSettings SETTINGS =
      AnswerSettings.defaults()
          .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200));
  private static final Set<RoleFamily> ROLES = Set.of(RoleFamily.BACKEND, RoleFamily.FRONTEND);

  /** 90 back-end and front-end rows listing go, java or both, junior or senior, plus outliers. */
  private static TestRecords edition() {
    TestRecords edition = TestRecords.edition("test-survey", "2020");
    for (int i = 0; i < 90; i++) {
      List<String> skills =
          i % 3 == 0 ? List.of("go") : i % 3 == 1 ? List.of("java") : List.of("go", "java");
      edition.add(
          i % 2 == 0 ? RoleFamily.BACKEND : RoleFamily.FRONTEND,
          i % 5 < 2 ? Seniority.JUNIOR : Seniority.SENIOR,
          OptionalDouble.of(1 + i % 12),
          "DE",
          null,
          skills,
          45_000 + 400 * i + (i % 3 == 0 ? 3_000 : 0));
    }
    // Typing errors the screen removes before any figure.
    edition.add(
        RoleFamily.BACKEND, Seniority.SENIOR, OptionalDouble.of(5), "DE", null, List.of("go"), 50);
    edition.add(
        RoleFamily.FRONTEND,
        Seniority.JUNIOR,
        OptionalDouble.of(2),
        "DE",
        null,
        List.of("java"),
        90_000_000);
    return edition;
  }

  @Test
  void eachSkillsPremiumIsTheComparisonOfThatSkillAndEachCellItsStudiedMedian() {
    TestRecords edition = edition();
    PayData data = TestRecords.data(edition);
    FactorReport report =
        Factors.with(SETTINGS).forRoles(ROLES).report(FactorReport.Factor.SKILLS, data);

    assertThat(report.levels()).extracting(FactorLevel::level).containsExactly("go", "java");
    for (FactorLevel level : report.levels()) {
      ComparisonReport byHand =
          Comparison.of(GroupSelector.EVERYONE.withSkills(List.of(level.level())))
              .among(GroupSelector.EVERYONE.withRoles(ROLES))
              .adjustingFor(report.controls())
              .withSettings(SETTINGS)
              .within(data);
      assertThat(level.comparison()).isEqualTo(byHand);
    }

    List<PayRecord> studied = SETTINGS.studied(edition.records());
    assertThat(studied).hasSize(90);
    for (LevelCell cell : report.cells()) {
      double[] pay =
          studied.stream()
              .filter(r -> r.skills().contains(cell.level()))
              .mapToDouble(PayRecord::annualLocal)
              .toArray();
      assertThat(cell.n()).isEqualTo(pay.length);
      assertThat(cell.median().getAsDouble()).isEqualTo(Quantiles.of(pay, 0.5));
    }
    assertThat(report.cells()).extracting(LevelCell::level).containsExactly("go", "java");
  }

  @Test
  void eachRolesSeniorOverJuniorPremiumIsTheComparisonOfThoseGroups() {
    PayData data = TestRecords.data(edition());
    FactorReport report =
        Factors.with(SETTINGS).forRoles(ROLES).report(FactorReport.Factor.EXPERIENCE, data);

    assertThat(report.levels())
        .extracting(FactorLevel::level)
        .containsExactly("back-end: senior/lead vs junior", "front-end: senior/lead vs junior");
    List<RoleFamily> roles = List.of(RoleFamily.BACKEND, RoleFamily.FRONTEND);
    for (int i = 0; i < roles.size(); i++) {
      GroupSelector role = GroupSelector.roles(roles.get(i));
      ComparisonReport byHand =
          Comparison.between(
                  role.withSeniorities(List.of(Seniority.SENIOR, Seniority.LEAD_PRINCIPAL)),
                  role.withSeniorities(List.of(Seniority.JUNIOR)))
              .adjustingFor(report.controls())
              .withSettings(SETTINGS)
              .within(data);
      assertThat(report.levels().get(i).comparison()).isEqualTo(byHand);
    }
  }
}
