package org.devpay.core.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
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

/**
 * A survey drawn from a known model, so the estimator's output can be checked against the truth:
 *
 * <pre>
 * ln(pay) = 11 + role + place + 0.05 min(years, 10) + 0.08 [lists aws] + e,
 * role: back-end +0.10, full-stack +0.05, front-end 0; place: Berlin +0.10, Munich +0.20,
 * Hamburg 0; e ~ N(0, σ²) with σ = 0.30 in Berlin and Hamburg, 0.50 in Munich.
 * </pre>
 *
 * Half the respondents list AWS, a third Java (no effect). Five security engineers in Berlin form a
 * cell under k; twenty QA engineers in Berlin form a cell over k whose role is too rare to model.
 */
final class SyntheticSurvey {
  static final String DATASET = "synthetic";
  static final String EDITION = "2020";
  static final EditionKey KEY = new EditionKey(DATASET, EDITION);
  static final double INTERCEPT = 11;
  static final double USD_PER_EUR = 1.14;

  private SyntheticSurvey() {}

  static double roleEffect(RoleFamily role) {
    return switch (role) {
      case BACKEND -> 0.10;
      case FULLSTACK -> 0.05;
      default -> 0;
    };
  }

  static double placeEffect(String metro) {
    return switch (metro) {
      case "Berlin" -> 0.10;
      case "Munich" -> 0.20;
      default -> 0;
    };
  }

  static double sigma(String metro) {
    return metro.equals("Munich") ? 0.50 : 0.30;
  }

  /** ln(pay) without noise. */
  static double meanLog(RoleFamily role, String metro, double years, boolean aws) {
    return INTERCEPT
        + roleEffect(role)
        + placeEffect(metro)
        + 0.05 * Math.min(years, 10)
        + (aws ? 0.08 : 0);
  }

  static List<PayRecord> records(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<RoleFamily> roles = List.of(RoleFamily.BACKEND, RoleFamily.FRONTEND, RoleFamily.FULLSTACK);
    List<String> metros = List.of("Berlin", "Munich", "Hamburg");
    List<PayRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      RoleFamily role = roles.get(random.nextInt(roles.size()));
      String metro = metros.get(random.nextInt(metros.size()));
      double years = random.nextInt(21);
      boolean aws = random.nextBoolean();
      boolean java = random.nextInt(3) == 0;
      double log = meanLog(role, metro, years, aws) + sigma(metro) * gaussian(random);
      out.add(record("r" + i, role, metro, years, aws, java, Math.exp(log), "EUR"));
    }
    for (int i = 0; i < 5; i++) {
      out.add(
          record("security" + i, RoleFamily.SECURITY, "Berlin", 5, false, false, 70_000, "EUR"));
    }
    for (int i = 0; i < 20; i++) {
      out.add(record("qa" + i, RoleFamily.QA, "Berlin", 5, false, false, 50_000 + i, "EUR"));
    }
    return out;
  }

  static PayRecord record(
      String key,
      RoleFamily role,
      String metro,
      double years,
      boolean aws,
      boolean java,
      double pay,
      String currency) {
    List<String> skills = new ArrayList<>();
    if (aws) {
      skills.add("aws");
    }
    if (java) {
      skills.add("java");
    }
    double rate = currency.equals("EUR") ? USD_PER_EUR : 0.25;
    return new PayRecord(
        DATASET,
        EDITION,
        2020,
        key,
        role,
        role.displayName(),
        List.of(),
        Seniority.UNKNOWN,
        OptionalDouble.of(years),
        Employment.FULL_TIME,
        Profession.NOT_RECORDED,
        new Location(Optional.of("DE"), Optional.of(metro), Optional.of(metro)),
        List.of(),
        skills,
        new PublishedPay(
            pay, currency, PayPeriod.YEAR, TaxBasis.GROSS, PayScope.BASE, Optional.empty()),
        pay,
        pay * rate,
        rate,
        OptionalDouble.empty(),
        1,
        Map.of());
  }

  /** Data holding one edition of the given records. */
  static PayData data(List<PayRecord> records) {
    return new PayData() {
      @Override
      public List<EditionKey> editions() {
        return List.of(KEY);
      }

      @Override
      public List<PayRecord> records(EditionKey edition) {
        return edition.equals(KEY) ? records : List.of();
      }

      @Override
      public SourceCitation citation(EditionKey edition) {
        return new SourceCitation(
            "Synthetic survey",
            "devpay tests",
            "none",
            "role",
            "pay",
            "gross yearly base salary in EUR",
            List.<CitedFile>of());
      }

      @Override
      public String version() {
        return "synthetic";
      }
    };
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
