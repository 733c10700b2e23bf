package org.devpay.sources.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.devpay.core.model.RejectReason;
import org.junit.jupiter.api.Test;

/** {@link DecimalAmountParser}: the rule for program-written amounts such as Stack Overflow's. */
class DecimalAmountParserTest {
  @Test
  void readsPlainAndExponentNumbersAsRWritesThem() {
    assertThat(DecimalAmountParser.parse("Salary", "113750"))
        .isEqualTo(new ParsedAmount.Valid(113750));
    assertThat(DecimalAmountParser.parse("Salary", "12e4"))
        .isEqualTo(new ParsedAmount.Valid(120000));
    assertThat(DecimalAmountParser.parse("Salary", " 51612.9032258064 "))
        .isEqualTo(new ParsedAmount.Valid(51612.9032258064));
  }

  @Test
  void rejectsEmptyAndNaAsMissing() {
    assertThat(DecimalAmountParser.parse("Salary", ""))
        .isEqualTo(new ParsedAmount.Invalid(RejectReason.MISSING_AMOUNT, "Salary is empty"));
    assertThat(DecimalAmountParser.parse("Salary", "NA"))
        .isEqualTo(new ParsedAmount.Invalid(RejectReason.MISSING_AMOUNT, "Salary='NA'"));
  }

  @Test
  void rejectsGroupedNumbersAndWordsAsUnparseableQuotingTheValue() {
    assertThat(DecimalAmountParser.parse("Salary", "65,000"))
        .isEqualTo(new ParsedAmount.Invalid(RejectReason.UNPARSEABLE_AMOUNT, "Salary='65,000'"));
    assertThat(DecimalAmountParser.parse("Salary", "NaN"))
        .isEqualTo(new ParsedAmount.Invalid(RejectReason.UNPARSEABLE_AMOUNT, "Salary='NaN'"));
    assertThat(DecimalAmountParser.parse("Salary", "Infinity"))
        .isEqualTo(new ParsedAmount.Invalid(RejectReason.UNPARSEABLE_AMOUNT, "Salary='Infinity'"));
  }

  @Test
  void rejectsZeroAndNegativeAsNonPositive() {
    assertThat(DecimalAmountParser.parse("Salary", "0"))
        .isEqualTo(new ParsedAmount.Invalid(RejectReason.NON_POSITIVE_AMOUNT, "Salary='0'"));
    assertThat(DecimalAmountParser.parse("Salary", "-5e3"))
        .isEqualTo(new ParsedAmount.Invalid(RejectReason.NON_POSITIVE_AMOUNT, "Salary='-5e3'"));
  }
}
