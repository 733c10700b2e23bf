package org.devpay.sources.inspect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.devpay.sources.mapping.MappedField;

/**
 * The words column headers use for devpay's fields, in the languages of the surveys devpay meets
 * (English, Norwegian, Swedish, Danish, Finnish, German, Polish, Ukrainian, Russian, Spanish,
 * French, Italian, Portuguese, Dutch), so that {@code devpay inspect} guesses which column is which
 * in a file it has never seen, and a directory scan tells a table that holds pay from one that does
 * not. A guess is only a proposal: the user reviews the mapping.
 *
 * <p>A header is split into words (camelCase parts, then anything that is not a letter or digit)
 * and lower-cased. A field's word matches a header word exactly, as its beginning, or anywhere in
 * it (for languages that build compounds: Norwegian "månedslønn", Finnish "kuukausipalkka", German
 * "Jahresgehalt"). Some words rule a header out ("bonus", "satisfaction", "currency", "expected",
 * ...): a pay column is the pay itself, not a question about it.
 */
public final class HeaderWords {
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** How a vocabulary word is compared with a header's word. */
  private enum Match {
    WORD,
    PREFIX,
    INFIX
  }

  private record Word(String text, Match match) {}

  private static final Map<MappedField, List<Word>> WORDS = new EnumMap<>(MappedField.class);

  private static final Map<MappedField, List<String>> EXCLUDED = new EnumMap<>(MappedField.class);

  static {
    words(
        MappedField.PAY,
        "pay paid comp wage wages зп zp plat loon løn lön brutto netto",
        "salar salai compensation income earning remunera retribu sueld stipend wynagrodz pensj"
            + " mzd fizet maaş gaji",
        "lønn lön palkka gehalt lohn зарплат заработ заробіт оклад дохід доход salary");
    excluded(
        MappedField.PAY,
        "bonus stock equity currency valuta валют satisf tilfreds nöjd tyytyv zufried задовол"
            + " удовлетв raise increase change expect desir wish ønsk toive ago previous prior"
            + " last future freq type period percent skatt tax kind");
    words(
        MappedField.ROLE,
        "role title job position occupation devtype rolle fag stilling tittel titel funktion"
            + " beruf роль ruolo puesto cargo poste stanowisko tehtävä rooli nimike profession"
            + " specialty",
        "specializ specialis occupation spezialis спеціаліз специализ должн посад tehtäv fagområd"
            + " yrke jobb arbeitsbereich",
        "devtype nimike developertype");
    excluded(MappedField.ROLE, "satisf year years vuo år сколько");
    words(
        MappedField.YEARS_EXPERIENCE,
        "yrs yearscode yearscodepro",
        "experien erfar kokemu опыт досвід стаж doświadcz experiên expérien esperien ervaring",
        "erfaring erfahrung erfarenhet kokemus");
    excluded(MappedField.YEARS_EXPERIENCE, "company firma yritys");
    words(
        MappedField.CITY,
        "city town by ort stadt location metro kommune kaupunki paikkakunta город місто miasto"
            + " ciudad ville città cidade stad hvor missä wo",
        "city kaupun paikkakun город міст miast arbeidssted arbetsort",
        "arbeidssted");
    words(
        MappedField.COUNTRY,
        "country land maa страна країна kraj país pays paese",
        "countr стран краї",
        "");
    words(
        MappedField.EMPLOYMENT,
        "employment",
        "employ ansett ansatt anställ työsuh beschäftig anstell занят зайнят zatrudn empleo emploi",
        "arbeidssitu ansettel työsuhde beschäftig занят зайнят");
    words(MappedField.SENIORITY, "level nivå niveau taso grade seniority", "senior уров рів", "");
    words(
        MappedField.INDUSTRY,
        "industry sector sektor domain",
        "industr sector sektor bransj branch toimial отрасл галуз branż",
        "");
    words(
        MappedField.SKILLS,
        "skills skill languages language stack kieli kielet språk мова мови",
        "skill technolog language framework programmingl ohjelmointikie язык програм",
        "sprache språk");
    words(MappedField.WEIGHT, "weight weights freq wt vekt paino gewicht вес вага", "", "");
    words(
        MappedField.RESPONDENT_ID,
        "id respondent responseid respondentid vastaaja respondentti",
        "",
        "");
    words(MappedField.AGE, "age alder ikä alter возраст вік wiek edad âge età", "", "");
  }

  private HeaderWords() {}

  private static void words(MappedField field, String exact, String prefixes, String infixes) {
    List<Word> list = new ArrayList<>();
    add(list, exact, Match.WORD);
    add(list, prefixes, Match.PREFIX);
    add(list, infixes, Match.INFIX);
    WORDS.put(field, List.copyOf(list));
  }

  private static void add(List<Word> list, String words, Match match) {
    for (String word : words.split(" ")) {
      if (!word.isBlank()) {
        list.add(new Word(word.toLowerCase(Locale.ROOT), match));
      }
    }
  }

  private static void excluded(MappedField field, String words) {
    EXCLUDED.put(field, List.of(words.toLowerCase(Locale.ROOT).split(" ")));
  }

  /** The header's words: camelCase parts, split on anything but letters and digits, lower case. */
  static List<String> words(String header) {
    String split = CAMEL.matcher(header.strip()).replaceAll(" ");
    List<String> words = new ArrayList<>();
    for (String word : NON_WORD.split(split.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * How well a header names a field: 0 when it does not (or a word rules it out), else the number
   * of its words that name the field, plus one for a whole-word match.
   */
  public static int score(MappedField field, String header) {
    List<String> words = words(header);
    return ruledOut(field, words) ? 0 : matches(field, words);
  }

  private static boolean ruledOut(MappedField field, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (negated(words, i)) {
        continue;
      }
      for (String ruledOut : EXCLUDED.getOrDefault(field, List.of())) {
        if (words.get(i).startsWith(ruledOut)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int matches(MappedField field, List<String> words) {
    int score = 0;
    for (String word : words) {
      for (Word candidate : WORDS.getOrDefault(field, List.of())) {
        boolean matches =
            switch (candidate.match()) {
              case WORD -> word.equals(candidate.text());
              case PREFIX -> word.startsWith(candidate.text());
              case INFIX -> word.contains(candidate.text());
            };
        if (matches) {
          score += candidate.match() == Match.WORD ? 2 : 1;
          break;
        }
      }
    }
    return score;
  }

  /**
   * Whether the word at {@code index} follows "without" (or "excluding", "uten", "ilman", "ohne",
   * "без", ...) within two words: "salary (without bonus and stocks)" is still the salary.
   */
  private static boolean negated(List<String> words, int index) {
    for (int i = Math.max(0, index - 3); i < index; i++) {
      if (NEGATIONS.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> NEGATIONS =
      List.of(
          "without",
          "excluding",
          "excl",
          "ex",
          "no",
          "not",
          "uten",
          "utan",
          "uden",
          "ilman",
          "ohne",
          "без",
          "bez",
          "sin",
          "sans",
          "senza",
          "sem",
          "zonder");

  /**
   * Whether a header speaks of pay at all ("salary", "Månedslønn", "Зарплата.в.месяц", "Including
   * bonus, what is your annual compensation?"): no word rules it out here, since the question is
   * whether the table holds pay, not which column is the amount.
   */
  public static boolean speaksOfPay(String header) {
    return matches(MappedField.PAY, words(header)) > 0;
  }
}
