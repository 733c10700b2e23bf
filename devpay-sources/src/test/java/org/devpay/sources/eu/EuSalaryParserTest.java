package org.devpay.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;

import org.devpay.core.model.RejectReason;
import org.devpay.sources.tabular.ParsedAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EuSalaryParser}: each form of its documented rule. */
class EuSalaryParserTest {
  private static final String COLUMN = "Current Salary";

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "65000|65000",
        "' 65000 '|65000",
        "10.000|10000",
        "65.000|65000",
        "65,000|65000",
        "65 000|65000",
        "1.200.000|1200000",
        "62000.0|62000",
        "54179.13|54179.13",
        "62000,5|62000.5",
        "65.000,00|65000",
        "65,000.50|65000.5",
        "+70000|70000",
      })
  void readsEveryDocumentedNumberForm(String value, double expected) {
    assertThat(EuSalaryParser.parse(COLUMN, value)).isEqualTo(new ParsedAmount.Valid(expected));
  }

  @Test
  void keepsSuspiciouslySmallAmountsAsPublished() {
    // "80" may mean 80k, but rewriting it would be a guess; the outlier screen decides later.
    assertThat(EuSalaryParser.parse(COLUMN, "80")).isEqualTo(new ParsedAmount.Valid(80));
  }

  @Test
  void readsThreeDigitsAfterOneSeparatorAsThousands() {
    assertThat(EuSalaryParser.parse(COLUMN, "1.500")).isEqualTo(new ParsedAmount.Valid(1500));
  }

  @ParameterizedTest(name = "\"{0}\" is unparseable")
  @CsvSource(
      delimiter = '|',
      value = {
        "60-70k",
        "60000-70000",
        "80k",
        "€65000",
        "65000 EUR",
        "ask me",
        "65.000.00",
        "1,2,3"
      })
  void rejectsRangesSuffixesAndTextAsUnparseableQuotingTheValue(String value) {
    assertThat(EuSalaryParser.parse(COLUMN, value))
        .isEqualTo(
            new ParsedAmount.Invalid(
                RejectReason.UNPARSEABLE_AMOUNT, "Current Salary='" + value + "'"));
  }

  @Test
  void rejectsEmptyAndNaAsMissing() {
    assertThat(EuSalaryParser.parse(COLUMN, " "))
        .isEqualTo(
            new ParsedAmount.Invalid(RejectReason.MISSING_AMOUNT, "Current Salary is empty"));
    assertThat(EuSalaryParser.parse(COLUMN, "na"))
        .isEqualTo(new ParsedAmount.Invalid(RejectReason.MISSING_AMOUNT, "Current Salary='na'"));
  }

  @Test
  void rejectsZeroAndNegativeAsNonPositive() {
    assertThat(EuSalaryParser.parse(COLUMN, "0"))
        .isEqualTo(
            new ParsedAmount.Invalid(RejectReason.NON_POSITIVE_AMOUNT, "Current Salary='0'"));
    assertThat(EuSalaryParser.parse(COLUMN, "-5.000"))
        .isEqualTo(
            new ParsedAmount.Invalid(RejectReason.NON_POSITIVE_AMOUNT, "Current Salary='-5.000'"));
  }
}
