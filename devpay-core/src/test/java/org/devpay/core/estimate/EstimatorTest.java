package org.devpay.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.junit.jupiter.api.Test;

/** The estimator on a survey drawn from a known model ({@link SyntheticSurvey}). */
class EstimatorTest {
  private static final List<PayRecord> RECORDS = SyntheticSurvey.records(6000, 42);
  private static final Estimator ESTIMATOR =
      new Estimator(SyntheticSurvey.data(RECORDS), EstimatorSettings.defaults());
  private static final Profile BERLIN =
      Profile.of(RoleFamily.BACKEND).withYears(6).withMetro("Berlin").withSkills(List.of("aws"));

  /** The true P10, P50 and P90 of pay for a profile: exp(μ + z σ) with z the normal quantile. */
  private static double truth(double meanLog, double sigma, double level) {
    return Math.exp(meanLog + sigma * new NormalDistribution().inverseCumulativeProbability(level));
  }

  @Test
  void theBandMatchesTheQuantilesOfTheModelTheDataWasDrawnFrom() {
    PayEstimate estimate = ESTIMATOR.estimate(BERLIN, EditionScope.ALL, false).estimates().get(0);
    double mu = SyntheticSurvey.meanLog(RoleFamily.BACKEND, "Berlin", 6, true);

    // 6,000 rows, 60% to train: the median within 3% of the truth, the band's ends within 6%.
    assertThat(estimate.local().p50()).isCloseTo(truth(mu, 0.3, 0.5), within(0.03 * Math.exp(mu)));
    assertThat(estimate.local().p10())
        .isCloseTo(truth(mu, 0.3, 0.1), within(0.06 * truth(mu, 0.3, 0.1)));
    assertThat(estimate.local().p90())
        .isCloseTo(truth(mu, 0.3, 0.9), within(0.06 * truth(mu, 0.3, 0.9)));
    assertThat(estimate.local().currency()).isEqualTo("EUR");
    assertThat(estimate.usd().p50())
        .isCloseTo(estimate.local().p50() * SyntheticSurvey.USD_PER_EUR, within(1e-6));
    assertThat(estimate.usdPerUnit()).isEqualTo(SyntheticSurvey.USD_PER_EUR);
  }

  @Test
  void theBandIsWiderWherePayIsMoreSpread() {
    PayEstimate berlin = ESTIMATOR.estimate(BERLIN, EditionScope.ALL, false).estimates().get(0);
    PayEstimate munich =
        ESTIMATOR.estimate(BERLIN.withMetro("Munich"), EditionScope.ALL, false).estimates().get(0);

    double berlinRatio = berlin.local().p90() / berlin.local().p10();
    double munichRatio = munich.local().p90() / munich.local().p10();
    // True ratios exp(2 · 1.2816 σ): 2.16 for σ = 0.3, 3.60 for σ = 0.5.
    assertThat(berlinRatio).isCloseTo(Math.exp(2 * 1.2816 * 0.3), within(0.25));
    assertThat(munichRatio).isCloseTo(Math.exp(2 * 1.2816 * 0.5), within(0.4));
  }

  @Test
  void heldOutCoverageIsNearTheStatedShareAndTheModelBeatsTheBaseline() {
    EditionEvaluation evaluation = ESTIMATOR.evaluate(EditionScope.ALL).get(0);
    Accuracy accuracy = evaluation.full().orElseThrow().accuracy();

    assertThat(accuracy.testRows()).isBetween(1000, 1400);
    assertThat(accuracy.coverage()).isBetween(0.75, 0.85);
    assertThat(accuracy.belowLower()).isBetween(0.06, 0.14);
    assertThat(accuracy.aboveUpper()).isBetween(0.06, 0.14);
    assertThat(accuracy.medianAbsolutePercentageError())
        .isLessThan(accuracy.baselineMedianAbsolutePercentageError());
    assertThat(evaluation.full().orElseThrow().features())
        .isEqualTo(new FeatureSet(FeatureSet.Place.METRO, true, false, false, true));
  }

  @Test
  void theAdjustmentsLeadFromTheCellsAverageToTheProfile() {
    PayEstimate estimate = ESTIMATOR.estimate(BERLIN, EditionScope.ALL, false).estimates().get(0);

    assertThat(estimate.cell().criteria())
        .containsEntry("role", "backend")
        .containsEntry("metro", "Berlin");
    assertThat(estimate.cell().rows()).isGreaterThan(500);
    Adjustment aws =
        estimate.adjustments().stream()
            .filter(a -> a.term().equals("skill aws"))
            .findFirst()
            .orElseThrow();
    // About half the cell lists AWS, worth +0.08: the step is about +0.04.
    assertThat(aws.logEffect()).isCloseTo(0.04, within(0.02));
    assertThat(estimate.placeEffect().orElseThrow().description())
        .isEqualTo("Berlin vs DE as a whole");
    // Berlin +0.10 against the mean of 0.10, 0.20, 0: about 0.
    assertThat(estimate.placeEffect().orElseThrow().logEffect()).isCloseTo(0, within(0.03));
  }

  @Test
  void anotherRoleIsComparedWithEveryOtherFactHeldEqual() {
    PayEstimate estimate = ESTIMATOR.estimate(BERLIN, EditionScope.ALL, true).estimates().get(0);

    RoleAlternative frontEnd =
        estimate.otherRoles().stream()
            .filter(r -> r.role() == RoleFamily.FRONTEND)
            .findFirst()
            .orElseThrow();
    // True front-end effect relative to back-end: -0.10.
    assertThat(frontEnd.roleEffect().orElseThrow().lower()).isLessThan(-0.10);
    assertThat(frontEnd.roleEffect().orElseThrow().upper()).isGreaterThan(-0.10);
    assertThat(frontEnd.medianRatio()).isCloseTo(Math.exp(-0.10), within(0.03));
    // QA is too rare to model and security's cell is under k: neither is offered.
    assertThat(estimate.otherRoles())
        .extracting(RoleAlternative::role)
        .doesNotContain(RoleFamily.QA, RoleFamily.SECURITY);
  }

  @Test
  void aComparableCellUnderKIsRefusedWithItsReason() {
    Profile security = Profile.of(RoleFamily.SECURITY).withMetro("Berlin");

    assertThatThrownBy(() -> ESTIMATOR.estimate(security, EditionScope.ALL, false))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.MISSING_DATA))
        .hasMessageContaining("fewer than k = 10 respondents in the comparable cell")
        .hasMessageContaining("Security in Berlin");
  }

  @Test
  void aRoleTooRareToModelIsRefusedEvenWhenItsCellReachesK() {
    Profile qa = Profile.of(RoleFamily.QA).withMetro("Berlin");

    assertThatThrownBy(() -> ESTIMATOR.estimate(qa, EditionScope.ALL, false))
        .isInstanceOf(DevpayException.class)
        .hasMessageContaining("the role is not modelled");
  }

  @Test
  void theSameSeedGivesTheSameEstimateAndAnotherSeedAnotherSplit() {
    PayEstimate first = ESTIMATOR.estimate(BERLIN, EditionScope.ALL, true).estimates().get(0);
    PayEstimate again =
        new Estimator(SyntheticSurvey.data(RECORDS), EstimatorSettings.defaults())
            .estimate(BERLIN, EditionScope.ALL, true)
            .estimates()
            .get(0);
    PayEstimate otherSeed =
        new Estimator(SyntheticSurvey.data(RECORDS), EstimatorSettings.defaults().withSeed(7))
            .estimate(BERLIN, EditionScope.ALL, true)
            .estimates()
            .get(0);

    assertThat(again).isEqualTo(first);
    assertThat(otherSeed.local().p50()).isNotEqualTo(first.local().p50());
    assertThat(otherSeed.model().trainingRows()).isNotEqualTo(first.model().trainingRows());
  }

  @Test
  void theSplitDoesNotDependOnRowOrder() {
    List<PayRecord> shuffled = new ArrayList<>(RECORDS);
    Collections.reverse(shuffled);
    PayEstimate reversed =
        new Estimator(SyntheticSurvey.data(shuffled), EstimatorSettings.defaults())
            .estimate(BERLIN, EditionScope.ALL, false)
            .estimates()
            .get(0);
    PayEstimate original = ESTIMATOR.estimate(BERLIN, EditionScope.ALL, false).estimates().get(0);

    assertThat(reversed.model().trainingRows()).isEqualTo(original.model().trainingRows());
    assertThat(reversed.model().accuracy().coverage())
        .isEqualTo(original.model().accuracy().coverage());
    // Sums run in another order: equal up to rounding.
    assertThat(reversed.local().p50()).isCloseTo(original.local().p50(), within(1e-6));
  }

  @Test
  void aProfileStatingLessGetsTheModelOfWhatItStates() {
    PayEstimate bare =
        ESTIMATOR
            .estimate(Profile.of(RoleFamily.BACKEND).withMetro("Berlin"), EditionScope.ALL, false)
            .estimates()
            .get(0);

    assertThat(bare.model().features())
        .isEqualTo(new FeatureSet(FeatureSet.Place.METRO, false, false, false, false));
    assertThat(bare.adjustments()).isEmpty();
    // Without years or skills the band must hold the whole cell's spread: wider than Berlin's.
    PayEstimate full = ESTIMATOR.estimate(BERLIN, EditionScope.ALL, false).estimates().get(0);
    assertThat(bare.local().p90() / bare.local().p10())
        .isGreaterThan(full.local().p90() / full.local().p10());
  }

  @Test
  void unknownPlacesSkillsAndContradictionsAreUserErrors() {
    assertThatThrownBy(
            () -> ESTIMATOR.estimate(BERLIN.withMetro("Atlantis"), EditionScope.ALL, false))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER_INPUT))
        .hasMessageContaining("unknown metro 'Atlantis'")
        .hasMessageContaining("Berlin, Hamburg, Munich");
    assertThatThrownBy(() -> ESTIMATOR.estimate(BERLIN.withCountry("FR"), EditionScope.ALL, false))
        .hasMessageContaining("metro Berlin is in DE, not FR");
    assertThatThrownBy(
            () -> ESTIMATOR.estimate(BERLIN.withSkills(List.of("cobol")), EditionScope.ALL, false))
        .hasMessageContaining("unknown skill 'cobol'");
    assertThatThrownBy(
            () ->
                ESTIMATOR.estimate(
                    BERLIN,
                    new EditionScope(java.util.Optional.of("nope"), java.util.Optional.empty()),
                    false))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.MISSING_DATA))
        .hasMessageContaining("no dataset edition matches dataset nope");
  }

  @Test
  void aMetroIsMatchedWhateverItsCase() {
    EstimateResult result = ESTIMATOR.estimate(BERLIN.withMetro("berlin"), EditionScope.ALL, false);

    assertThat(result.profile().metro()).contains("Berlin");
    assertThat(result.profile().country()).contains("DE");
  }

  @Test
  void aProfileRefusesImpossibleFacts() {
    assertThatThrownBy(() -> Profile.of(RoleFamily.BACKEND).withYears(61))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 60");
    assertThatThrownBy(() -> Profile.of(RoleFamily.BACKEND).withCountry("de"))
        .hasMessageContaining("ISO 3166-1 alpha-2");
    assertThatThrownBy(() -> Profile.of(RoleFamily.BACKEND).withSkills(List.of(" ")))
        .hasMessageContaining("blank");
  }

  @Test
  void anEditionMixingCurrenciesIsModelledInUsdAndAnsweredInTheCellsCurrency() {
    List<PayRecord> mixed = new ArrayList<>(RECORDS);
    for (int i = 0; i < 60; i++) {
      mixed.add(
          SyntheticSurvey.record(
              "pln" + i, RoleFamily.BACKEND, "Warsaw", 5, false, false, 150_000 + 1000 * i, "PLN"));
    }
    Estimator estimator = new Estimator(SyntheticSurvey.data(mixed), EstimatorSettings.defaults());
    PayEstimate berlin = estimator.estimate(BERLIN, EditionScope.ALL, false).estimates().get(0);
    PayEstimate warsaw =
        estimator
            .estimate(Profile.of(RoleFamily.BACKEND).withMetro("Warsaw"), EditionScope.ALL, false)
            .estimates()
            .get(0);

    assertThat(berlin.local().currency()).isEqualTo("EUR");
    assertThat(warsaw.local().currency()).isEqualTo("PLN");
    assertThat(warsaw.usdPerUnit()).isEqualTo(0.25);
    assertThat(warsaw.usd().p50()).isCloseTo(warsaw.local().p50() * 0.25, within(1e-6));
    // The cell's own median in PLN: the middle of 150,000 ... 209,000 is 179,500.
    assertThat(warsaw.cell().median().getAsDouble()).isCloseTo(179_500, within(1e-6));
  }

  @Test
  void noAdjustmentsAreShownWhenFewerThanKOfTheCellStateWhatTheyCompare() {
    List<PayRecord> records = new ArrayList<>(RECORDS);
    for (int i = 0; i < 60; i++) {
      records.add(
          SyntheticSurvey.record(
              "mobile" + i, RoleFamily.MOBILE, "Munich", 5, false, false, 60_000 + 100 * i, "EUR"));
    }
    for (int i = 0; i < 15; i++) {
      PayRecord stated =
          SyntheticSurvey.record(
              "mobile-berlin" + i,
              RoleFamily.MOBILE,
              "Berlin",
              5,
              false,
              false,
              55_000 + 100 * i,
              "EUR");
      records.add(withoutYears(stated));
    }
    Estimator estimator =
        new Estimator(SyntheticSurvey.data(records), EstimatorSettings.defaults());

    PayEstimate estimate =
        estimator
            .estimate(
                Profile.of(RoleFamily.MOBILE).withYears(5).withMetro("Berlin"),
                EditionScope.ALL,
                false)
            .estimates()
            .get(0);

    assertThat(estimate.cell().rows()).isEqualTo(15);
    assertThat(estimate.adjustments()).isEmpty();
    // Typed: the note says why (too few of the cell state years) and with which k.
    assertThat(estimate.notes())
        .contains(
            new EstimateNote.TooFewToAdjust(
                EstimatorSettings.defaults().privacyFloor().minimumCellSize()))
        .doesNotContain(EstimateNote.Caveat.ADJUSTMENTS_OF_WITHHELD_CELL)
        .anySatisfy(note -> assertThat(note.text()).contains("no adjustments are shown"));
  }

  @Test
  void anEditionTooSmallToCalibrateIsSkippedWithItsReasonNotAFailure() {
    List<PayRecord> tiny =
        RECORDS.stream().filter(r -> r.role() == RoleFamily.BACKEND).limit(40).toList();
    Estimator estimator = new Estimator(SyntheticSurvey.data(tiny), EstimatorSettings.defaults());

    assertThatThrownBy(
            () ->
                estimator.estimate(
                    Profile.of(RoleFamily.BACKEND).withCountry("DE"), EditionScope.ALL, false))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.MISSING_DATA))
        .hasMessageContaining("no model can be fitted")
        .hasMessageContaining("fewer than 20");
  }

  private static PayRecord withoutYears(PayRecord r) {
    return new PayRecord(
        r.datasetId(),
        r.edition(),
        r.year(),
        r.respondentKey(),
        r.role(),
        r.roleLabel(),
        r.selectedRoleLabels(),
        r.seniority(),
        java.util.OptionalDouble.empty(),
        r.employment(),
        r.profession(),
        r.location(),
        r.industries(),
        r.skills(),
        r.published(),
        r.annualLocal(),
        r.annualUsd(),
        r.usdPerUnit(),
        r.baseAnnualUsd(),
        r.weight(),
        r.attributes());
  }
}
