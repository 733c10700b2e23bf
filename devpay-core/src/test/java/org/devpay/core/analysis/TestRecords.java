package org.devpay.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.devpay.core.data.CitedFile;
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

/** Hand-built records and in-memory pay data for the analysis and claims tests. */
public final class TestRecords {
  private final List<PayRecord> records = new ArrayList<>();
  private final String datasetId;
  private final String edition;

  private TestRecords(String datasetId, String edition) {
    this.datasetId = datasetId;
    this.edition = edition;
  }

  public static TestRecords edition(String datasetId, String edition) {
    return new TestRecords(datasetId, edition);
  }

  /** Adds one record with the given characteristics; pay in EUR a year. */
  public TestRecords add(
      RoleFamily role,
      Seniority seniority,
      OptionalDouble years,
      String country,
      String metro,
      List<String> skills,
      double annual) {
    PublishedPay pay =
        new PublishedPay(
            annual, "EUR", PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty());
    records.add(
        new PayRecord(
            datasetId,
            edition,
            2020,
            "r" + records.size(),
            role,
            role.displayName(),
            List.of(),
            seniority,
            years,
            Employment.FULL_TIME,
            Profession.NOT_RECORDED,
            new Location(
                Optional.ofNullable(country), Optional.empty(), Optional.ofNullable(metro)),
            List.of(),
            skills,
            pay,
            annual,
            annual * 1.1,
            1.1,
            OptionalDouble.empty(),
            1,
            Map.of()));
    return this;
  }

  /** Adds a record with only a role, experience and pay. */
  public TestRecords add(RoleFamily role, double years, double annual) {
    return add(role, Seniority.UNKNOWN, OptionalDouble.of(years), "DE", null, List.of(), annual);
  }

  public List<PayRecord> records() {
    return List.copyOf(records);
  }

  public EditionKey key() {
    return new EditionKey(datasetId, edition);
  }

  /** Pay data holding these editions. */
  public static PayData data(TestRecords... editions) {
    Map<EditionKey, List<PayRecord>> byKey = new TreeMap<>();
    for (TestRecords e : editions) {
      byKey.put(e.key(), e.records());
    }
    return new PayData() {
      @Override
      public List<EditionKey> editions() {
        return List.copyOf(byKey.keySet());
      }

      @Override
      public List<PayRecord> records(EditionKey key) {
        return byKey.getOrDefault(key, List.of());
      }

      @Override
      public SourceCitation citation(EditionKey key) {
        return new SourceCitation(
            "test " + key,
            "test",
            "test",
            "role",
            "pay",
            "gross yearly base salary in EUR",
            List.of(new CitedFile("test.csv", "test.csv", "0".repeat(64), "test", 1, 1, 0)));
      }

      @Override
      public String version() {
        return "test";
      }
    };
  }
}
