package org.devpay.sources.stackoverflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.devpay.core.model.PayRange;
import org.junit.jupiter.api.Test;

/**
 * {@link SalaryBin}: Stack Overflow's published salary bins of 2011 to 2016 and the midpoint rule.
 * That the rule gives every midpoint Stack Overflow published is checked on the real files
 * (StackOverflow2016RealFileTest, StackOverflow2011To2015RealFilesTest).
 */
class SalaryBinTest {
  @Test
  void readsABoundedBin() {
    assertThat(SalaryBin.parse("$40,000 - $50,000"))
        .contains(new PayRange(40_000, OptionalDouble.of(50_000), "$40,000 - $50,000"));
  }

  @Test
  void readsTheBottomBinFromZero() {
    assertThat(SalaryBin.parse("Less than $10,000"))
        .contains(new PayRange(0, OptionalDouble.of(10_000), "Less than $10,000"));
    assertThat(SalaryBin.parse("<$20,000"))
        .contains(new PayRange(0, OptionalDouble.of(20_000), "<$20,000"));
  }

  @Test
  void readsTheTopBinAsOpen() {
    assertThat(SalaryBin.parse("More than $200,000"))
        .contains(new PayRange(200_000, OptionalDouble.empty(), "More than $200,000"));
    assertThat(SalaryBin.parse(">$140,000"))
        .contains(new PayRange(140_000, OptionalDouble.empty(), ">$140,000"));
  }

  @Test
  void answersThatAreNotBinsGiveNoRange() {
    assertThat(SalaryBin.parse("Rather not say")).isEmpty();
    assertThat(SalaryBin.parse("Unemployed")).isEmpty();
    assertThat(SalaryBin.parse("Student / Unemployed")).isEmpty();
    assertThat(SalaryBin.parse("Other (please specify)")).isEmpty();
    assertThat(SalaryBin.parse("")).isEmpty();
    assertThat(SalaryBin.parse("$50,000 - $40,000")).isEmpty();
    assertThat(SalaryBin.parse("<$0")).isEmpty();
    assertThat(SalaryBin.parse("about $45k")).isEmpty();
  }

  @Test
  void midpointIsTheMiddleHalfTheBottomBinAndTheOpenTopPlusTenThousand() {
    assertThat(SalaryBin.midpoint(SalaryBin.parse("$40,000 - $60,000").orElseThrow()))
        .isEqualTo(50_000);
    assertThat(SalaryBin.midpoint(SalaryBin.parse("<$20,000").orElseThrow())).isEqualTo(10_000);
    assertThat(SalaryBin.midpoint(SalaryBin.parse(">$140,000").orElseThrow())).isEqualTo(150_000);
    assertThat(SalaryBin.midpoint(SalaryBin.parse("More than $160,000").orElseThrow()))
        .isEqualTo(170_000);
    assertThat(SalaryBin.midpoint(SalaryBin.parse("More than $200,000").orElseThrow()))
        .isEqualTo(210_000);
  }

  @Test
  void aBinHoldsItsLowerBoundButNotItsUpperOne() {
    PayRange bin = SalaryBin.parse("$20,000 - $40,000").orElseThrow();
    assertThat(SalaryBin.contains(bin, 20_000)).isTrue();
    assertThat(SalaryBin.contains(bin, 39_999)).isTrue();
    assertThat(SalaryBin.contains(bin, 40_000)).isFalse();
    assertThat(SalaryBin.contains(SalaryBin.parse(">$140,000").orElseThrow(), 1e9)).isTrue();
  }
}
