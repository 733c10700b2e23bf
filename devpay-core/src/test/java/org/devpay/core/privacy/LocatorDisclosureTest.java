package org.devpay.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.junit.jupiter.api.Test;

/**
 * The locator's disclosure rule as documented in docs/privacy.md, section 'The pay locator': band
 * widths from the group's rows and k, which shares are withheld and why, and what the attack tests'
 * switch turns off. (The smoothing, intervals and edges are checked against scipy by
 * StandingGoldenTest, and the rule's purpose, on real data, by LocatorSweepAttackTest.)
 */
class LocatorDisclosureTest {
  private static final LocatorDisclosure RULE = LocatorDisclosure.standard(PrivacyFloor.DEFAULT);

  @Test
  void theBandIsTheFinestStepThatHoldsKRows() {
    // rows x step / 100 >= k = 10, steps 1, 2, 5, 10, 20, 25.
    assertThat(RULE.step(LocatorGroup.Kind.MODEL, 12_383)).isEqualTo(OptionalInt.of(1));
    assertThat(RULE.step(LocatorGroup.Kind.MODEL, 1_000)).isEqualTo(OptionalInt.of(1));
    assertThat(RULE.step(LocatorGroup.Kind.MODEL, 999)).isEqualTo(OptionalInt.of(2));
    assertThat(RULE.step(LocatorGroup.Kind.MODEL, 207)).isEqualTo(OptionalInt.of(5));
    assertThat(RULE.step(LocatorGroup.Kind.MODEL, 199)).isEqualTo(OptionalInt.of(10));
    assertThat(RULE.step(LocatorGroup.Kind.MODEL, 66)).isEqualTo(OptionalInt.of(20));
    assertThat(RULE.step(LocatorGroup.Kind.MODEL, 40)).isEqualTo(OptionalInt.of(25));
    assertThat(RULE.step(LocatorGroup.Kind.MODEL, 39)).isEmpty();
    assertThat(LocatorDisclosure.standard(new PrivacyFloor(20)).step(LocatorGroup.Kind.MODEL, 207))
        .isEqualTo(OptionalInt.of(10));
  }

  @Test
  void aCellsOwnShareNeedsFivePointBandsOfKRows() {
    assertThat(RULE.step(LocatorGroup.Kind.CELL, 200)).isEqualTo(OptionalInt.of(5));
    assertThat(RULE.step(LocatorGroup.Kind.CELL, 199)).isEmpty();
    assertThat(RULE.withheld(LocatorGroup.Kind.CELL, 199, List.of()).orElseThrow())
        .contains("at least 200 rows", "this cell has 199");
    assertThat(RULE.withheld(LocatorGroup.Kind.CELL, 200, List.of())).isEmpty();
    assertThat(RULE.withheld(LocatorGroup.Kind.MODEL, 39, List.of()).orElseThrow())
        .contains("fewer than 4k = 40");
  }

  @Test
  void aCellThatDiffersFromAnotherOfItsRoleByFewerThanKRowsIsWithheld() {
    // Berlin's cell of 250 beside Germany's of 259: their shares would difference to 9 rows.
    assertThat(RULE.withheld(LocatorGroup.Kind.CELL, 250, List.of(259, 4_000)).orElseThrow())
        .contains("259", "differs", "fewer than k = 10");
    assertThat(RULE.withheld(LocatorGroup.Kind.CELL, 250, List.of(241))).isPresent();
    assertThat(RULE.withheld(LocatorGroup.Kind.CELL, 250, List.of(260, 4_000))).isEmpty();
    // The model's calibration rows are the same whatever the query: no such check.
    assertThat(RULE.withheld(LocatorGroup.Kind.MODEL, 250, List.of(259))).isEmpty();
  }

  @Test
  void thePublishedShareIsABandAndItsEdgesAreQuantilesOfTheBand() {
    double[] pay = new double[250];
    for (int i = 0; i < pay.length; i++) {
      pay[i] = 40_000 * Math.exp(0.004 * i);
    }
    LocatorGroup cell = LocatorGroup.cellPay(pay);
    LocatedShare share = RULE.locate(cell, 0, 1, Math.log(60_000), List.of()).orElseThrow();

    assertThat(share.controlled()).isTrue();
    assertThat(share.step()).isEqualTo(5);
    assertThat(share.high() - share.low())
        .isCloseTo(0.05, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(share.quantiles()).hasSize(19);
    long edgesBelow =
        share.quantiles().stream().filter(q -> q.logPay() <= Math.log(60_000)).count();
    assertThat(share.low())
        .isCloseTo(edgesBelow * 0.05, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(share.intervalLow()).isLessThanOrEqualTo(share.low());
    assertThat(share.intervalHigh()).isGreaterThanOrEqualTo(share.high());
    // Each pay is spread by at least 10%: the bandwidth on ln pay is at least ln(1.1).
    assertThat(share.bandwidth()).isGreaterThanOrEqualTo(LocatorDisclosure.BLUR);
  }

  @Test
  void theAttackTestsSwitchPublishesExactSharesOfEveryCellOfK() {
    LocatorDisclosure off = LocatorDisclosure.uncontrolledForAttackTests(PrivacyFloor.DEFAULT);
    double[] pay = {30_000, 35_000, 40_000, 45_000, 50_000, 55_000, 60_000, 65_000, 70_000, 75_000};
    LocatedShare share =
        off.locate(LocatorGroup.cellPay(pay), 0, 1, Math.log(52_000), List.of()).orElseThrow();

    // 5 of the 10 are paid less: the cell's exact share, which the sweep test shows gives them
    // away.
    assertThat(share.controlled()).isFalse();
    assertThat(share.low()).isEqualTo(0.5);
    assertThat(share.high()).isEqualTo(0.5);
    assertThat(off.withheld(LocatorGroup.Kind.CELL, 9, List.of())).isPresent();
    assertThat(RULE.locate(LocatorGroup.cellPay(pay), 0, 1, Math.log(52_000), List.of())).isEmpty();
  }
}
