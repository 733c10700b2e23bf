package org.devpay.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Hand-made surveys of other countries, written by the tests that read them (no real file is
 * copied): a Norwegian workbook shaped like kode24's salary survey and a Finnish TSV export. Each
 * also writes a plain CSV "twin" of the values the test meant to type (role label, employment, pay
 * as published as a plain number, or empty when the row has none), which DuckDB SQL reads to
 * compute the expected figures independently of devpay's readers.
 */
final class UserSurveys {
  private UserSurveys() {}

  /** Norwegian role labels, as a survey's "what do you work with" question lists them. */
  static final String[] NORWEGIAN_ROLES = {
    "Backend", "Frontend", "Fullstack", "Mobilutvikling", "Leder", "Konsulent"
  };

  /**
   * A kode24-like workbook: a notes sheet, then sheet "Form1" with a timestamp, the role, yearly
   * gross pay (a number, sometimes typed as text "650 000 kr", sometimes blank or words),
   * experience, city, employment and languages.
   */
  static void norwegianWorkbook(Path xlsx, Path twin, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> twinLines = new ArrayList<>();
    twinLines.add("role,employment,pay");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook book = new Workbook(out, "devpay-test", "1.0");
      Worksheet notes = book.newWorksheet("Om undersøkelsen");
      notes.value(0, 0, "kode24s lønnsundersøkelse: svar fra lesere");
      Worksheet form = book.newWorksheet("Form1");
      String[] header = {
        "Tidsmerke",
        "Hva jobber du mest med?",
        "Årslønn (brutto, uten bonus)",
        "Års erfaring",
        "Hvor jobber du?",
        "Arbeidssituasjon",
        "Programmeringsspråk"
      };
      for (int c = 0; c < header.length; c++) {
        form.value(0, c, header[c]);
      }
      String[] cities = {"Oslo", "Bergen", "Trondheim", "Stavanger"};
      String[] employment = {"Fast ansatt", "Fast ansatt", "Fast ansatt", "Frilans"};
      String[] languages = {"Java; Kotlin", "TypeScript", "Python; Go", "C#"};
      for (int r = 1; r <= rows; r++) {
        String role = NORWEGIAN_ROLES[random.nextInt(NORWEGIAN_ROLES.length)];
        String work = employment[random.nextInt(employment.length)];
        long pay = 520_000 + 10_000L * random.nextInt(40);
        form.value(r, 0, LocalDateTime.of(2024, 10, 1 + random.nextInt(28), 9, 0));
        form.style(r, 0).format("yyyy-mm-dd hh:mm").set();
        form.value(r, 1, role);
        String annual;
        if (r % 29 == 0) {
          annual = ""; // no answer
        } else if (r % 31 == 0) {
          form.value(r, 2, "vil ikke si");
          annual = "";
        } else if (r % 7 == 0) {
          form.value(r, 2, String.format(Locale.ROOT, "%d %03d kr", pay / 1000, pay % 1000));
          annual = Long.toString(pay);
        } else {
          form.value(r, 2, pay);
          annual = Long.toString(pay);
        }
        form.value(r, 3, random.nextInt(25));
        form.value(r, 4, cities[random.nextInt(cities.length)]);
        form.value(r, 5, work);
        form.value(r, 6, languages[random.nextInt(languages.length)]);
        twinLines.add(role + "," + work + "," + annual);
      }
      book.finish();
    }
    Files.write(twin, twinLines, StandardCharsets.UTF_8);
  }

  /** Finnish job titles; the role rules know the first four. */
  static final String[] FINNISH_ROLES = {
    "Backend-kehittäjä",
    "Frontend-kehittäjä",
    "Full stack -kehittäjä",
    "Testaaja",
    "Ohjelmistokehittäjä",
    "Arkkitehti"
  };

  /**
   * A Finnish survey export: UTF-8, tab-separated, monthly gross pay typed by hand ("4 500", "3
   * 650,50"), employment in Finnish.
   */
  static void finnishTsv(Path tsv, Path twin, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    List<String> twinLines = new ArrayList<>();
    lines.add(
        "Vastaaja\tTehtävänimike\tKuukausipalkka (€)\tKokemus (vuotta)\tKaupunki\tTyösuhde\tKielet");
    twinLines.add("role,employment,pay");
    String[] cities = {"Helsinki", "Tampere", "Espoo", "Oulu"};
    String[] employment = {
      "Vakituinen kokoaikainen", "Vakituinen kokoaikainen", "Osa-aikainen", "Määräaikainen"
    };
    for (int r = 1; r <= rows; r++) {
      String role = FINNISH_ROLES[random.nextInt(FINNISH_ROLES.length)];
      String work = employment[random.nextInt(employment.length)];
      int cents = 350_000 + 50 * random.nextInt(4_000);
      String typed;
      String monthly;
      if (r % 23 == 0) {
        typed = "";
        monthly = "";
      } else if (r % 3 == 0) {
        typed =
            String.format(
                Locale.ROOT, "%d %03d,%02d", cents / 100_000, cents / 100 % 1000, cents % 100);
        monthly = String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
      } else {
        typed = String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
        monthly = typed;
      }
      lines.add(
          r
              + "\t"
              + role
              + "\t"
              + typed
              + "\t"
              + random.nextInt(20)
              + "\t"
              + cities[random.nextInt(cities.length)]
              + "\t"
              + work
              + "\tJava; Kotlin");
      twinLines.add(role + "," + work + "," + monthly);
    }
    Files.write(tsv, lines, StandardCharsets.UTF_8);
    Files.write(twin, twinLines, StandardCharsets.UTF_8);
  }
}
