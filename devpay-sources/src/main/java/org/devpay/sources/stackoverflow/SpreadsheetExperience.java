package org.devpay.sources.stackoverflow;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the experience answers of Stack Overflow 2011 to 2014, which a spreadsheet program
 * mangled before the files were published, so that experience is a control for those years too.
 *
 * <p>The question "How many years of IT/Programming experience do you have?" offered "&lt;2",
 * "2-5", "6-10" and "11+". In the published files "2-5" and "6-10" became dates, written as the
 * program's day serial ("41310" and "41435" in 2011, "40944" and "41070" in 2012: 5 February and 10
 * June of the year the file was saved) or as a date ("2/5/2014", "6/10/2014"), and "11+" became
 * "11". The rule:
 *
 * <ul>
 *   <li>a day serial (five digits, days after 1899-12-30) or a date M/D/YYYY whose month is below
 *       its day is the bin "M-D years" (2-5, 6-10);
 *   <li>"11", the only number the options can leave, is the open top bin "11+ years";
 *   <li>"&lt;2" is the bin 0 to 2, "0-2 years" (its midpoint, 1, as "Less than 1 year" is 0.5);
 *   <li>anything else is kept as published.
 * </ul>
 */
final class SpreadsheetExperience {
  private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final Pattern SERIAL = Pattern.compile("[1-9][0-9]{4}");
  private static final Pattern DATE = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/[0-9]{4}");
  private static final Pattern BELOW = Pattern.compile("<\\s*([0-9]+)");

  private SpreadsheetExperience() {}

  /** The answer as the questionnaire offered it, in a form the experience parser reads. */
  static String read(String answer) {
    String text = answer.strip();
    if (SERIAL.matcher(text).matches()) {
      LocalDate date = SERIAL_EPOCH.plusDays(Long.parseLong(text));
      return range(date.getMonthValue(), date.getDayOfMonth(), text);
    }
    Matcher date = DATE.matcher(text);
    if (date.matches()) {
      return range(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), text);
    }
    if (text.equals("11")) {
      return "11+ years";
    }
    Matcher below = BELOW.matcher(text);
    if (below.matches()) {
      return "0-" + below.group(1) + " years";
    }
    return text;
  }

  private static String range(int from, int to, String published) {
    return from < to ? from + "-" + to + " years" : published;
  }
}
