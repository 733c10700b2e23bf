package org.devpay.sources.synth;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic salary survey in a real published schema ({@link SynthFormat}), with known
 * effects planted ({@link PlantedEffects}) and a share of junk rows, so that devpay's real reader
 * ingests it and its answer can be checked against what was planted: a scale run is also a
 * correctness run. The same format, rows and seed always give the same bytes.
 *
 * <p>Junk rows (about {@link PlantedEffects#junkShare()} of them) carry pay the screens must deal
 * with, in equal parts: no answer, text that is not a number, zero, a negative amount, an amount a
 * thousand times too large, and one a thousand times too small. The first three are rejected by the
 * reader with a reason; the others are accepted "as published" and removed by the outlier screen.
 *
 * <p>The file is written to a temporary name and moved into place only when complete, so an
 * interrupted run leaves no partial survey.
 */
public final class SyntheticSurvey {
  /**
   * What a run wrote.
   *
   * @param file the survey file
   * @param format its schema
   * @param rows data rows written
   * @param junkRows rows among them with junk pay
   * @param seed the seed
   * @param effects what was planted
   */
  public record Written(
      Path file, SynthFormat format, long rows, long junkRows, long seed, PlantedEffects effects) {
    public Written {
      requireNonNull(file, "file is null");
      requireNonNull(format, "format is null");
      requireNonNull(effects, "effects is null");
    }
  }

  /** The default seed, so that `devpay synth` without --seed reproduces. */
  public static final long DEFAULT_SEED = 20250119L;

  private static final String[] JUNK = {"NA", "not disclosed", "0", "-1", "x1000", "/1000"};

  private SyntheticSurvey() {}

  /** The effects planted in a format: the back-end premium, the experience slope, place effects. */
  public static PlantedEffects effects(SynthFormat format) {
    Map<String, Double> roles = new LinkedHashMap<>();
    roles.put("backend", 0.0);
    roles.put("frontend", -0.12);
    roles.put("fullstack", -0.05);
    roles.put("mobile", -0.03);
    roles.put("devops", 0.04);
    roles.put("data-science", 0.02);
    Map<String, Double> places = new LinkedHashMap<>();
    switch (format) {
      case SO_2024:
        places.put("United States of America", 0.0);
        places.put("Germany", -0.45);
        places.put("United Kingdom of Great Britain and Northern Ireland", -0.40);
        places.put("Poland", -0.85);
        places.put("India", -1.60);
        places.put("Brazil", -1.30);
        return new PlantedEffects(Math.log(95_000), roles, places, 0.035, 20, 0.40, 0.02);
      case DOU:
        places.put("Київ", 0.0);
        places.put("Львів", -0.05);
        places.put("Харків", -0.10);
        places.put("Дніпро", -0.12);
        places.put("Одеса", -0.15);
        return new PlantedEffects(Math.log(1_500 * 12), roles, places, 0.06, 15, 0.35, 0.02);
      default:
        throw new AssertionError(format);
    }
  }

  /**
   * Writes {@code rows} rows of a synthetic survey into {@code directory} (created if needed).
   *
   * @throws IllegalArgumentException when rows is not positive
   * @throws IOException when the directory cannot be written, or already holds the survey's file
   */
  public static Written write(Path directory, SynthFormat format, long rows, long seed)
      throws IOException {
    requireNonNull(directory, "directory is null");
    requireNonNull(format, "format is null");
    if (rows <= 0) {
      throw new IllegalArgumentException("the number of rows must be positive: " + rows);
    }
    Files.createDirectories(directory);
    Path target = directory.resolve(format.fileName());
    if (Files.exists(target)) {
      throw new IOException(target + " exists already: name an empty folder or remove it");
    }
    PlantedEffects effects = effects(format);
    Path partial = directory.resolve("." + format.fileName() + ".partial");
    long junk;
    try {
      try (CsvWriter csv =
          CsvWriter.builder()
              .lineDelimiter(LineDelimiter.LF)
              .bufferSize(1 << 16)
              .build(partial, StandardCharsets.UTF_8)) {
        Rows writer = format == SynthFormat.SO_2024 ? new StackOverflow2024() : new Dou();
        csv.writeRecord(writer.header());
        SplittableRandom random = new SplittableRandom(seed);
        junk = 0;
        for (long i = 1; i <= rows; i++) {
          Respondent r = Respondent.draw(random, effects);
          if (r.junk() != null) {
            junk++;
          }
          csv.writeRecord(writer.row(i, r, random));
        }
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    return new Written(target, format, rows, junk, seed, effects);
  }

  /** One drawn respondent: role, place, years and annual pay (or the junk written instead). */
  record Respondent(String role, String place, int years, double annualPay, String junk) {
    private static final String[] ROLES = {
      "backend",
      "backend",
      "backend",
      "frontend",
      "frontend",
      "fullstack",
      "fullstack",
      "fullstack",
      "mobile",
      "devops",
      "data-science"
    };

    static Respondent draw(SplittableRandom random, PlantedEffects effects) {
      String role = ROLES[random.nextInt(ROLES.length)];
      List<String> places = new ArrayList<>(effects.placeEffects().keySet());
      String place = places.get(random.nextInt(places.size()));
      int years = (int) Math.min(40, Math.floor(-Math.log(1 - random.nextDouble()) * 7));
      double ln =
          effects.base()
              + effects.roleEffects().get(role)
              + effects.placeEffects().get(place)
              + effects.yearsSlope() * Math.min(years, effects.yearsCap())
              + effects.noiseSd() * gaussian(random);
      double pay = Math.exp(ln);
      String junk =
          random.nextDouble() < effects.junkShare() ? JUNK[random.nextInt(JUNK.length)] : null;
      return new Respondent(role, place, years, pay, junk);
    }

    /** The pay field: the amount in the given unit (rounded as people type it), or the junk. */
    String payField(double divisor) {
      double amount = Math.round(annualPay / divisor);
      if (junk == null) {
        return Long.toString((long) amount);
      }
      switch (junk) {
        case "x1000":
          return Long.toString((long) amount * 1000);
        case "/1000":
          return Long.toString(Math.max(1, (long) amount / 1000));
        default:
          return junk;
      }
    }

    private static double gaussian(SplittableRandom random) {
      // Box-Muller on two uniforms in (0, 1].
      double u = 1 - random.nextDouble();
      double v = random.nextDouble();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
  }

  /** The columns and one row of a schema. */
  private interface Rows {
    String[] header();

    String[] row(long number, Respondent r, SplittableRandom random);
  }

  /** Stack Overflow 2024: the official columns devpay reads, in published order. */
  private static final class StackOverflow2024 implements Rows {
    private static final Map<String, String> DEV_TYPE =
        Map.of(
            "backend", "Developer, back-end",
            "frontend", "Developer, front-end",
            "fullstack", "Developer, full-stack",
            "mobile", "Developer, mobile",
            "devops", "DevOps specialist",
            "data-science", "Data scientist or machine learning specialist");
    private static final String[] LANGUAGES = {
      "Java", "Python", "JavaScript", "TypeScript", "C#", "Go", "SQL", "Rust", "Kotlin", "PHP"
    };
    private static final String[] INDUSTRIES = {
      "Software Development",
      "Fintech",
      "Banking/Financial Services",
      "Healthcare",
      "Retail and Consumer Services",
      "Manufacturing"
    };

    @Override
    public String[] header() {
      return new String[] {
        "ResponseId",
        "MainBranch",
        "Employment",
        "YearsCodePro",
        "DevType",
        "Country",
        "Currency",
        "CompTotal",
        "LanguageHaveWorkedWith",
        "Industry",
        "ConvertedCompYearly"
      };
    }

    @Override
    public String[] row(long number, Respondent r, SplittableRandom random) {
      String years =
          r.years() == 0
              ? "Less than 1 year"
              : r.years() > 50 ? "More than 50 years" : "" + r.years();
      String pay = r.payField(1);
      return new String[] {
        Long.toString(number),
        "I am a developer by profession",
        "Employed, full-time",
        years,
        DEV_TYPE.get(r.role()),
        r.place(),
        "USD\tUnited States dollar",
        pay,
        languages(random),
        INDUSTRIES[random.nextInt(INDUSTRIES.length)],
        pay
      };
    }

    private static String languages(SplittableRandom random) {
      List<String> chosen = new ArrayList<>();
      for (String language : LANGUAGES) {
        if (random.nextDouble() < 0.3) {
          chosen.add(language);
        }
      }
      return chosen.isEmpty() ? "NA" : String.join(";", chosen);
    }
  }

  /** DOU's specialisation questionnaire: June 2025's columns and the earlier waves' city. */
  private static final class Dou implements Rows {
    private static final Map<String, String> SPECIALISATION =
        Map.of(
            "backend", "Back-end розробка",
            "frontend", "Front-end розробка",
            "fullstack", "Full Stack розробка",
            "mobile", "Mobile розробка",
            "devops", "DevOps",
            "data-science", "Data Science");
    private static final String[] LANGUAGES = {
      "TypeScript", "Python", "JavaScript", "Java", "C# / .NET", "PHP", "Go", "Kotlin"
    };
    private static final String[] TITLES = {"Junior", "Middle", "Middle", "Senior", "Senior"};

    @Override
    public String[] header() {
      return new String[] {
        "Submitted at",
        "Ваша основна зайнятість в ІТ зараз...",
        "ЗАРПЛАТА / СУМАРНИЙ ДОХІД в IT у $$$ за місяць, лише ставка \nЧИСТИМИ - після сплати"
            + " податків",
        "Всі бонуси (на місяць)",
        "Тайтл",
        "Категорія",
        "Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку",
        "У якій сфері проєкт, в якому ви зараз працюєте?",
        "Вкажіть вашу основну спеціалізацію",
        "Чи використовуєте ви у своїй роботі мови програмування (одну чи декілька)?",
        "Основна мова програмування",
        "Основний напрям роботи компанії, в якій працюєте",
        "Кількість спеціалістів у вашій компанії в Україні",
        "Загальний стаж роботи за нинішньою ІТ-спеціальністю",
        "Знання англійської мови",
        "Де ви зараз живете?",
        "Місто",
        "За яким напрямом ви навчалися / навчаєтеся у виші?",
        "Ваш вік"
      };
    }

    @Override
    public String[] row(long number, Respondent r, SplittableRandom random) {
      long second = number % 86_400;
      String submitted =
          String.format(
              Locale.ROOT,
              "2024-06-%02d %02d:%02d:%02d",
              1 + number % 28,
              second / 3600,
              second / 60 % 60,
              second % 60);
      return new String[] {
        submitted,
        "Працюю в IT-компанії / ІТ-департаменті",
        r.payField(12),
        "0",
        TITLES[random.nextInt(TITLES.length)],
        "Software Engineering",
        "Software Engineer / Developer (frontend, backend, mobile, gamedev, embedded etc )",
        "Fintech / Banking",
        SPECIALISATION.get(r.role()),
        "Так, використовую",
        LANGUAGES[random.nextInt(LANGUAGES.length)],
        "Продуктова",
        "до 200",
        Integer.toString(r.years()),
        "Upper-Intermediate",
        "В Україні",
        r.place(),
        "Комп'ютерні науки",
        Integer.toString(22 + r.years() + random.nextInt(6))
      };
    }
  }
}
