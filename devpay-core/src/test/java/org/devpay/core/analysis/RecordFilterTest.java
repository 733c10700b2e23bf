package org.devpay.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;
import org.junit.jupiter.api.Test;

class RecordFilterTest {
  private static PayRecord record(
      String dataset,
      String edition,
      String country,
      String metro,
      Seniority seniority,
      List<String> industries,
      List<String> skills,
      double annual) {
    PublishedPay pay =
        new PublishedPay(
            annual, "EUR", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty());
    return new PayRecord(
        dataset,
        edition,
        2020,
        "k" + annual,
        RoleFamily.BACKEND,
        "Backend",
        List.of(),
        seniority,
        OptionalDouble.empty(),
        Employment.FULL_TIME,
        Profession.NOT_RECORDED,
        new Location(Optional.of(country), Optional.empty(), Optional.ofNullable(metro)),
        industries,
        skills,
        pay,
        annual,
        annual,
        1.0,
        OptionalDouble.empty(),
        1,
        Map.of());
  }

  private static final PayRecord BERLIN_SENIOR_FINTECH_JAVA =
      record(
          "eu",
          "2020",
          "DE",
          "Berlin",
          Seniority.SENIOR,
          List.of("fintech"),
          List.of("java", "aws"),
          70000);
  private static final PayRecord MUNICH_JUNIOR =
      record("eu", "2020", "DE", "Munich", Seniority.JUNIOR, List.of(), List.of("python"), 40000);
  private static final PayRecord LONDON_SENIOR_2019 =
      record("eu", "2019", "GB", "London", Seniority.SENIOR, List.of("fintech"), List.of(), 90000);

  @Test
  void theEmptyFilterKeepsEveryRecordAndSaysNone() {
    assertThat(RecordFilter.NONE.isNone()).isTrue();
    assertThat(RecordFilter.NONE.describe()).isEqualTo("none");
    assertThat(RecordFilter.NONE.apply(List.of(BERLIN_SENIOR_FINTECH_JAVA, MUNICH_JUNIOR)))
        .hasSize(2);
  }

  @Test
  void everyCriterionMustHoldForARecordToPass() {
    RecordFilter seniorFintech =
        RecordFilter.NONE.withSeniority(Seniority.SENIOR).withIndustry("fintech");
    assertThat(
            seniorFintech.apply(
                List.of(BERLIN_SENIOR_FINTECH_JAVA, MUNICH_JUNIOR, LONDON_SENIOR_2019)))
        .containsExactly(BERLIN_SENIOR_FINTECH_JAVA, LONDON_SENIOR_2019);
    assertThat(seniorFintech.withCountry("DE").apply(List.of(LONDON_SENIOR_2019))).isEmpty();
    assertThat(RecordFilter.NONE.withMetro("Munich").test(MUNICH_JUNIOR)).isTrue();
    assertThat(RecordFilter.NONE.withMetro("Munich").test(BERLIN_SENIOR_FINTECH_JAVA)).isFalse();
    assertThat(RecordFilter.NONE.withSkill("aws").test(BERLIN_SENIOR_FINTECH_JAVA)).isTrue();
    assertThat(RecordFilter.NONE.withSkill("aws").test(MUNICH_JUNIOR)).isFalse();
    assertThat(RecordFilter.NONE.withEdition("2019").test(LONDON_SENIOR_2019)).isTrue();
    assertThat(RecordFilter.NONE.withDataset("other").test(LONDON_SENIOR_2019)).isFalse();
  }

  @Test
  void criteriaAreListedInOneFixedOrderWhateverTheOrderTheyWereSetIn() {
    RecordFilter a = RecordFilter.NONE.withSkill("java").withCountry("DE").withDataset("eu");
    RecordFilter b = RecordFilter.NONE.withDataset("eu").withCountry("DE").withSkill("java");
    assertThat(a).isEqualTo(b);
    assertThat(a.describe()).isEqualTo("dataset=eu, country=DE, skill=java");
    assertThat(a.criteria().keySet()).containsExactly("dataset", "country", "skill");
  }

  @Test
  void rejectsMalformedCountriesAndBlankValues() {
    assertThatThrownBy(() -> RecordFilter.NONE.withCountry("de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO 3166-1");
    assertThatThrownBy(() -> RecordFilter.NONE.withCountry("DEU"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordFilter.NONE.withSkill(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("skill");
  }

  @Test
  void theAnswerOverFilteredDataCountsThePrivacyFloorOnTheFilteredCells() {
    List<PayRecord> records = new java.util.ArrayList<>();
    for (int i = 0; i < 15; i++) {
      records.add(
          record("eu", "2020", "DE", "Berlin", Seniority.SENIOR, List.of(), List.of(), 60000 + i));
    }
    for (int i = 0; i < 6; i++) {
      records.add(
          record("eu", "2020", "DE", "Berlin", Seniority.JUNIOR, List.of(), List.of(), 40000 + i));
    }
    PayData data = new ListPayData(records);
    RolePayAnswer answer =
        new RolePayAnswer(
            AnswerSettings.defaults()
                .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200)));

    RoleCell all = answer.answerAll(data).get(0).answer().asPublished().cells().get(0);
    assertThat(all.n()).isEqualTo(21);
    assertThat(all.suppressed()).isFalse();

    PayData juniors = RecordFilter.NONE.withSeniority(Seniority.JUNIOR).applyTo(data);
    RoleCell junior = answer.answerAll(juniors).get(0).answer().asPublished().cells().get(0);
    // The 6 juniors are withheld, and so is their count.
    assertThat(junior.n()).isZero();
    assertThat(junior.suppressed()).isTrue();
    assertThat(junior.median()).isEmpty();

    PayData otherDataset = RecordFilter.NONE.withDataset("levels-fyi").applyTo(data);
    assertThat(otherDataset.editions()).isEmpty();
    assertThat(answer.answerAll(otherDataset)).isEmpty();
    assertThat(juniors.version()).isEqualTo(data.version());
  }

  /** A PayData over a list of one edition's records, for tests. */
  private record ListPayData(List<PayRecord> all) implements PayData {
    @Override
    public List<EditionKey> editions() {
      return List.of(new EditionKey("eu", "2020"));
    }

    @Override
    public List<PayRecord> records(EditionKey edition) {
      return all.stream()
          .filter(r -> r.datasetId().equals(edition.datasetId()))
          .filter(r -> r.edition().equals(edition.edition()))
          .toList();
    }

    @Override
    public SourceCitation citation(EditionKey edition) {
      return new SourceCitation("t", "p", "l", "role", "pay", "gross base EUR", List.of());
    }

    @Override
    public String version() {
      return "v1";
    }
  }
}
