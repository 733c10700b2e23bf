package org.devpay.sources.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The delimiter is the one that splits the first records most consistently into most fields. */
class TextFormatsTest {
  private static TextFormat detect(String text) {
    return TextFormats.detect(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTsvWithCommasInItsFreeTextIsTabSeparated() {
    TextFormat format =
        detect(
            "palkka\trooli\tkommentti\n"
                + "4200\tbackend\tJava, Kotlin, AWS\n"
                + "3900\tfrontend\tReact, TypeScript\n"
                + "5100\tfullstack\tGo\n");

    assertThat(format.delimiter()).isEqualTo('\t');
    assertThat(format.describe()).isEqualTo("UTF-8, tab-separated");
  }

  @Test
  void aEuropeanCsvWithDecimalCommasIsSemicolonSeparated() {
    TextFormat format =
        detect("Gehalt;Rolle;Stunden\n65000,50;Backend;40\n58000,00;Frontend;38,5\n");

    assertThat(format.delimiter()).isEqualTo(';');
  }

  @Test
  void aCsvWithQuotedLineBreaksAndSemicolonsInFieldsIsCommaSeparated() {
    TextFormat format =
        detect(
            "name,\"pay per\nmonth\",skills\n"
                + "ann,1000,\"Java; SQL\"\n"
                + "bob,2000,\"Go; AWS; Docker\"\n");

    assertThat(format.delimiter()).isEqualTo(',');
  }

  @Test
  void aSingleColumnTableDefaultsToComma() {
    assertThat(detect("salary\n100\n200\n").delimiter()).isEqualTo(',');
  }

  @Test
  void oldMacLineEndsAreRecords() {
    TextFormat format = detect("a;b;c\r1;2;3\r4;5;6\r");

    assertThat(format.delimiter()).isEqualTo(';');
  }
}
