package org.devpay.sources.stackoverflow;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.model.PayScope;

/**
 * The columns and answer labels of one year's Stack Overflow survey file: what {@link
 * StackOverflowSurveyAdapter} needs to read that year, kept as one value per year so the yearly
 * differences sit side by side in {@link StackOverflowSchemas} instead of in branches of code.
 *
 * <p>Only the pay and developer-type columns are needed ({@link #needed()}); every other column may
 * be absent from a file that holds some of the year's columns, and is then not recorded. Where a
 * column was worded differently within a family of years (2011-2014 ask for the country as "What
 * Country or Region do you live in?" or "What Country do you live in?"), a field lists the wordings
 * and the first one the file has is read.
 *
 * @param year the survey year (the edition)
 * @param formatId the format id
 * @param layout how the file's header rows name its columns
 * @param respondent candidate respondent-key columns, first present wins (none: the row number)
 * @param pay how the pay amount is read
 * @param scope base salary or total compensation, as the question asked
 * @param roles the developer-type question
 * @param experience years of (professional) experience, by wording
 * @param experienceAnswers whether the experience answers are as published or spreadsheet-mangled
 * @param employment the employment question, when asked
 * @param profession the "are you a developer by profession" question, when asked
 * @param country the country column, by wording
 * @param industry the industry column, by wording; empty when not asked
 * @param skills the technologies-worked-with columns (languages, databases, platforms, frameworks)
 * @param compensation the respondent's own answer in their currency, when published
 * @param attributes further answers kept as record attributes: key to column
 */
record SurveySchema(
    int year,
    String formatId,
    HeaderLayout layout,
    List<String> respondent,
    Pay pay,
    PayScope scope,
    Roles roles,
    List<String> experience,
    ExperienceAnswers experienceAnswers,
    Optional<Employment> employment,
    Optional<Profession> profession,
    List<String> country,
    List<String> industry,
    Skills skills,
    Optional<Compensation> compensation,
    Map<String, String> attributes) {
  SurveySchema {
    requireNonNull(formatId, "formatId is null");
    requireNonNull(layout, "layout is null");
    respondent = List.copyOf(respondent);
    requireNonNull(pay, "pay is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(roles, "roles is null");
    experience = List.copyOf(experience);
    requireNonNull(experienceAnswers, "experienceAnswers is null");
    requireNonNull(employment, "employment is null");
    requireNonNull(profession, "profession is null");
    country = List.copyOf(country);
    industry = List.copyOf(industry);
    requireNonNull(skills, "skills is null");
    requireNonNull(compensation, "compensation is null");
    attributes = Map.copyOf(attributes);
  }

  /**
   * The columns a file must have to be read as this year's: the pay column and the developer-type
   * column. Everything else is optional.
   */
  List<String> needed() {
    return List.of(pay.column(), roles.column());
  }

  /** The columns whose answers may hold several choices joined by ";" in this year. */
  List<String> multiSelect() {
    List<String> columns = new ArrayList<>();
    if (roles.multiSelect()) {
      columns.add(roles.column());
    }
    employment.filter(Employment::multiSelect).ifPresent(e -> columns.add(e.column()));
    return List.copyOf(columns);
  }

  /** The columns that hold exactly one answer in this year although other years allow several. */
  List<String> singleChoice() {
    List<String> columns = new ArrayList<>();
    if (!roles.multiSelect()) {
      columns.add(roles.column());
    }
    employment.filter(e -> !e.multiSelect()).ifPresent(e -> columns.add(e.column()));
    return List.copyOf(columns);
  }

  /** How a year's header rows name its columns. */
  enum HeaderLayout {
    /** One header row of column names (2016 onwards). */
    COLUMN_ROW,
    /**
     * 2011 to 2014: a row of questions, each written once over the columns of its multi-select
     * group (the cells after it empty, or "Unnamed: N" after a pandas round trip), then a row of
     * options ("Response" under a single-answer question). A column's name is its question, and for
     * an option column ": " and the option.
     */
    QUESTION_AND_OPTION_ROWS,
    /**
     * 2015: a row of question groups ("Select all that apply") over the row of column names; a copy
     * saved without the group row (as {@code pandas.read_csv(skiprows=1)} users write it) has the
     * column names alone.
     */
    GROUP_AND_COLUMN_ROWS
  }

  /** How the experience answers are written. */
  enum ExperienceAnswers {
    /** As the questionnaire offered them ("2 - 5 years", "11+ years", "7"). */
    AS_PUBLISHED,
    /**
     * 2011 to 2014: the bins "2-5" and "6-10" were turned into dates by the spreadsheet program the
     * files went through ("41310", "2/5/2014") and "11+" into "11"; {@link SpreadsheetExperience}
     * reads them back.
     */
    SPREADSHEET_BINS
  }

  /**
   * The pay amount: the column devpay reads and how.
   *
   * @param column the pay column: a yearly USD amount, or the bin label ("$40,000 - $60,000")
   * @param binned whether the column holds bins rather than amounts
   * @param midpoint for binned pay, the column where Stack Overflow published each bin's midpoint
   *     (2015, 2016); without one the amount is {@link SalaryBin#midpoint}'s
   */
  record Pay(String column, boolean binned, Optional<String> midpoint) {
    Pay {
      requireNonNull(column, "column is null");
      requireNonNull(midpoint, "midpoint is null");
      if (!binned && midpoint.isPresent()) {
        throw new IllegalArgumentException("a midpoint column belongs to binned pay");
      }
    }

    /** A yearly USD amount in one column. */
    static Pay usdYearly(String column) {
      return new Pay(column, false, Optional.empty());
    }

    /** USD bins in one column, with the published midpoints in another when there is one. */
    static Pay bins(String column, Optional<String> midpoint) {
      return new Pay(column, true, midpoint);
    }
  }

  /**
   * The developer-type question.
   *
   * @param column the column
   * @param multiSelect whether respondents could pick several types (then ";"-separated)
   * @param webSide for 2017, the {@code WebDeveloperType} column refining "Web developer"
   * @param backEnd this year's back-end label ("" when the year had none)
   * @param frontEnd this year's front-end label ("" when the year had none)
   * @param fullStack this year's full-stack label ("" when the year had none)
   */
  record Roles(
      String column,
      boolean multiSelect,
      Optional<String> webSide,
      String backEnd,
      String frontEnd,
      String fullStack) {
    Roles {
      requireNonNull(column, "column is null");
      requireNonNull(webSide, "webSide is null");
      requireNonNull(backEnd, "backEnd is null");
      requireNonNull(frontEnd, "frontEnd is null");
      requireNonNull(fullStack, "fullStack is null");
    }

    /** A single-choice question: the answer is the role label as published. */
    static Roles singleChoice(String column, String backEnd, String frontEnd, String fullStack) {
      return new Roles(column, false, Optional.empty(), backEnd, frontEnd, fullStack);
    }
  }

  /**
   * The employment question.
   *
   * @param column the column
   * @param multiSelect whether respondents could pick several statuses (2022 to 2024)
   */
  record Employment(String column, boolean multiSelect) {
    Employment {
      requireNonNull(column, "column is null");
    }
  }

  /**
   * The question telling developers by profession from students, hobbyists and others.
   *
   * @param column the column ({@code Professional} in 2017, {@code MainBranch} from 2019)
   * @param professional the answer of a developer by profession
   */
  record Profession(String column, String professional) {
    Profession {
      requireNonNull(column, "column is null");
      requireNonNull(professional, "professional is null");
    }
  }

  /**
   * The technologies a respondent works with.
   *
   * @param lists columns holding the technologies as one ";"-separated answer (2016 onwards)
   * @param optionGroups questions whose options are spread over one column each (2011 to 2015:
   *     columns named "question: option", a cell holding the option when chosen); the skill is the
   *     option's name, free-text and "None" options excepted
   */
  record Skills(List<String> lists, List<String> optionGroups) {
    Skills {
      lists = List.copyOf(lists);
      optionGroups = List.copyOf(optionGroups);
    }

    static Skills lists(List<String> columns) {
      return new Skills(columns, List.of());
    }

    static Skills optionGroups(List<String> questions) {
      return new Skills(List.of(), questions);
    }
  }

  /**
   * The respondent's own pay answer, before Stack Overflow converted it to yearly USD.
   *
   * @param amount the amount column ({@code Salary} in 2018, {@code CompTotal} from 2019)
   * @param frequency the weekly/monthly/yearly column; empty from 2023, when only yearly pay was
   *     asked
   * @param currency the column whose answer starts with the ISO 4217 code ({@code CurrencySymbol}
   *     "EUR" in 2018 to 2020; {@code Currency} "EUR European Euro" from 2021)
   */
  record Compensation(String amount, Optional<String> frequency, String currency) {
    Compensation {
      requireNonNull(amount, "amount is null");
      requireNonNull(frequency, "frequency is null");
      requireNonNull(currency, "currency is null");
    }
  }
}
