package org.devpay.sources.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.devpay.core.model.RejectReason;
import org.devpay.sources.csv.RowRejectedException;
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
  void readsEveryDocumentedNumberForm(String value, double expected) throws RowRejectedException {
    assertThat(EuSalaryParser.parse(COLUMN, value)).isEqualTo(expected);
  }

  @Test
  void keepsSuspiciouslySmallAmountsAsPublished() throws RowRejectedException {
    // "80" may mean 80k, but rewriting it would be a guess; the outlier screen decides later.
    assertThat(EuSalaryParser.parse(COLUMN, "80")).isEqualTo(80);
  }

  @Test
  void readsThreeDigitsAfterOneSeparatorAsThousands() throws RowRejectedException {
    assertThat(EuSalaryParser.parse(COLUMN, "1.500")).isEqualTo(1500);
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
    assertRejected(value, RejectReason.UNPARSEABLE_AMOUNT, "Current Salary='" + value + "'");
  }

  @Test
  void rejectsEmptyAndNaInAnyCaseAsMissing() {
    assertRejected(" ", RejectReason.MISSING_AMOUNT, "Current Salary is empty");
    assertRejected("NA", RejectReason.MISSING_AMOUNT, "Current Salary='NA'");
    assertRejected("na", RejectReason.MISSING_AMOUNT, "Current Salary='na'");
    assertRejected(" Na ", RejectReason.MISSING_AMOUNT, "Current Salary=' Na '");
  }

  @Test
  void rejectsZeroAndNegativeAsNonPositive() {
    assertRejected("0", RejectReason.NON_POSITIVE_AMOUNT, "Current Salary='0'");
    assertRejected("-5.000", RejectReason.NON_POSITIVE_AMOUNT, "Current Salary='-5.000'");
  }

  @Test
  void rejectsDigitsTooManyForADoubleAsUnparseable() {
    String huge = "9".repeat(400);
    assertRejected(huge, RejectReason.UNPARSEABLE_AMOUNT, "Current Salary='" + huge + "'");
  }

  private static void assertRejected(String value, RejectReason reason, String detail) {
    assertThatThrownBy(() -> EuSalaryParser.parse(COLUMN, value))
        .isInstanceOfSatisfying(
            RowRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.detail()).isEqualTo(detail);
            });
  }
}
