package org.devpay.sources.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.devpay.core.error.DevpayException;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.ReadableTable;
import org.devpay.sources.SourceTables;
import org.devpay.sources.mapping.MappedField;
import org.devpay.sources.mapping.Mapping;
import org.devpay.sources.mapping.MappingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proposed mapping is a valid mapping file whatever the headers and labels hold, and its
 * guesses follow the documented rules: pay and role by header words, period and currency from the
 * pay header, else from the amounts, the country from the city column or the headers' language.
 */
class MappingProposalTest {
  @TempDir Path directory;

  private Mapping propose(String fileName, String text) throws IOException {
    Path file = directory.resolve(fileName);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    ReadableTable table = ReadableTable.detect(SourceTables.tablesIn(file).get(0));
    String proposal =
        MappingProposal.propose(
            TableProfiler.profile(table, List.of()), fileName, Optional.empty());
    return MappingFile.parse("proposal.yaml", proposal);
  }

  @Test
  void headersAndLabelsWithQuotesColonsAndHashesStayValidYaml() throws IOException {
    Mapping mapping =
        propose(
            "odd-2022.csv",
            "\"Salary: \"\"gross\"\" #1 (USD)\",Role # main,Note\\\\x\n"
                + "85000,\"Developer, \"\"Backend\"\"\",a\n"
                + "90000,Frontend: web,b\n"
                + "70000,\"#hash, label\",c\n");
    assertThat(mapping.columns())
        .containsEntry(MappedField.PAY, "Salary: \"gross\" #1 (USD)")
        .containsEntry(MappedField.ROLE, "Role # main");
    assertThat(mapping.roleOf("Developer, \"Backend\"")).contains(RoleFamily.BACKEND);
    assertThat(mapping.roleOf("Frontend: web")).contains(RoleFamily.FRONTEND);
    assertThat(mapping.roleOf("#hash, label")).isEmpty();
    assertThat(mapping.currency()).isEqualTo("USD");
    assertThat(mapping.year()).isEqualTo(2022);
    assertThat(mapping.dataset()).isEqualTo("odd");
  }

  @Test
  void aMonthlyNetPayInAnotherLanguageIsReadFromItsHeader() throws IOException {
    Mapping mapping =
        propose(
            "gehalt.csv",
            "Position;Nettogehalt pro Monat (EUR);Stadt;Berufserfahrung\n"
                + "Backend Entwickler;3200;Berlin;5\n"
                + "Frontend Entwickler;2900;München;3\n");
    assertThat(mapping.columns())
        .containsEntry(MappedField.PAY, "Nettogehalt pro Monat (EUR)")
        .containsEntry(MappedField.ROLE, "Position")
        .containsEntry(MappedField.CITY, "Stadt")
        .containsEntry(MappedField.YEARS_EXPERIENCE, "Berufserfahrung");
    assertThat(mapping.currency()).isEqualTo("EUR");
    assertThat(mapping.period()).isEqualTo(PayPeriod.MONTH);
    assertThat(mapping.constants()).containsEntry(MappedField.COUNTRY, "DE");
  }

  @Test
  void aTableWithoutAPayColumnGetsAProposalThatSaysSoAndIsRefusedUntilEdited() throws IOException {
    Path file = directory.resolve("survey.csv");
    Files.writeString(
        file,
        "title,amount\nBackend developer,61.5\nFrontend developer,48\n",
        StandardCharsets.UTF_8);
    ReadableTable table = ReadableTable.detect(SourceTables.tablesIn(file).get(0));
    String proposal =
        MappingProposal.propose(
            TableProfiler.profile(table, List.of()), "survey.csv", Optional.empty());

    // No header names pay and no number is large enough to be a salary: the user must say.
    assertThat(proposal).contains("pay: \"\"").contains("CHECK: no column looks like pay");
    assertThatThrownBy(() -> MappingFile.parse("proposal.yaml", proposal))
        .isInstanceOf(DevpayException.class)
        .hasMessageContaining("columns.pay: is empty; give the header of the column that holds it");
  }

  @Test
  void amountsTooSmallForTheCountrysCurrencyAreDollars() throws IOException {
    // A DOU-like wave: Ukrainian headers and cities, monthly pay asked in dollars.
    Mapping mapping =
        propose(
            "2019_dec_raw.csv",
            "Отметка времени,Оберіть вашу посаду,Місто,\"Зарплата за місяць, net, після податків\"\n"
                + "2019/12/03 11:30:54 AM GMT+2,Senior Software Engineer,Київ,3000\n"
                + "2019/12/03 4:22:31 PM GMT+2,QA engineer,Львів,1500\n"
                + "2019/12/04 9:01:00 AM GMT+2,Software Engineer,Харків,1700\n");
    assertThat(mapping.constants()).containsEntry(MappedField.COUNTRY, "UA");
    // 1,700 UAH a month would be under 2,000 USD a year.
    assertThat(mapping.currency()).isEqualTo("USD");
    assertThat(mapping.period()).isEqualTo(PayPeriod.MONTH);
    assertThat(mapping.basis()).isEqualTo(TaxBasis.NET);
    assertThat(mapping.columns()).containsEntry(MappedField.ROLE, "Оберіть вашу посаду");
  }

  @Test
  void timestampsWithAmPmAndAZoneAreDates() {
    assertThat(TableProfiler.isDate("2019/12/03 11:30:54 AM GMT+2")).isTrue();
    assertThat(TableProfiler.isDate("02.12.2019 11:18:26")).isTrue();
    assertThat(TableProfiler.isDate("2024-10-13T12:00")).isTrue();
    assertThat(TableProfiler.isDate("2024-10-13T12:00:00+02:00")).isTrue();
    assertThat(TableProfiler.isDate("12/2019")).isFalse();
  }

  @Test
  void anHourlyRateIsTakenFromItsSize() throws IOException {
    Mapping mapping =
        propose(
            "rates-2024.csv",
            "title,hourly wage\nBackend developer,61.5\nFrontend developer,48\nQA,40\n");
    assertThat(mapping.period()).isEqualTo(PayPeriod.HOUR);
    assertThat(mapping.basis()).isEqualTo(TaxBasis.GROSS);
    assertThat(mapping.scope()).isEqualTo(PayScope.BASE);
  }
}
