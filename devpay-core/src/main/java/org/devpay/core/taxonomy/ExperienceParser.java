package org.devpay.core.taxonomy;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads years of experience as surveys publish them ("5", "1,5", "Less than a year", "6 - 10
 * years", "11+ years", "20 or more years", and DOU's Russian and Ukrainian "10 и более лет", "від 4
 * до 6 років", "Менше 3 місяців", "Півроку") into a number of years, so experience can be a control
 * in every analysis. Parsing, not a taxonomy: the published forms are few and regular.
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>Russian and Ukrainian forms are read as their English equivalents: year words ("рік",
 *       "роки", "років", "год", "года", "лет") and month words ("місяць", "місяці", "месяцев", ...)
 *       as units; "від A до B" / "от A до B" as "A to B"; "N і більше" / "N и более" as "N or
 *       more"; "понад N" / "более N" / "больше N" / "свыше N" as "more than N"; "менше N" / "меньше
 *       N" / "менше як N" as "less than N"; "до року" / "менше року" / "меньше года" as less than a
 *       year; "півроку" / "полгода" as 0.5 and "півтора" / "полтора" as 1.5 years.
 *   <li>"N months" is N / 12 years; "less than N months" the midpoint N / 24 ("less than 3 months"
 *       = 0.125).
 *   <li>A bin "a to b years" or "a - b years" becomes its midpoint (a + b) / 2, as Stack Overflow
 *       2016 does in its own {@code experience_midpoint} column ("1 - 2 years" = 1.5).
 *   <li>"Less than 1 year" / "Less than a year" becomes 0.5 (the midpoint of [0, 1)).
 *   <li>An open top bin "N+ years", "N or more years" or "More than N years" becomes N + 2: Stack
 *       Overflow 2016 publishes 13 for "11+ years", and the same offset is applied to every open
 *       top bin so the rule is one rule.
 *   <li>A decimal comma is a decimal point ("1,5" = 1.5); "10.000", as a German-style spreadsheet
 *       writes 10, is 10.
 *   <li>Anything else, a negative number, or more than {@value #MAXIMUM_YEARS} years is empty:
 *       never a guess.
 * </ul>
 */
public final class ExperienceParser {
  /** Above this many years an answer is taken as a typo (an age or a year), not as experience. */
  public static final double MAXIMUM_YEARS = 60;

  private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
  private static final Pattern PLAIN = Pattern.compile(NUMBER + "(?:\\s*(?:years?|yrs?|y))?");
  private static final Pattern RANGE =
      Pattern.compile(NUMBER + "\\s*(?:-|–|to)\\s*" + NUMBER + "(?:\\s*years?)?");
  private static final Pattern OPEN_TOP =
      Pattern.compile(
          "(?:"
              + NUMBER
              + "\\s*\\+|"
              + NUMBER
              + "\\s+or\\s+more|more\\s+than\\s+"
              + NUMBER
              + ")"
              + "(?:\\s*years?)?");
  private static final Pattern LESS_THAN_ONE =
      Pattern.compile("less\\s+than\\s+(?:1|one|a)\\s+year");
  private static final Pattern MONTHS = Pattern.compile(NUMBER + "\\s*months?");
  private static final Pattern LESS_THAN_MONTHS =
      Pattern.compile("less\\s+than\\s+" + NUMBER + "\\s*months?");

  /**
   * Russian and Ukrainian wording rewritten into the English forms above, in this order (each a
   * pattern and its replacement); see the class comment.
   */
  private static final String[][] TRANSLATION_TEXTS = {
    {"^(?:півроку|пів року|полгода|пол года|half a year)$", "0.5"},
    {"^(?:півтора|полтора)\\s+(?:роки|року|рік|года|год|лет)$", "1.5"},
    {
      "^(?:до|менше|меньше)(?:\\s+(?:як|чем))?\\s+(?:1\\s+|одного\\s+)?(?:року|года|year)$",
      "less than a year"
    },
    {"\\s*(?:рік|роки|років|року|год|года|лет)$", " years"},
    {"\\s*(?:місяць|місяці|місяців|міс|месяц|месяца|месяцев|мес)\\.?$", " months"},
    {"^(?:від|от)\\s+(\\d+(?:[.,]\\d+)?)\\s+до\\s+", "$1 to "},
    {"^(\\d+(?:[.,]\\d+)?)\\s+(?:і|и|або|или)\\s+(?:більше|более|больше)", "$1 or more"},
    {"^(?:понад|більше|более|больше|свыше)\\s+", "more than "},
    {"^(?:менше|меньше)(?:\\s+(?:як|чем))?\\s+(?=\\d)", "less than "},
  };

  /** {@link #TRANSLATION_TEXTS}' patterns, compiled once ({@code String.replaceAll}'s own way). */
  private static final List<Pattern> TRANSLATIONS =
      Arrays.stream(TRANSLATION_TEXTS).map(t -> Pattern.compile(t[0])).toList();

  /** Parses per distinct answer: a survey's experience column repeats a few dozen answers. */
  private static final Memo<String, OptionalDouble> PARSED =
      new Memo<>(Memo.DEFAULT_CAPACITY, ExperienceParser::parseUncached);

  private ExperienceParser() {}

  /** Years of experience in {@code text}, or empty when it states none that can be trusted. */
  public static OptionalDouble parse(String text) {
    requireNonNull(text, "text is null");
    return PARSED.get(text, text.length());
  }

  private static OptionalDouble parseUncached(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return OptionalDouble.empty();
    }
    for (int i = 0; i < TRANSLATIONS.size(); i++) {
      t = TRANSLATIONS.get(i).matcher(t).replaceAll(TRANSLATION_TEXTS[i][1]);
    }
    if (LESS_THAN_ONE.matcher(t).matches()) {
      return OptionalDouble.of(0.5);
    }
    Matcher months = MONTHS.matcher(t);
    if (months.matches()) {
      return plausible(number(months.group(1)) / 12);
    }
    months = LESS_THAN_MONTHS.matcher(t);
    if (months.matches()) {
      return plausible(number(months.group(1)) / 24);
    }
    Matcher m = PLAIN.matcher(t);
    if (m.matches()) {
      return plausible(number(m.group(1)));
    }
    m = RANGE.matcher(t);
    if (m.matches()) {
      double low = number(m.group(1));
      double high = number(m.group(2));
      return high >= low ? plausible((low + high) / 2) : OptionalDouble.empty();
    }
    m = OPEN_TOP.matcher(t);
    if (m.matches()) {
      String bound = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      return plausible(number(bound) + 2);
    }
    return OptionalDouble.empty();
  }

  private static double number(String digits) {
    // "10.000" (three zero decimals) is how a German-style export writes the integer 10.
    return Double.parseDouble(digits.replace(',', '.'));
  }

  private static OptionalDouble plausible(double years) {
    return years >= 0 && years <= MAXIMUM_YEARS ? OptionalDouble.of(years) : OptionalDouble.empty();
  }
}
