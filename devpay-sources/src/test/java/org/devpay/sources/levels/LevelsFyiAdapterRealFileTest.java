package org.devpay.sources.levels;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.AdapterContractTest;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.SourceAdapter;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.testing.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The levels.fyi adapter on the real Kaggle export, plain and zipped.
 *
 * <p>Expected figures come from SOURCE.md where it states them and otherwise from
 * src/test/resources/org/devpay/sources/levels/expected_counts.py (csv module and pandas 1.5.3),
 * whose output on the file with sha256 37b527b4…bb9 is:
 *
 * <pre>
 * data rows 62642
 * field counts {29: 62642}
 * zip entries ['Levels_Fyi_Salary_Data.csv', '__MACOSX/._Levels_Fyi_Salary_Data.csv']
 * zip entry equals the plain file True
 * outcomes {'ACCEPTED': 62642}
 * years {2017: 185, 2018: 3895, 2019: 11189, 2020: 23946, 2021: 23427}
 * tags {'Full Stack': 11382, 'Distributed Systems (Back-End)': 10838,
 *     'API Development (Back-End)': 6277, 'Web Development (Front-End)': 2971, '': 808}
 * records with a base amount (basesalary > 0) 60338
 * distinct rowNumber 62642
 * total compensation sum 13549488006
 * title Software Engineer 41231
 * </pre>
 */
class LevelsFyiAdapterRealFileTest extends AdapterContractTest {
  private Collected real;

  @Override
  protected SourceAdapter adapter() {
    return new LevelsFyiAdapter();
  }

  @Override
  protected SourceTable realTable() throws IOException {
    return SourceTables.tablesIn(
            RealData.file("levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv"))
        .get(0);
  }

  @Override
  protected long expectedDataRows() {
    // SOURCE.md: 62,642 rows x 29 columns, all rows complete.
    return 62_642;
  }

  @BeforeAll
  void readOnce() throws IOException {
    real = readRealTable();
  }

  @Test
  void acceptsEveryRow() {
    // expected_counts.py: outcomes {'ACCEPTED': 62642}
    assertThat(real.rejected).isEmpty();
    assertThat(real.accepted).hasSize(62_642);
  }

  @Test
  void countsTheDominantTagsAsSourceMdStates() {
    // SOURCE.md: Full Stack 11,382; Distributed Systems (Back-End) 10,838; API Development
    // (Back-End) 6,277; Web Development (Front-End) 2,971; NA 808 (an empty label here).
    Map<String, Long> tags =
        real.accepted.stream().collect(groupingBy(RawRecord::roleLabel, counting()));
    assertThat(tags)
        .containsEntry("Full Stack", 11_382L)
        .containsEntry("Distributed Systems (Back-End)", 10_838L)
        .containsEntry("API Development (Back-End)", 6_277L)
        .containsEntry("Web Development (Front-End)", 2_971L)
        .containsEntry("", 808L)
        .doesNotContainKey("NA");
  }

  @Test
  void takesEachRecordsYearFromItsTimestamp() {
    // SOURCE.md: timestamps by year 2017 185, 2018 3,895, 2019 11,189, 2020 23,946, 2021 23,427.
    assertThat(real.accepted.stream().collect(groupingBy(RawRecord::year, counting())))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(2017, 185L, 2018, 3_895L, 2019, 11_189L, 2020, 23_946L, 2021, 23_427L));
  }

  @Test
  void publishesGrossAnnualTotalCompensationWithBaseWhenGiven() {
    // expected_counts.py: total compensation sum 13549488006 (whole dollars, so the double sum is
    // exact); records with a base amount (basesalary > 0) 60338.
    assertThat(real.accepted.stream().mapToDouble(r -> r.pay().amount()).sum())
        .isEqualTo(13_549_488_006.0);
    assertThat(real.accepted.stream().filter(r -> r.baseAmount().isPresent()).count())
        .isEqualTo(60_338);
    assertThat(real.accepted)
        .allSatisfy(
            r -> {
              assertThat(r.pay().currency()).isEqualTo("USD");
              assertThat(r.pay().period()).isEqualTo(PayPeriod.YEAR);
              assertThat(r.pay().basis()).isEqualTo(TaxBasis.GROSS);
              assertThat(r.pay().scope()).isEqualTo(PayScope.TOTAL);
              assertThat(r.countryText()).isEmpty();
              assertThat(r.edition()).isEqualTo("2017-2021");
            });
  }

  @Test
  void keysRecordsByThePublishedRowNumberAndKeepsTheTitle() {
    // expected_counts.py: distinct rowNumber 62642; title Software Engineer 41231 (SOURCE.md:
    // 41,231).
    assertThat(real.accepted.stream().map(RawRecord::respondentKey).distinct().count())
        .isEqualTo(62_642);
    assertThat(
            real.accepted.stream()
                .filter(r -> "Software Engineer".equals(r.attributes().get("title")))
                .count())
        .isEqualTo(41_231);
  }

  @Test
  void readsTheFirstRecordAsPublished() {
    // First data row: 6/7/2017 11:33:27,Oracle,L3,Product Manager,127000,"Redwood City, CA",1.5,
    // 1.5,NA,107000,20000,10000,NA,NA,7392,807,1,...
    RawRecord first = real.accepted.get(0);
    assertThat(first.year()).isEqualTo(2017);
    assertThat(first.respondentKey()).isEqualTo("1");
    assertThat(first.pay().amount()).isEqualTo(127_000.0);
    assertThat(first.baseAmount()).hasValue(107_000.0);
    assertThat(first.roleLabel()).isEmpty();
    assertThat(first.roleLabels()).isEmpty();
    assertThat(first.seniorityLabel()).isEqualTo("L3");
    assertThat(first.experienceText()).isEqualTo("1.5");
    assertThat(first.cityText()).isEqualTo("Redwood City, CA");
    assertThat(first.attributes())
        .containsEntry("company", "Oracle")
        .containsEntry("title", "Product Manager")
        .containsEntry("level", "L3")
        .containsEntry("years_at_company", "1.5")
        .containsEntry("stock_grant_value", "20000")
        .containsEntry("bonus", "10000")
        .containsEntry("dma_id", "807")
        .doesNotContainKeys("gender", "education", "race", "other_details");
  }

  @Test
  void recognisesAndReadsTheZippedCopySkippingTheMacOsResourceFork() throws IOException {
    // SOURCE.md: the zip holds Levels_Fyi_Salary_Data.csv and a __MACOSX/ entry;
    // expected_counts.py: the zip entry equals the plain file byte for byte.
    List<SourceTable> tables =
        SourceTables.tablesIn(
            RealData.file("levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv.zip"));
    assertThat(tables)
        .singleElement()
        .satisfies(t -> assertThat(t.entryName()).isEqualTo("Levels_Fyi_Salary_Data.csv"));
    SourceTable zipped = tables.get(0);

    assertThat(new FormatDetector(AdapterRegistry.standard()).detect(zipped).adapter())
        .hasValueSatisfying(a -> assertThat(a.formatId()).isEqualTo("levels-fyi/kaggle-2021"));
    assertThat(zipped.contentSha256()).isEqualTo(realTable().contentSha256());
    Collected fromZip = new Collected();
    adapter().read(zipped, fromZip);
    assertThat(fromZip.rejected).isEmpty();
    assertThat(fromZip.accepted).hasSize(62_642);
  }
}
