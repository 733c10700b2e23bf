package org.devpay.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayRange;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.Profession;
import org.devpay.core.model.PublishedPay;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.model.TaxBasis;
import org.devpay.sources.SourceTables;
import org.devpay.store.DevpayStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every field of a PayRecord survives the trip through the appender and back. */
class PayRecordRoundTripTest {
  private static final String DATASET = TinyCsvAdapter.DATASET_ID;

  @TempDir Path dir;

  @Test
  void everyFieldComesBackEqualWithOptionalsPresentAndAbsent() throws IOException {
    List<PayRecord> written = records();

    List<PayRecord> read = ingestAndRead(written);

    assertThat(read).containsExactlyElementsOf(written);
  }

  @Test
  void everyEnumValueComesBackEqual() throws IOException {
    List<PayRecord> written = new ArrayList<>();
    for (RoleFamily role : RoleFamily.values()) {
      for (Seniority seniority : Seniority.values()) {
        Employment employment = Employment.values()[written.size() % Employment.values().length];
        PayPeriod period = PayPeriod.values()[written.size() % PayPeriod.values().length];
        TaxBasis basis = TaxBasis.values()[written.size() % TaxBasis.values().length];
        PayScope scope = PayScope.values()[written.size() % PayScope.values().length];
        Profession profession = Profession.values()[written.size() % Profession.values().length];
        written.add(
            withEnums(
                "k" + written.size(),
                role,
                seniority,
                employment,
                profession,
                period,
                basis,
                scope));
      }
    }

    assertThat(ingestAndRead(written)).containsExactlyElementsOf(written);
  }

  /**
   * The typed fields that live in the attributes column are stored under the keys every earlier
   * store used ("developer_by_profession", "all_role_labels"), so SQL users and older stores see
   * the same column, and the source's own attributes come back without them.
   */
  @Test
  void professionAndSelectedRolesAreStoredInTheAttributesColumnUnderTheirEarlierKeys()
      throws Exception {
    List<PayRecord> written = records();

    List<PayRecord> read = ingestAndRead(written);

    try (Connection duckdb =
            DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("store.duckdb"));
        Statement statement = duckdb.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT attributes['developer_by_profession'], attributes['all_role_labels']"
                    + " FROM pay_record WHERE respondent_key = 'respondent-1'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("yes");
      assertThat(rs.getString(2)).isEqualTo("Back-end розробник 👩‍💻; Developer, front-end");
    }
    assertThat(read.get(0).attributes())
        .doesNotContainKeys("developer_by_profession", "all_role_labels")
        .hasSize(5);
  }

  private List<PayRecord> ingestAndRead(List<PayRecord> written) throws IOException {
    Path csv = TinyCsv.write(dir.resolve("records.csv"), TinyCsv.rows(written.size()));
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      IngestReport report =
          Ingestor.ingest(
              store,
              TinyCsv.detector().detect(SourceTables.tablesIn(csv).get(0)),
              new PreparedNormalizer(written),
              IngestListener.NONE);
      assertThat(report.outcome()).as(report.detail()).isEqualTo(IngestOutcome.INGESTED);
    }
    // Reopening proves the records were committed to the file, not just kept in a session.
    try (DevpayStore store = DevpayStore.open(dir.resolve("store.duckdb"))) {
      return store.records(DATASET);
    }
  }

  private static List<PayRecord> records() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("company_size", "51-200");
    attributes.put("Розмір компанії", "понад 1000 — «велика»");
    attributes.put("quote'd \"key\"", "comma, separated; value");
    attributes.put("", "empty key");
    attributes.put("empty value", "");
    PayRecord everything =
        new PayRecord(
            DATASET,
            "2025-06",
            2025,
            "respondent-1",
            RoleFamily.BACKEND,
            "Back-end розробник 👩‍💻",
            List.of("Back-end розробник 👩‍💻", "Developer, front-end"),
            Seniority.LEAD_PRINCIPAL,
            OptionalDouble.of(7.5),
            Employment.CONTRACTOR,
            Profession.DEVELOPER,
            new Location(Optional.of("UA"), Optional.of("Київ"), Optional.of("Kyiv metro")),
            List.of("fintech", "cloud, services", "ünïcödé"),
            List.of("java", "c#", "aws", "java"),
            new PublishedPay(
                4_250.5,
                "UAH",
                PayPeriod.MONTH,
                TaxBasis.NET,
                PayScope.TOTAL,
                Optional.of(new PayRange(4_000, OptionalDouble.of(4_500), "4 000 – 4 500 грн"))),
            51_006,
            1_275.15,
            0.025,
            OptionalDouble.of(1_100.000_000_1),
            2.5,
            attributes);
    PayRecord nothingOptional = minimal("respondent-2");
    PayRecord openTopBin =
        new PayRecord(
            DATASET,
            "2025-06",
            2025,
            "respondent-3",
            RoleFamily.FRONTEND,
            "",
            List.of(),
            Seniority.UNKNOWN,
            OptionalDouble.of(0),
            Employment.UNKNOWN,
            Profession.NOT_RECORDED,
            new Location(Optional.of("US"), Optional.empty(), Optional.of("San Jose")),
            List.of(),
            List.of("python"),
            new PublishedPay(
                200_000,
                "USD",
                PayPeriod.YEAR,
                TaxBasis.GROSS,
                PayScope.BASE,
                Optional.of(new PayRange(200_000, OptionalDouble.empty(), "More than $200,000"))),
            200_000,
            200_000,
            1,
            OptionalDouble.empty(),
            1,
            Map.of());
    PayRecord emptyStrings =
        new PayRecord(
            DATASET,
            "2025-06",
            2025,
            "",
            RoleFamily.OTHER,
            "",
            List.of(),
            Seniority.MIDDLE,
            OptionalDouble.empty(),
            Employment.FULL_TIME,
            Profession.NOT_RECORDED,
            new Location(Optional.empty(), Optional.of(""), Optional.empty()),
            List.of(""),
            List.of(),
            new PublishedPay(
                Double.MIN_VALUE,
                "EUR",
                PayPeriod.WEEK,
                TaxBasis.GROSS,
                PayScope.BASE,
                Optional.of(new PayRange(0, OptionalDouble.of(Double.MIN_VALUE), ""))),
            Double.MAX_VALUE,
            1e-300,
            1.25,
            OptionalDouble.empty(),
            1e-9,
            Map.of("k", ""));
    return List.of(everything, nothingOptional, openTopBin, emptyStrings);
  }

  private static PayRecord withEnums(
      String respondentKey,
      RoleFamily role,
      Seniority seniority,
      Employment employment,
      Profession profession,
      PayPeriod period,
      TaxBasis basis,
      PayScope scope) {
    return new PayRecord(
        DATASET,
        "2024",
        2024,
        respondentKey,
        role,
        role.displayName(),
        List.of(),
        seniority,
        OptionalDouble.of(3),
        employment,
        profession,
        Location.UNKNOWN,
        List.of(),
        List.of(),
        new PublishedPay(1_000, "EUR", period, basis, scope, Optional.empty()),
        1_000.0 * period.periodsPerYear(),
        1_250.0 * period.periodsPerYear(),
        1.25,
        OptionalDouble.empty(),
        1,
        Map.of());
  }

  private static PayRecord minimal(String respondentKey) {
    return new PayRecord(
        DATASET,
        "2025-06",
        2025,
        respondentKey,
        RoleFamily.OTHER,
        "Other",
        List.of(),
        Seniority.UNKNOWN,
        OptionalDouble.empty(),
        Employment.UNKNOWN,
        Profession.NOT_RECORDED,
        Location.UNKNOWN,
        List.of(),
        List.of(),
        new PublishedPay(
            50_000, "USD", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty()),
        50_000,
        50_000,
        1,
        OptionalDouble.empty(),
        1,
        Map.of());
  }
}
