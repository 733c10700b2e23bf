package org.devpay.sources.dou;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One wave of DOU's salary survey, so that every wave is its own edition of dataset {@code dou-ua}
 * ("2015-12", "2020-06", "2025-06"), whichever of the survey's column families its file has.
 *
 * <p>The wave comes from the file's name, as DOU names its files ({@code 2015_dec_raw.csv}, {@code
 * 2020_june_mini.csv}), else from the respondents' timestamps (see {@link SubmissionTimes}):
 *
 * <ul>
 *   <li><b>Name</b>: one year from {@value #FIRST_YEAR} to the current year, standing alone (not
 *       part of a longer number), and one month, written as an English month name or abbreviation
 *       ("dec", "june", "Sept"), a Ukrainian or Russian month name in any case ("грудень",
 *       "грудня", "декабрь", "червень", "июнь"), or a number 1 to 12 right after the year
 *       ("2024-12", "2024_06"). The month named is the wave: "2016_may" is edition 2016-05. A name
 *       with no month, or with two different years or months, gives no wave.
 *   <li><b>Timestamps</b>, when the name gives none: the half-year of the median submission month
 *       among the first {@value SubmissionTimes#SAMPLE_ROWS} data rows, labelled as DOU has
 *       labelled its two waves a year since 2017: April to September is June's wave (the June 2025
 *       survey opened on 26 May), October to December is December's, and January to March is the
 *       previous December's (the December 2016 survey took answers until 20 January 2017).
 * </ul>
 */
public record DouWave(int year, int month) {
  /** DOU's first salary surveys were published in 2010; no earlier year names a wave. */
  public static final int FIRST_YEAR = 2010;

  public DouWave {
    if (year < FIRST_YEAR || month < 1 || month > 12) {
      throw new IllegalArgumentException("not a DOU wave: " + year + "-" + month);
    }
  }

  /** The edition label, "YYYY-MM". */
  public String edition() {
    return String.format(Locale.ROOT, "%04d-%02d", year, month);
  }

  /**
   * The wave a submission month belongs to: April to September the year's June wave, October to
   * December its December wave, January to March the previous year's December wave.
   */
  public static DouWave ofSubmissionMonth(YearMonth submitted) {
    int month = submitted.getMonthValue();
    if (month <= 3) {
      return new DouWave(submitted.getYear() - 1, 12);
    }
    return new DouWave(submitted.getYear(), month <= 9 ? 6 : 12);
  }

  /** A year standing alone: not preceded or followed by another digit. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

  /** A month number right after the year and one separator: "2024-12", "2024_06". */
  private static final Pattern YEAR_AND_MONTH_NUMBER =
      Pattern.compile("(?<!\\d)(20\\d\\d)[-_. ](0?[1-9]|1[0-2])(?!\\d)");

  /** Runs of letters, in any script. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * English names and abbreviations (whole words), then Ukrainian and Russian stems (a word
   * starting with one): index + 1 is the month.
   */
  private static final String[][] ENGLISH = {
    {"jan", "january"},
    {"feb", "february"},
    {"mar", "march"},
    {"apr", "april"},
    {"may"},
    {"jun", "june"},
    {"jul", "july"},
    {"aug", "august"},
    {"sep", "sept", "september"},
    {"oct", "october"},
    {"nov", "november"},
    {"dec", "december"}
  };

  private static final String[][] CYRILLIC_STEMS = {
    {"січ", "январ"},
    {"лют", "феврал"},
    {"берез", "март"},
    {"квіт", "апрел"},
    {"трав", "май", "мая"},
    {"черв", "июн"},
    {"лип", "июл"},
    {"серп", "август"},
    {"верес", "сентябр"},
    {"жовт", "октябр"},
    {"листоп", "ноябр"},
    {"груд", "декабр"}
  };

  /**
   * The wave a file name states, or empty when it names no single year from {@value #FIRST_YEAR} to
   * {@code latestYear} and single month.
   */
  public static Optional<DouWave> fromFileName(String fileName, int latestYear) {
    String name = fileName.toLowerCase(Locale.ROOT);
    Optional<Integer> year = single(years(name, latestYear));
    if (year.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<Integer> months = monthNames(name);
    Matcher numbered = YEAR_AND_MONTH_NUMBER.matcher(name);
    while (numbered.find()) {
      if (Integer.parseInt(numbered.group(1)) == year.get()) {
        months.add(Integer.parseInt(numbered.group(2)));
      }
    }
    return single(months).map(month -> new DouWave(year.get(), month));
  }

  /** The year a file name states, when it states one (for messages). */
  static Optional<Integer> yearOfFileName(String fileName, int latestYear) {
    return single(years(fileName.toLowerCase(Locale.ROOT), latestYear));
  }

  private static TreeSet<Integer> years(String name, int latestYear) {
    TreeSet<Integer> years = new TreeSet<>();
    Matcher m = YEAR.matcher(name);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (year >= FIRST_YEAR && year <= latestYear) {
        years.add(year);
      }
    }
    return years;
  }

  private static TreeSet<Integer> monthNames(String name) {
    TreeSet<Integer> months = new TreeSet<>();
    Matcher words = WORD.matcher(name);
    while (words.find()) {
      String word = words.group();
      for (int i = 0; i < 12; i++) {
        for (String english : ENGLISH[i]) {
          if (word.equals(english)) {
            months.add(i + 1);
          }
        }
        for (String stem : CYRILLIC_STEMS[i]) {
          if (word.startsWith(stem)) {
            months.add(i + 1);
          }
        }
      }
    }
    return months;
  }

  private static Optional<Integer> single(TreeSet<Integer> values) {
    return values.size() == 1 ? Optional.of(values.first()) : Optional.empty();
  }
}
