package org.devpay.sources.dou;

import static java.util.Objects.requireNonNull;
import static org.devpay.sources.dou.DouField.ADDITIONAL_LANGUAGE;
import static org.devpay.sources.dou.DouField.AGE;
import static org.devpay.sources.dou.DouField.BONUS;
import static org.devpay.sources.dou.DouField.CATEGORY;
import static org.devpay.sources.dou.DouField.CITY;
import static org.devpay.sources.dou.DouField.COMPANY_SIZE;
import static org.devpay.sources.dou.DouField.COMPANY_SIZE_UA;
import static org.devpay.sources.dou.DouField.COMPANY_TYPE;
import static org.devpay.sources.dou.DouField.CURRENCY;
import static org.devpay.sources.dou.DouField.CURRENT_JOB_EXPERIENCE;
import static org.devpay.sources.dou.DouField.EMPLOYMENT;
import static org.devpay.sources.dou.DouField.ENGLISH;
import static org.devpay.sources.dou.DouField.EXPERIENCE;
import static org.devpay.sources.dou.DouField.FIELD_OF_STUDY;
import static org.devpay.sources.dou.DouField.FRAMEWORKS;
import static org.devpay.sources.dou.DouField.INDUSTRY;
import static org.devpay.sources.dou.DouField.LANGUAGE;
import static org.devpay.sources.dou.DouField.PAY;
import static org.devpay.sources.dou.DouField.POSITION;
import static org.devpay.sources.dou.DouField.RESIDENCE;
import static org.devpay.sources.dou.DouField.SALARY_CHANGE;
import static org.devpay.sources.dou.DouField.SENIORITY;
import static org.devpay.sources.dou.DouField.SPECIALIZATION;
import static org.devpay.sources.dou.DouField.STUDENT;
import static org.devpay.sources.dou.DouField.TIMESTAMP;
import static org.devpay.sources.dou.DouField.TITLE;
import static org.devpay.sources.dou.DouField.TITLE_DETAIL;
import static org.devpay.sources.dou.DouField.USD_PAY_QUESTION;
import static org.devpay.sources.dou.DouField.USES_LANGUAGES;
import static org.devpay.sources.dou.DouField.WEIGHT;
import static org.devpay.sources.dou.DouField.WORK_LANGUAGE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.devpay.sources.HeaderMatch;
import org.devpay.sources.csv.CsvHeader;

/**
 * One column family of DOU's salary survey, declared as data: which columns hold which {@link
 * DouField} (in Russian, Ukrainian or English, as the waves wrote them), which fields identify the
 * family, which columns say a header belongs to another family, and where the role and seniority
 * labels come from. Every wave of a family (2010 to today) is read by the same declaration.
 *
 * <p>Column names are compared as {@link CsvHeader#looseKey} compares them (case, spacing, R's dots
 * and underscores ignored), so "Зарплата.в.месяц", "зарплата в месяц " and "Зарплата в месяц" are
 * one column. A field may name several columns; a row's answer is the first non-blank one, in the
 * order the declaration names them.
 *
 * @param formatId the format id ("dou-ua/titles")
 * @param waves which waves the family covers, for messages and the format catalog
 * @param columns where each field is found; a field the family does not have is absent
 * @param identifying what a header must have to be this family's: each entry a group of fields of
 *     which at least one must have a column (pay is always a group of its own)
 * @param conflicts fields whose presence says the header is another family's, with the reason
 * @param roleFrom the fields the role label is taken from, the first non-blank one wins
 * @param seniorityFrom the fields the seniority label is taken from, likewise
 * @param industries how an answer of the industry field is split into labels
 */
record DouFamily(
    String formatId,
    String waves,
    Map<DouField, List<Columns>> columns,
    List<List<DouField>> identifying,
    Map<DouField, String> conflicts,
    List<DouField> roleFrom,
    List<DouField> seniorityFrom,
    IndustrySplit industries) {

  /** How a multi-select industry answer is split. */
  enum IndustrySplit {
    /** The 2025 option list ({@link ProjectIndustries}): options joined by ", ", some with ", ". */
    LISTED_OPTIONS,
    /** On ";" when the answer has one (2019), else on "," (2015-2018, 2020). */
    SEMICOLON_OR_COMMA
  }

  /** How one field's columns are named. */
  record Columns(Match match, List<String> names) {
    /** How a column name is compared with the declared names (both as loose keys). */
    enum Match {
      /** The name itself. */
      EXACT,
      /** The name, or the name followed by a number, as exports number repeated questions. */
      NUMBERED,
      /** Only the name followed by a number ("Оберіть вашу посаду_1"). */
      SUFFIXED,
      /** The name as the first words of a longer question ("Зарплата у $$$ за місяць, ..."). */
      PREFIX,
      /** The name anywhere in the column's name ("$$$"). */
      CONTAINS
    }

    Columns {
      requireNonNull(match, "match is null");
      names = List.copyOf(names);
    }

    boolean matches(String looseKey, String name) {
      String wanted = CsvHeader.looseKey(name);
      return switch (match) {
        case EXACT -> looseKey.equals(wanted);
        case NUMBERED -> looseKey.equals(wanted) || isNumbered(looseKey, wanted);
        case SUFFIXED -> isNumbered(looseKey, wanted);
        case PREFIX -> looseKey.equals(wanted) || looseKey.startsWith(wanted + " ");
        case CONTAINS -> looseKey.contains(wanted);
      };
    }

    private static boolean isNumbered(String looseKey, String wanted) {
      return looseKey.startsWith(wanted + " ")
          && looseKey.substring(wanted.length() + 1).chars().allMatch(Character::isDigit);
    }

    /** The declared name as shown in messages. */
    String display(String name) {
      return switch (match) {
        case PREFIX -> name + "…";
        case CONTAINS -> "a column naming '" + name + "'";
        default -> name;
      };
    }
  }

  DouFamily {
    requireNonNull(formatId, "formatId is null");
    requireNonNull(waves, "waves is null");
    columns = byField(columns);
    identifying = identifying.stream().map(List::copyOf).toList();
    conflicts = byField(conflicts);
    roleFrom = List.copyOf(roleFrom);
    seniorityFrom = List.copyOf(seniorityFrom);
    requireNonNull(industries, "industries is null");
    if (!identifying.contains(List.of(PAY))
        || !identifying.stream().allMatch(columns.keySet()::containsAll)) {
      throw new IllegalArgumentException(
          formatId + ": pay identifies a family, with declared fields");
    }
  }

  /** An unmodifiable copy in field order, so that messages and lookups are deterministic. */
  private static <V> Map<DouField, V> byField(Map<DouField, V> map) {
    Map<DouField, V> copy = new EnumMap<>(DouField.class);
    copy.putAll(map);
    return Collections.unmodifiableMap(copy);
  }

  /**
   * The positions of each declared field's columns in a header, in the declaration's order (each
   * column once); fields with no column are absent.
   */
  Map<DouField, List<Integer>> locate(CsvHeader header) {
    List<String> keys = looseKeys(header);
    Map<DouField, List<Integer>> located = new EnumMap<>(DouField.class);
    columns.forEach(
        (field, declared) -> {
          List<Integer> positions = positions(keys, declared);
          if (!positions.isEmpty()) {
            located.put(field, positions);
          }
        });
    return located;
  }

  /**
   * How a header compares with the family: which identifying fields it lacks (by their usual
   * names), and whether a column of another family is there.
   */
  HeaderMatch match(CsvHeader header) {
    Map<DouField, List<Integer>> located = locate(header);
    List<String> missing = new ArrayList<>();
    for (List<DouField> group : identifying) {
      if (group.stream().noneMatch(located::containsKey)) {
        missing.add(usualName(group));
      }
    }
    HeaderMatch match = new HeaderMatch(formatId, identifying.size(), missing, "");
    List<String> keys = looseKeys(header);
    for (Map.Entry<DouField, String> conflict : conflicts.entrySet()) {
      if (!positions(keys, CONFLICT_COLUMNS.get(conflict.getKey())).isEmpty()) {
        return match.conflicting(conflict.getValue());
      }
    }
    return match;
  }

  private static List<String> looseKeys(CsvHeader header) {
    return header.names().stream().map(CsvHeader::looseKey).toList();
  }

  /** The positions of the columns declared, in the declaration's order, each once. */
  private static List<Integer> positions(List<String> keys, List<Columns> declared) {
    List<Integer> positions = new ArrayList<>();
    for (Columns spec : declared) {
      for (String name : spec.names()) {
        for (int i = 0; i < keys.size(); i++) {
          if (spec.matches(keys.get(i), name) && !positions.contains(i)) {
            positions.add(i);
          }
        }
      }
    }
    return List.copyOf(positions);
  }

  /** The name a message uses for a field: its first declared name. */
  String usualName(DouField field) {
    Columns first = columns.get(field).get(0);
    return first.display(first.names().get(0));
  }

  /** The names a message uses for a group of alternative fields: "Тайтл (or ...)". */
  String usualName(List<DouField> group) {
    String first = usualName(group.get(0));
    if (group.size() == 1) {
      return first;
    }
    return first
        + " (or "
        + String.join(" or ", group.subList(1, group.size()).stream().map(this::usualName).toList())
        + ")";
  }

  // ---------------------------------------------------------------------------------------------
  // The declarations.

  private static Columns named(String... names) {
    return new Columns(Columns.Match.EXACT, List.of(names));
  }

  private static Columns numbered(String... names) {
    return new Columns(Columns.Match.NUMBERED, List.of(names));
  }

  private static Columns suffixed(String... names) {
    return new Columns(Columns.Match.SUFFIXED, List.of(names));
  }

  private static Columns startingWith(String... names) {
    return new Columns(Columns.Match.PREFIX, List.of(names));
  }

  private static Columns containing(String... names) {
    return new Columns(Columns.Match.CONTAINS, List.of(names));
  }

  /** Columns whose presence marks another family. */
  private static final Map<DouField, List<Columns>> CONFLICT_COLUMNS =
      Map.of(
          SENIORITY, List.of(named("Тайтл"), numbered("Ваш тайтл")),
          CURRENCY, List.of(named("Валюта", "Currency")),
          USD_PAY_QUESTION, List.of(containing("$$$")),
          TITLE, List.of(named("Должность", "Оберіть вашу посаду")));

  private static final String HAS_TITLE_LEVEL =
      "has a 'Тайтл' (seniority level) column: the specialisation questionnaire of December 2020"
          + " onward";
  private static final String ASKS_PAY_IN_DOLLAR_SIGNS =
      "asks pay 'у $$$ за місяць': the specialisation questionnaire of December 2020 onward";
  private static final String HAS_CURRENCY =
      "has a per-row currency column ('Валюта'): pay is not all in USD, as in the 2011-2014"
          + " questionnaires, which devpay does not read";

  /**
   * The job-title questionnaire of December 2015 to June 2020 (and the waves before it that ask pay
   * in USD): "Должность" or "Оберіть вашу посаду" (a job title such as "Senior Software Engineer",
   * "QA engineer", "HTML coder") and the main language, in Russian (2015-2018, 2020, with R-style
   * dotted names in the 2020 "mini" file) or Ukrainian (December 2019).
   */
  static final DouFamily TITLES =
      new DouFamily(
          "dou-ua/titles",
          "December 2015 to June 2020 (job title and main language)",
          declare(
              PAY, List.of(startingWith("Зарплата"), named("salary")),
              TITLE, List.of(named("Должность", "Оберіть вашу посаду", "Посада")),
              TITLE_DETAIL, List.of(suffixed("Оберіть вашу посаду")),
              LANGUAGE,
                  List.of(
                      named(
                          "Язык программирования",
                          "Основна мова програмування",
                          "Основной язык программирования")),
              SPECIALIZATION,
                  List.of(named("Специализация", "Вкажіть вашу спеціалізацію", "Спеціалізація")),
              EXPERIENCE,
                  List.of(
                      named(
                          "Общий опыт работы",
                          "exp",
                          "Загальний стаж роботи за спеціальністю",
                          "Загальний стаж роботи")),
              CURRENT_JOB_EXPERIENCE,
                  List.of(
                      named(
                          "Опыт работы на текущем месте",
                          "current_job_exp",
                          "Стаж на поточному місці роботи")),
              SALARY_CHANGE,
                  List.of(
                      named(
                          "Изменение зарплаты за 12 месяцев",
                          "Наскільки змінилась ваша зарплата за останні 12 місяців?")),
              CITY, List.of(named("Город", "Місто")),
              COMPANY_SIZE,
                  List.of(
                      named(
                          "Размер компании",
                          "Кількість технічних спеціалістів у вашій компанії (в Україні)")),
              COMPANY_TYPE, List.of(named("Тип компании", "Тип компанії")),
              AGE, List.of(named("Возраст", "Вік")),
              STUDENT, List.of(named("Еще студент")),
              ENGLISH, List.of(named("Уровень английского", "Знання англійської мови")),
              INDUSTRY, List.of(named("Предметная область", "В якій області ви працюєте?")),
              TIMESTAMP,
                  List.of(
                      named("Дата заполнения", "Отметка времени", "Позначка часу", "Timestamp")),
              ADDITIONAL_LANGUAGE, List.of(named("Додаткова мова програмування")),
              WORK_LANGUAGE, List.of(named("Яку мову програмування ви використовуєте у роботі?")),
              FRAMEWORKS, List.of(named("Фреймворки, бібліотеки й платформи"))),
          List.of(List.of(PAY), List.of(TITLE)),
          Map.of(
              SENIORITY,
              HAS_TITLE_LEVEL,
              USD_PAY_QUESTION,
              ASKS_PAY_IN_DOLLAR_SIGNS,
              CURRENCY,
              HAS_CURRENCY),
          List.of(TITLE),
          List.of(TITLE),
          IndustrySplit.SEMICOLON_OR_COMMA);

  /**
   * The developers' extract of June 2022 (2022_june_dev.csv): salary, position (a seniority level),
   * experience band, city, tech (main technology) and freq (a frequency weight). It records no
   * role.
   */
  static final DouFamily EXTRACT =
      new DouFamily(
          "dou-ua/dev-extract",
          "June 2022 developers' extract (salary, position, experience, city, tech, freq)",
          declare(
              PAY, List.of(named("salary")),
              SENIORITY, List.of(named("position")),
              LANGUAGE, List.of(named("tech")),
              EXPERIENCE, List.of(named("experience")),
              CITY, List.of(named("city")),
              WEIGHT, List.of(named("freq"))),
          List.of(List.of(PAY), List.of(SENIORITY), List.of(LANGUAGE)),
          Map.of(
              TITLE, "has a job title column: the job-title questionnaire", CURRENCY, HAS_CURRENCY),
          List.of(),
          List.of(SENIORITY),
          IndustrySplit.SEMICOLON_OR_COMMA);

  /**
   * The specialisation questionnaire of December 2020 onward (the June 2025 raw export): a
   * seniority level ("Тайтл", "Ваш тайтл"), a main position and, for software engineers, a
   * specialisation ("Back-end розробка"); employment status, residence, project industry. Known by
   * its pay question (a column starting "Зарплата") and either a title level or the pay question's
   * "$$$" ("Зарплата у $$$ за місяць, ..."), which the job-title questionnaire never has.
   */
  static final DouFamily SPECIALIZATIONS =
      new DouFamily(
          "dou-ua/specializations",
          "December 2020 onward (seniority level, position and specialisation)",
          declare(
              PAY, List.of(startingWith("Зарплата")),
              USD_PAY_QUESTION, List.of(containing("$$$")),
              SENIORITY, List.of(startingWith("Тайтл", "Ваш тайтл")),
              SPECIALIZATION,
                  List.of(
                      numbered(
                          "Вкажіть вашу основну спеціалізацію",
                          "Вкажіть вашу спеціалізацію",
                          "Спеціалізація")),
              POSITION,
                  List.of(
                      named("Почніть вводити і оберіть вашу ОСНОВНУ посаду зі списку", "Посади"),
                      numbered("Оберіть вашу посаду"),
                      startingWith("Ваша посада", "Посада")),
              EMPLOYMENT,
                  List.of(named("Ваша основна зайнятість в ІТ зараз...", "Чи працюєте ви зараз?")),
              BONUS, List.of(named("Всі бонуси (на місяць)")),
              CATEGORY, List.of(named("Категорія", "Категорії")),
              INDUSTRY,
                  List.of(
                      named(
                          "У якій сфері проєкт, в якому ви зараз працюєте?",
                          "В якій сфері працюєте ви / ваш поточний проєкт?")),
              USES_LANGUAGES,
                  List.of(
                      named(
                          "Чи використовуєте ви у своїй роботі мови програмування (одну чи"
                              + " декілька)?")),
              LANGUAGE, List.of(named("Основна мова програмування")),
              COMPANY_TYPE,
                  List.of(
                      named("Основний напрям роботи компанії, в якій працюєте", "Тип компанії")),
              COMPANY_SIZE_UA,
                  List.of(
                      named(
                          "Кількість спеціалістів у вашій компанії в Україні",
                          "Кількість спеціалістів у вашій компанії (в Україні)")),
              EXPERIENCE,
                  List.of(
                      named(
                          "Загальний стаж роботи за нинішньою ІТ-спеціальністю",
                          "Загальний стаж роботи за нинішньою спеціалізацією",
                          "Загальний стаж роботи в ІТ")),
              ENGLISH, List.of(named("Знання англійської мови")),
              RESIDENCE, List.of(named("Де ви зараз живете?")),
              CITY, List.of(named("Місто", "Де ви мешкаєте?")),
              FIELD_OF_STUDY, List.of(named("За яким напрямом ви навчалися / навчаєтеся у виші?")),
              AGE, List.of(named("Ваш вік", "Вік")),
              TIMESTAMP,
                  List.of(named("Submitted at", "Позначка часу", "Отметка времени", "Timestamp"))),
          List.of(List.of(PAY), List.of(SENIORITY, USD_PAY_QUESTION)),
          Map.of(CURRENCY, HAS_CURRENCY),
          List.of(SPECIALIZATION, POSITION),
          List.of(SENIORITY),
          IndustrySplit.LISTED_OPTIONS);

  /** Every family, in the order the registry lists their adapters. */
  static final List<DouFamily> ALL = List.of(TITLES, EXTRACT, SPECIALIZATIONS);

  /** A declaration map from alternating field and columns arguments, keeping their order. */
  private static Map<DouField, List<Columns>> declare(Object... fieldsAndColumns) {
    Map<DouField, List<Columns>> declared = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndColumns.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<Columns> columns = (List<Columns>) fieldsAndColumns[i + 1];
      if (declared.put((DouField) fieldsAndColumns[i], columns) != null) {
        throw new IllegalArgumentException("field declared twice: " + fieldsAndColumns[i]);
      }
    }
    return declared;
  }
}
