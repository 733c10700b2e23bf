package org.devpay.sources.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.devpay.sources.TableHeader;
import org.junit.jupiter.api.Test;

/** How columns are found by name in a header, and how a missing or ambiguous one fails. */
class CsvHeaderTest {
  @Test
  void findsAColumnWhoseNameHasStraySpaces() throws IOException {
    // The EU 2020 survey publishes "Position " with a trailing space.
    CsvHeader header = CsvHeader.of("t.csv", List.of("Timestamp", "Position ", " City"));

    assertThat(header.require("Position")).isEqualTo(1);
    assertThat(header.require("City ")).isEqualTo(2);
  }

  @Test
  void findsAColumnWhoseNameHasALineBreakWhateverTheLineEnding() throws IOException {
    // DOU's salary question breaks its quoted name across two lines.
    CsvHeader windows = CsvHeader.of("t.csv", List.of("name", "pay per\r\nyear"));
    CsvHeader unix = CsvHeader.of("t.csv", List.of("name", "pay  per\nyear"));

    assertThat(windows.require("pay per year")).isEqualTo(1);
    assertThat(unix.require("pay per year")).isEqualTo(1);
    assertThat(windows.names()).containsExactly("name", "pay per year");
  }

  @Test
  void keepsCaseAndLookAlikeLettersAsPublished() {
    // The EU survey's "Сontract duration" starts with a Cyrillic "С" (U+0421).
    CsvHeader header = CsvHeader.of("t.csv", List.of("\u0421ontract duration", "Salary"));

    assertThat(header.has("Contract duration")).isFalse();
    assertThat(header.has("\u0421ontract duration")).isTrue();
    assertThat(header.has("salary")).isFalse();
  }

  @Test
  void failsNamingTheColumnAndTheTableAndListingTheHeaderWhenAColumnIsMissing() {
    CsvHeader header = CsvHeader.of("data/t.csv", List.of("name", " salary"));

    assertThatThrownBy(() -> header.require("pay"))
        .isInstanceOf(IOException.class)
        .hasMessage("data/t.csv: required column 'pay' is missing; the header has [name, salary]");
  }

  @Test
  void failsNamingTheColumnAndListingTheHeaderWhenARequiredColumnAppearsTwice() {
    CsvHeader header = CsvHeader.of("t.csv", List.of("name", "pay", "pay "));

    assertThatThrownBy(() -> header.require("pay"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("column 'pay' appears more than once")
        .hasMessageContaining("[name, pay, pay]");
  }

  @Test
  void aRepeatedColumnThatIsNotRequiredDoesNotFailTheHeader() throws IOException {
    CsvHeader header = CsvHeader.of("t.csv", List.of("note", "pay", "note"));

    assertThat(header.require("pay")).isEqualTo(1);
    assertThat(header.size()).isEqualTo(3);
  }

  @Test
  void detectionMatchesColumnNamesTheWayRequireDoes() {
    TableHeader detected = new TableHeader("t.csv", List.of(" name ", "pay per\r\nyear"));

    assertThat(CsvHeader.of(detected).hasAll("name", "pay per year")).isTrue();
    assertThat(CsvHeader.of(detected).hasAll("name", "pay")).isFalse();
  }
}
