package org.devpay.core.analysis.policy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Profession;

/**
 * Who the figures are about, so that pay is compared among people doing the same kind of work: by
 * default developers by profession who work full time. Surveys such as Stack Overflow's also ask
 * students, hobbyists, part-timers and freelancers what they earn; their pay is real but not
 * comparable with a full-time developer's salary. Applied before every other step of an answer, the
 * same way to every dataset, and reported with how many rows it removed.
 *
 * <p>The two tests, each applied only where the dataset says something:
 *
 * <ul>
 *   <li><b>Developer by profession.</b> A record whose {@link PayRecord#profession()} is {@link
 *       Profession#NOT_DEVELOPER} is removed. Adapters set it from the survey's own question (Stack
 *       Overflow 2017 {@code Professional} = "Professional developer"; 2019 onwards {@code
 *       MainBranch} = "I am a developer by profession"). Datasets that do not ask (every
 *       non-Stack-Overflow dataset, Stack Overflow 2016 and 2018) keep every row.
 *   <li><b>Full time.</b> A record whose employment is known and is not {@link
 *       Employment#FULL_TIME} (part time, contractor, self-employed, intern, not employed, other)
 *       is removed. A record whose employment is {@link Employment#UNKNOWN} (not asked, not
 *       answered) is kept: the filter removes only rows known not to be full time.
 * </ul>
 *
 * @param developersByProfessionOnly remove records that say they are not developers by profession
 * @param fullTimeOnly remove records whose employment is known and not full time
 */
public record PopulationFilter(boolean developersByProfessionOnly, boolean fullTimeOnly) {
  /** The default: developers by profession, employed full time. */
  public static final PopulationFilter PROFESSIONAL_FULL_TIME = new PopulationFilter(true, true);

  /** Every row with a usable amount. */
  public static final PopulationFilter ALL = new PopulationFilter(false, false);

  /** Every combination of the two tests, the default first: the bases reconciliation tries. */
  public static List<PopulationFilter> every() {
    return List.of(
        PROFESSIONAL_FULL_TIME,
        new PopulationFilter(true, false),
        new PopulationFilter(false, true),
        ALL);
  }

  /**
   * The filter with this id: "professional" (the default), "all", "profession-only" or
   * "full-time-only".
   *
   * @throws DevpayException USER_INPUT for any other id
   */
  public static PopulationFilter parse(String id) {
    requireNonNull(id, "id is null");
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (PopulationFilter filter : every()) {
      if (filter.id().equals(wanted)) {
        return filter;
      }
    }
    throw new DevpayException(
        ErrorCategory.USER_INPUT,
        "unknown population '"
            + id
            + "': use professional, all, profession-only or full-time-only");
  }

  /** A short stable id for options and JSON. */
  public String id() {
    if (developersByProfessionOnly && fullTimeOnly) {
      return "professional";
    }
    if (developersByProfessionOnly) {
      return "profession-only";
    }
    return fullTimeOnly ? "full-time-only" : "all";
  }

  /** The filter in words, for reports. */
  public String describe() {
    if (developersByProfessionOnly && fullTimeOnly) {
      return "developers by profession employed full time (rows known to be otherwise removed)";
    }
    if (developersByProfessionOnly) {
      return "developers by profession, any employment";
    }
    return fullTimeOnly
        ? "employed full time, whether developers by profession or not"
        : "every respondent with a usable amount";
  }

  /** Whether a record passes the profession test. */
  public static boolean developerByProfession(PayRecord record) {
    return record.profession() != Profession.NOT_DEVELOPER;
  }

  /** Whether a record passes the full-time test. */
  public static boolean fullTimeOrUnknown(PayRecord record) {
    return record.employment() == Employment.FULL_TIME || record.employment() == Employment.UNKNOWN;
  }

  /** Whether one record passes both tests (those the filter applies). */
  public boolean keeps(PayRecord record) {
    return (!developersByProfessionOnly || developerByProfession(record))
        && (!fullTimeOnly || fullTimeOrUnknown(record));
  }

  /**
   * What the filter does with a respondent of this profession and employment: keeps them, or which
   * test (the profession's first) removes them.
   */
  public Outcome outcome(Profession profession, Employment employment) {
    if (developersByProfessionOnly && profession == Profession.NOT_DEVELOPER) {
      return Outcome.NOT_PROFESSIONAL;
    }
    if (fullTimeOnly && employment != Employment.FULL_TIME && employment != Employment.UNKNOWN) {
      return Outcome.NOT_FULL_TIME;
    }
    return Outcome.KEPT;
  }

  /** What the filter does with one respondent. */
  public enum Outcome {
    KEPT,
    NOT_PROFESSIONAL,
    NOT_FULL_TIME
  }

  /** The count of what the filter removed from an edition of {@code rows} rows with pay. */
  public PopulationCount count(int rows, int notProfessional, int notFullTime) {
    return new PopulationCount(id(), describe(), rows, notProfessional, notFullTime);
  }

  /** Applies the filter to one edition's records, counting what each test removed. */
  public Result apply(List<PayRecord> records) {
    List<PayRecord> kept = new ArrayList<>(records.size());
    int notProfessional = 0;
    int notFullTime = 0;
    for (PayRecord record : records) {
      switch (outcome(record.profession(), record.employment())) {
        case NOT_PROFESSIONAL -> notProfessional++;
        case NOT_FULL_TIME -> notFullTime++;
        case KEPT -> kept.add(record);
      }
    }
    return new Result(kept, count(records.size(), notProfessional, notFullTime));
  }

  /**
   * The records a filter kept and what it removed.
   *
   * @param kept the records that pass, in their original order
   * @param count the row counts
   */
  public record Result(List<PayRecord> kept, PopulationCount count) {
    public Result {
      kept = List.copyOf(kept);
      requireNonNull(count, "count is null");
    }
  }
}
