package org.devpay.sources.dou;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the month of DOU's submission timestamps, so that a wave file whose name does not say its
 * wave still gets one (see {@link DouWave}). The waves write them in several ways: "21/12/2015
 * 10:02:05" (Google Forms, day first), "2019/12/03 11:30:54 AM GMT+2", "2025-05-26 06:52:09"; only
 * the date part is read.
 *
 * <ul>
 *   <li>Year first ("2019/12/03", "2025-05-26", "2025.05.26"): year, month, day.
 *   <li>Year last ("21/12/2015", "03.12.2019", "12/3/2019"): day first, as DOU's Ukrainian and
 *       Russian forms write it, unless no date of the sample has a first part above 12 and some has
 *       a second part above 12, which only a month-first (US) export writes.
 *   <li>Anything else, or a year outside {@value DouWave#FIRST_YEAR} to the current year, is not a
 *       timestamp and is ignored.
 * </ul>
 */
final class SubmissionTimes {
  /** How many data rows from the top of the file are looked at. */
  static final int SAMPLE_ROWS = 100;

  private static final Pattern YEAR_FIRST =
      Pattern.compile("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  private static final Pattern YEAR_LAST =
      Pattern.compile("^\\s*(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?!\\d)");

  private SubmissionTimes() {}

  /**
   * The wave of the median submission month of the timestamps (the lower median of an even count),
   * or empty when none of them is a date.
   */
  static Optional<DouWave> wave(List<String> timestamps, int latestYear) {
    List<YearMonth> months = months(timestamps, latestYear);
    if (months.isEmpty()) {
      return Optional.empty();
    }
    months.sort(null);
    return Optional.of(DouWave.ofSubmissionMonth(months.get((months.size() - 1) / 2)));
  }

  /** The months of the timestamps that are dates, in their order. */
  static List<YearMonth> months(List<String> timestamps, int latestYear) {
    boolean monthFirst = monthFirst(timestamps);
    List<YearMonth> months = new ArrayList<>();
    for (String text : timestamps) {
      int year;
      int month;
      Matcher m = YEAR_FIRST.matcher(text);
      if (m.find()) {
        year = Integer.parseInt(m.group(1));
        month = Integer.parseInt(m.group(2));
      } else {
        m = YEAR_LAST.matcher(text);
        if (!m.find()) {
          continue;
        }
        year = Integer.parseInt(m.group(3));
        month = Integer.parseInt(monthFirst ? m.group(1) : m.group(2));
      }
      if (year >= DouWave.FIRST_YEAR && year <= latestYear && month >= 1 && month <= 12) {
        months.add(YearMonth.of(year, month));
      }
    }
    return months;
  }

  /** Whether year-last dates of this sample are written month first (see the class comment). */
  private static boolean monthFirst(List<String> timestamps) {
    boolean firstAbove12 = false;
    boolean secondAbove12 = false;
    for (String text : timestamps) {
      Matcher m = YEAR_LAST.matcher(text);
      if (m.find()) {
        firstAbove12 |= Integer.parseInt(m.group(1)) > 12;
        secondAbove12 |= Integer.parseInt(m.group(2)) > 12;
      }
    }
    return !firstAbove12 && secondAbove12;
  }
}
