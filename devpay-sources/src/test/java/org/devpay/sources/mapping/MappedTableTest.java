package org.devpay.sources.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.RoleFamily;
import org.devpay.sources.AdapterContractTest;
import org.devpay.sources.Detection;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mapping reads a table no built-in format knows (a Finnish TSV, a Norwegian workbook), and a
 * mapping that does not fit its table is refused before anything is read, naming the problem.
 */
class MappedTableTest {
  @TempDir Path directory;

  /** A Finnish-style survey export: tab-separated, UTF-8, monthly pay typed by hand. */
  private Path finnishTsv() throws IOException {
    Path file = directory.resolve("palkkakysely-2023.tsv");
    String text =
        String.join(
            "\n",
            "Vastaaja\tTehtävänimike\tKuukausipalkka (€)\tKokemus (vuotta)\tKaupunki\tTyösuhde\tKielet",
            "1\tBackend-kehittäjä\t4 500\t6\tHelsinki\tVakituinen kokoaikainen\tJava; Kotlin",
            "2\tFrontend-kehittäjä\t3900\t3\tTampere\tVakituinen kokoaikainen\tTypeScript",
            "3\tFull stack -kehittäjä\t\t8\tEspoo\tVakituinen kokoaikainen\t",
            "4\tOhjelmistokehittäjä\tnoin 4000\t2\tOulu\tMääräaikainen\tPython",
            "5\tTestaaja\t3 650,50\t4\tHelsinki\tOsa-aikainen\t",
            "");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static final String FINNISH_MAPPING =
      """
      dataset: palkkakysely
      edition: "2023"
      year: 2023
      currency: EUR
      period: month
      basis: gross
      scope: base
      columns:
        pay: Kuukausipalkka (€)
        role: Tehtävänimike
        years_experience: Kokemus (vuotta)
        city: Kaupunki
        employment: Työsuhde
        skills: Kielet
        respondent_id: Vastaaja
      constants:
        country: FI
      roles:
        Ohjelmistokehittäjä: other
      separators:
        skills: ";"
      """;

  private static AdapterContractTest.Collected read(Detection detection) throws IOException {
    AdapterContractTest.Collected collected = new AdapterContractTest.Collected();
    detection.adapter().orElseThrow().read(detection.readable().orElseThrow(), collected);
    return collected;
  }

  @Test
  void readsATsvAsTheMappingSays() throws IOException {
    Mapping mapping = MappingFile.parse("fi.yaml", FINNISH_MAPPING);
    Detection detection = MappedTable.open(finnishTsv(), mapping);

    assertThat(detection.readable().orElseThrow().describe()).isEqualTo("UTF-8, tab-separated");
    assertThat(detection.adapter().orElseThrow().formatId()).isEqualTo("mapping/palkkakysely/2023");
    AdapterContractTest.Collected rows = read(detection);

    // 5 data rows = 3 accepted + 2 rejected (an empty pay, a pay in words).
    assertThat(rows.accepted.size() + rows.rejected.size()).isEqualTo(5);
    assertThat(rows.rejected)
        .extracting(r -> r.rowNumber(), r -> r.reason(), r -> r.detail())
        .containsExactly(
            tuple(3L, RejectReason.MISSING_AMOUNT, "Kuukausipalkka (€) is empty"),
            tuple(4L, RejectReason.UNPARSEABLE_AMOUNT, "Kuukausipalkka (€)='noin 4000'"));
    assertThat(rows.accepted)
        .extracting(
            RawRecord::respondentKey,
            r -> r.pay().amount(),
            RawRecord::roleLabel,
            RawRecord::experienceText,
            RawRecord::cityText,
            RawRecord::countryText,
            RawRecord::skillLabels)
        .containsExactly(
            tuple(
                "1", 4500.0, "Backend-kehittäjä", "6", "Helsinki", "FI", List.of("Java", "Kotlin")),
            tuple("2", 3900.0, "Frontend-kehittäjä", "3", "Tampere", "FI", List.of("TypeScript")),
            tuple("5", 3650.5, "Testaaja", "4", "Helsinki", "FI", List.of()));
    RawRecord first = rows.accepted.get(0);
    assertThat(first.datasetId()).isEqualTo("palkkakysely");
    assertThat(first.edition()).isEqualTo("2023");
    assertThat(first.year()).isEqualTo(2023);
    assertThat(first.pay().currency()).isEqualTo("EUR");
    assertThat(first.pay().period()).isEqualTo(PayPeriod.MONTH);
    assertThat(first.pay().annualAmount()).isEqualTo(54_000.0);
    assertThat(first.employmentLabel()).isEqualTo("Vakituinen kokoaikainen");
    // Labels the mapping does not list go through the role taxonomy, so no family is stated.
    assertThat(first.statedRole()).isEmpty();
  }

  @Test
  void aRoleTheMappingListsIsStated() throws IOException {
    Mapping mapping =
        MappingFile.parse(
            "fi.yaml", FINNISH_MAPPING.replace("Ohjelmistokehittäjä: other", "testaaja: qa"));
    AdapterContractTest.Collected rows = read(MappedTable.open(finnishTsv(), mapping));
    assertThat(rows.accepted.get(2).statedRole()).contains(RoleFamily.QA);
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsThereAre() throws IOException {
    Mapping mapping =
        MappingFile.parse(
            "fi.yaml", FINNISH_MAPPING.replace("pay: Kuukausipalkka (€)", "pay: Kuukausipalkka"));
    Path file = finnishTsv();
    assertThatThrownBy(() -> MappedTable.open(file, mapping))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER_INPUT))
        .hasMessage(
            "fi.yaml line 9: columns.pay: 'Kuukausipalkka' is not a column of "
                + file
                + " (closest: 'Kuukausipalkka (€)'); its columns are 'Vastaaja', 'Tehtävänimike',"
                + " 'Kuukausipalkka (€)', 'Kokemus (vuotta)', 'Kaupunki', 'Työsuhde', 'Kielet'");
  }

  @Test
  void aColumnIsFoundWhateverItsCaseAndSpacing() throws IOException {
    Mapping mapping =
        MappingFile.parse(
            "fi.yaml", FINNISH_MAPPING.replace("city: Kaupunki", "city: \" kaupunki \""));
    AdapterContractTest.Collected rows = read(MappedTable.open(finnishTsv(), mapping));
    assertThat(rows.accepted.get(0).cityText()).isEqualTo("Helsinki");
  }

  @Test
  void aSheetForATextTableIsIgnored() throws IOException {
    Mapping mapping =
        MappingFile.parse(
            "fi.yaml", FINNISH_MAPPING.replace("scope: base", "scope: base\nsheet: Data"));
    AdapterContractTest.Collected rows = read(MappedTable.open(finnishTsv(), mapping));
    assertThat(rows.accepted).hasSize(3);
  }

  /** A kode24-style workbook: a form sheet with the answers and a notes sheet. */
  private Path norwegianWorkbook() throws IOException {
    Path file = directory.resolve("kode24-lønn-2024.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "devpay-test", "1.0");
      Worksheet notes = book.newWorksheet("Om undersøkelsen");
      notes.value(0, 0, "Svar fra lesere av kode24");
      Worksheet form = book.newWorksheet("Form1");
      String[] header = {"lønn", "fag", "erfaring", "arbeidssted", "arbeidssituasjon"};
      for (int c = 0; c < header.length; c++) {
        form.value(0, c, header[c]);
      }
      Object[][] rows = {
        {720000, "backend", 6, "Oslo", "Fast ansatt"},
        {640000.0, "frontend", 3, "Bergen", "Fast ansatt"},
        {"", "fullstack", 8, "Trondheim", "Fast ansatt"},
      };
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Number n) {
            form.value(r + 1, c, n);
          } else if (!value.toString().isEmpty()) {
            form.value(r + 1, c, value.toString());
          }
        }
      }
      book.finish();
    }
    return file;
  }

  @Test
  void readsTheSheetTheMappingNames() throws IOException {
    Mapping mapping =
        MappingFile.parse(
            "kode24.yaml",
            MappingFileTest.ISSUE_EXAMPLE.replace(
                "separators:                # optional, for multi-valued columns\n  skills: \";\"\n",
                ""));
    Detection detection = MappedTable.open(norwegianWorkbook(), mapping);
    assertThat(detection.readable().orElseThrow().describe()).isEqualTo("XLSX sheet 'Form1'");
    AdapterContractTest.Collected rows = read(detection);
    assertThat(rows.accepted)
        .extracting(r -> r.pay().amount(), RawRecord::roleLabel, RawRecord::statedRole)
        .containsExactly(
            tuple(720000.0, "backend", java.util.Optional.of(RoleFamily.BACKEND)),
            tuple(640000.0, "frontend", java.util.Optional.of(RoleFamily.FRONTEND)));
    assertThat(rows.rejected)
        .extracting(r -> r.reason())
        .containsExactly(RejectReason.MISSING_AMOUNT);
  }

  @Test
  void aSheetThatDoesNotExistIsNamedWithTheSheetsThereAre() throws IOException {
    Mapping mapping =
        MappingFile.parse(
            "kode24.yaml",
            MappingFileTest.ISSUE_EXAMPLE
                .replace(
                    "separators:                # optional, for multi-valued columns\n  skills: \";\"\n",
                    "")
                .replace("sheet: Form1", "sheet: Skjema"));
    Path file = norwegianWorkbook();
    assertThatThrownBy(() -> MappedTable.open(file, mapping))
        .isInstanceOfSatisfying(
            DevpayException.class,
            e -> assertThat(e.category()).isEqualTo(ErrorCategory.USER_INPUT))
        .hasMessage(
            "kode24.yaml line 8: sheet: 'Skjema' is not a sheet of "
                + file
                + "; its sheets are 'Om undersøkelsen', 'Form1'");
  }
}
