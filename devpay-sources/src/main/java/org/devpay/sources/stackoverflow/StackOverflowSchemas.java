package org.devpay.sources.stackoverflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.model.PayScope;
import org.devpay.sources.stackoverflow.SurveySchema.Compensation;
import org.devpay.sources.stackoverflow.SurveySchema.Employment;
import org.devpay.sources.stackoverflow.SurveySchema.ExperienceAnswers;
import org.devpay.sources.stackoverflow.SurveySchema.HeaderLayout;
import org.devpay.sources.stackoverflow.SurveySchema.Pay;
import org.devpay.sources.stackoverflow.SurveySchema.Profession;
import org.devpay.sources.stackoverflow.SurveySchema.Roles;
import org.devpay.sources.stackoverflow.SurveySchema.Skills;

/**
 * Every yearly schema of the Stack Overflow Developer Survey that devpay reads, 2011 to 2025, in
 * the survey's own column names (the official results file of each year; from 2016 the {@code
 * survey_results_public.csv} listed in its {@code survey_results_schema.csv}). Each year's full
 * column list is in {@code columns/so-survey-YEAR.txt} ({@link StackOverflowColumns}).
 *
 * <p><b>Which pay column, and why.</b> devpay reads the amount Stack Overflow itself converted to
 * yearly US dollars, because it covers every currency respondents used (devpay's own rate table has
 * about 40), it is what Stack Overflow's published medians are computed from (so reconciliation
 * compares like with like), and pandas on the raw file reproduces every figure. Until 2016 the
 * survey asked for pay in USD bins:
 *
 * <table>
 *   <caption>Pay per year</caption>
 *   <tr><th>year</th><th>column</th><th>what it is</th><th>scope</th></tr>
 *   <tr><td>2011 to 2014</td><td>"Including bonus, what is your annual compensation in
 *       USD?"</td><td>$20k bins ("&lt;$20,000", "$20,000 - $40,000", … "&gt;$140,000"), kept as
 *       bins; the amount is the bin's midpoint by {@link SalaryBin#midpoint}</td><td>total
 *       ("including bonus")</td></tr>
 *   <tr><td>2015</td><td>{@code Compensation}</td><td>$20k bins ("Less than $20,000" … "More
 *       than $160,000"), kept as bins; the amount is the published {@code Compensation:
 *       midpoint}</td><td>total (as 2011-2014 and 2016; the file does not repeat the
 *       question)</td></tr>
 *   <tr><td>2016</td><td>{@code salary_midpoint}</td><td>midpoint of the $10k bin in
 *       {@code salary_range}, kept as the bin</td><td>total (the question says "including
 *       bonus")</td></tr>
 *   <tr><td>2017</td><td>{@code Salary}</td><td>yearly base salary, already in USD</td>
 *       <td>base</td></tr>
 *   <tr><td>2018</td><td>{@code ConvertedSalary}</td><td>{@code Salary} per {@code SalaryType}
 *       in {@code CurrencySymbol}, converted at the 2018-01-18 rate</td><td>base ("gross
 *       salary")</td></tr>
 *   <tr><td>2019, 2020</td><td>{@code ConvertedComp}</td><td>{@code CompTotal} per {@code
 *       CompFreq} in {@code CurrencySymbol}, converted (2019-02-01, 2020-02-19)</td>
 *       <td>total compensation</td></tr>
 *   <tr><td>2021 to 2025</td><td>{@code ConvertedCompYearly}</td><td>{@code CompTotal} (per
 *       {@code CompFreq} until 2022; yearly only from 2023) in {@code Currency}, converted</td>
 *       <td>total compensation</td></tr>
 * </table>
 *
 * <p>Stack Overflow annualises a weekly answer over 50 working weeks and a monthly one over 12
 * months. The respondent's own answer ({@code Salary}/{@code CompTotal}, its frequency and
 * currency, 2018 onwards) is kept beside the USD figure, annualised by the same rule ({@link
 * CompensationAnswer}).
 *
 * <p><b>Developer type</b>: single-choice "Which of the following best describes your occupation?"
 * in 2011 to 2014 ({@code Occupation} in 2015, {@code occupation} in 2016); multi-select {@code
 * DeveloperType} refined by {@code WebDeveloperType} in 2017; multi-select {@code DevType} 2018 to
 * 2022; single-choice {@code DevType} from 2023. Multi-select years go through {@link PrimaryRole}.
 *
 * <p><b>Experience</b>: "How many years of IT/Programming experience do you have?" (2011 to 2014,
 * spreadsheet-mangled: {@link SpreadsheetExperience}), {@code Years IT / Programming Experience}
 * (2015), {@code experience_range} (2016), {@code YearsCodedJob} (2017), {@code YearsCodingProf}
 * (2018), {@code YearsCodePro} (2019 to 2024, with "Less than 1 year" and "More than 50 years"),
 * and {@code WorkExp} in 2025, which dropped {@code YearsCodePro}: years of professional work, the
 * nearest measure.
 *
 * <p><b>Recognition</b> ({@link StackOverflowYears}): a file is a year's when it has the year's pay
 * and developer-type columns and no column that only other years have.
 *
 * <p>Over 500 lines on purpose: it is one table, every survey year's columns and rules side by
 * side, so that a year's differences from its neighbours can be read in one place.
 */
final class StackOverflowSchemas {
  /** The answer of a developer by profession to {@code MainBranch}, 2019 to 2025. */
  static final String DEVELOPER_BY_PROFESSION = "I am a developer by profession";

  /** 2011 to 2014's pay question, a column of its own (second header row "Response"). */
  static final String COMPENSATION_2011 =
      "Including bonus, what is your annual compensation in USD?";

  /** 2011 to 2014's developer-type question. */
  static final String OCCUPATION_2011 = "Which of the following best describes your occupation?";

  private static final String COUNTRY_OR_REGION = "What Country or Region do you live in?";
  private static final String COUNTRY_2014 = "What Country do you live in?";
  private static final String EXPERIENCE_2011 =
      "How many years of IT/Programming experience do you have?";
  private static final String INDUSTRY_2011 =
      "How would you best describe the industry you work in?";
  private static final String INDUSTRY_2012 =
      "How would you best describe the industry you currently work in?";
  private static final String LANGUAGES_2011 = "Which languages are you proficient in?";
  private static final String LANGUAGES_2013 =
      "Which of the following languages or technologies have you used significantly in the past"
          + " year?";

  private static final Roles DEV_TYPE_2019 =
      new Roles(
          "DevType",
          true,
          Optional.empty(),
          "Developer, back-end",
          "Developer, front-end",
          "Developer, full-stack");
  private static final Roles DEV_TYPE_2023 =
      Roles.singleChoice(
          "DevType", "Developer, back-end", "Developer, front-end", "Developer, full-stack");
  private static final Optional<Profession> MAIN_BRANCH =
      Optional.of(new Profession("MainBranch", DEVELOPER_BY_PROFESSION));
  private static final Skills SKILLS_2021 =
      Skills.lists(
          List.of(
              "LanguageHaveWorkedWith",
              "DatabaseHaveWorkedWith",
              "PlatformHaveWorkedWith",
              "WebframeHaveWorkedWith"));

  private StackOverflowSchemas() {}

  /** Every supported year, oldest first. */
  static List<SurveySchema> all() {
    return List.of(
        year2011(),
        year2012(),
        year2013(),
        year2014(),
        year2015(),
        year2016(),
        year2017(),
        year2018(),
        year2019(),
        year2020(),
        year2021(),
        year2022(),
        year2023(),
        year2024(),
        year2025());
  }

  /**
   * 2011: 2,813 respondents, 65 columns under two header rows; no employment question, pay in $20k
   * bins, the country question also offers regions ("Other Europe").
   */
  static SurveySchema year2011() {
    return questionRows(
        2011,
        List.of(COUNTRY_OR_REGION),
        List.of(INDUSTRY_2011),
        List.of(LANGUAGES_2011),
        Roles.singleChoice(OCCUPATION_2011, "", "", ""),
        Map.of(
            "age",
            "How old are you?",
            "company_size",
            "Which best describes the size of your company?"));
  }

  /** 2012: as 2011, the industry question says "currently"; Stack Overflow Careers questions. */
  static SurveySchema year2012() {
    return questionRows(
        2012,
        List.of(COUNTRY_OR_REGION),
        List.of(INDUSTRY_2012),
        List.of(LANGUAGES_2011),
        Roles.singleChoice(OCCUPATION_2011, "", "", ""),
        Map.of(
            "age",
            "How old are you?",
            "company_size",
            "Which best describes the size of your company?"));
  }

  /**
   * 2013: no file is at hand, so devpay does not know its full column list and reads a file of this
   * layout as 2013 only when its name says 2013 (the official one is "2013 Stack Overflow Survey
   * Responses.csv"). Its questions are taken to be worded as in the years around it (the pay,
   * occupation, experience and languages questions, and the country as in 2011-2012 or 2014); its
   * occupation labels are 2014's.
   */
  static SurveySchema year2013() {
    return questionRows(
        2013,
        List.of(COUNTRY_OR_REGION, COUNTRY_2014),
        List.of(INDUSTRY_2012, INDUSTRY_2011),
        List.of(LANGUAGES_2013, LANGUAGES_2011),
        Roles.singleChoice(
            OCCUPATION_2011,
            "Back-End Web Developer",
            "Front-End Web Developer",
            "Full-Stack Web Developer"),
        Map.of("age", "How old are you?"));
  }

  /** 2014: 7,643 respondents, 120 columns; back-end, front-end and full-stack occupations. */
  static SurveySchema year2014() {
    return questionRows(
        2014,
        List.of(COUNTRY_2014),
        List.of(INDUSTRY_2012),
        List.of(LANGUAGES_2013),
        Roles.singleChoice(
            OCCUPATION_2011,
            "Back-End Web Developer",
            "Front-End Web Developer",
            "Full-Stack Web Developer"),
        Map.of(
            "age", "How old are you?",
            "company_size", "How many developers are employed at your company?",
            "remote", "Do you work remotely?"));
  }

  /** 2011 to 2014: question and option rows, pay bins without a published midpoint. */
  private static SurveySchema questionRows(
      int year,
      List<String> country,
      List<String> industry,
      List<String> languages,
      Roles roles,
      Map<String, String> attributes) {
    return new SurveySchema(
        year,
        "so-survey/" + year,
        HeaderLayout.QUESTION_AND_OPTION_ROWS,
        List.of(),
        Pay.bins(COMPENSATION_2011, Optional.empty()),
        PayScope.TOTAL,
        roles,
        List.of(EXPERIENCE_2011),
        ExperienceAnswers.SPREADSHEET_BINS,
        Optional.empty(),
        Optional.empty(),
        country,
        industry,
        Skills.optionGroups(languages),
        Optional.empty(),
        attributes);
  }

  /**
   * 2015: 26,086 respondents, 222 columns named in the second header row; {@code Compensation} in
   * $20k bins with Stack Overflow's midpoint beside it; employment asked.
   */
  static SurveySchema year2015() {
    return new SurveySchema(
        2015,
        "so-survey/2015",
        HeaderLayout.GROUP_AND_COLUMN_ROWS,
        List.of(),
        Pay.bins("Compensation", Optional.of("Compensation: midpoint")),
        PayScope.TOTAL,
        Roles.singleChoice(
            "Occupation",
            "Back-end web developer",
            "Front-end web developer",
            "Full-stack web developer"),
        List.of("Years IT / Programming Experience"),
        ExperienceAnswers.AS_PUBLISHED,
        Optional.of(new Employment("Employment Status", false)),
        Optional.empty(),
        List.of("Country"),
        List.of("Industry"),
        Skills.optionGroups(List.of("Current Lang & Tech")),
        Optional.empty(),
        Map.of("age", "Age", "remote", "Remote Status"));
  }

  /**
   * 2016, as the stacksurveyr R package publishes it ({@code respondent_id}, missing answers empty)
   * or as the official CSV does (the same columns, an unnamed first column for the respondent).
   */
  static SurveySchema year2016() {
    return new SurveySchema(
        2016,
        "so-survey/2016-stacksurveyr",
        HeaderLayout.COLUMN_ROW,
        List.of("respondent_id", ""),
        Pay.bins("salary_range", Optional.of("salary_midpoint")),
        PayScope.TOTAL,
        Roles.singleChoice(
            "occupation",
            "Back-end web developer",
            "Front-end web developer",
            "Full-stack web developer"),
        List.of("experience_range"),
        ExperienceAnswers.AS_PUBLISHED,
        Optional.of(new Employment("employment_status", false)),
        Optional.empty(),
        List.of("country"),
        List.of("industry"),
        Skills.lists(List.of("tech_do")),
        Optional.empty(),
        Map.of(
            "occupation_group", "occupation_group",
            "company_size_range", "company_size_range",
            "so_region", "so_region",
            "age_range", "age_range",
            "remote", "remote"));
  }

  /** 2017: 154 columns; {@code Salary} is already yearly USD base pay. */
  static SurveySchema year2017() {
    return new SurveySchema(
        2017,
        "so-survey/2017",
        HeaderLayout.COLUMN_ROW,
        List.of("Respondent"),
        Pay.usdYearly("Salary"),
        PayScope.BASE,
        new Roles(
            "DeveloperType",
            true,
            Optional.of("WebDeveloperType"),
            "Back-end Web developer",
            "Front-end Web developer",
            "Full stack Web developer"),
        List.of("YearsCodedJob"),
        ExperienceAnswers.AS_PUBLISHED,
        Optional.of(new Employment("EmploymentStatus", false)),
        Optional.of(new Profession("Professional", "Professional developer")),
        List.of("Country"),
        List.of(),
        Skills.lists(
            List.of(
                "HaveWorkedLanguage",
                "HaveWorkedFramework",
                "HaveWorkedDatabase",
                "HaveWorkedPlatform")),
        Optional.empty(),
        Map.of(
            "professional", "Professional",
            "company_size", "CompanySize",
            "company_type", "CompanyType",
            "currency", "Currency",
            "years_program", "YearsProgram",
            "mobile_developer_type", "MobileDeveloperType"));
  }

  /** 2018: no question on being a developer by profession; {@code ConvertedSalary} is base pay. */
  static SurveySchema year2018() {
    return new SurveySchema(
        2018,
        "so-survey/2018",
        HeaderLayout.COLUMN_ROW,
        List.of("Respondent"),
        Pay.usdYearly("ConvertedSalary"),
        PayScope.BASE,
        new Roles(
            "DevType",
            true,
            Optional.empty(),
            "Back-end developer",
            "Front-end developer",
            "Full-stack developer"),
        List.of("YearsCodingProf"),
        ExperienceAnswers.AS_PUBLISHED,
        Optional.of(new Employment("Employment", false)),
        Optional.empty(),
        List.of("Country"),
        List.of(),
        Skills.lists(
            List.of(
                "LanguageWorkedWith",
                "DatabaseWorkedWith",
                "PlatformWorkedWith",
                "FrameworkWorkedWith")),
        Optional.of(new Compensation("Salary", Optional.of("SalaryType"), "CurrencySymbol")),
        Map.of("company_size", "CompanySize", "years_coding", "YearsCoding", "age", "Age"));
  }

  /** 2019: {@code MainBranch} appears; {@code WebFrameWorkedWith} with a capital F. */
  static SurveySchema year2019() {
    return convertedComp(2019, "WebFrameWorkedWith");
  }

  /** 2020: as 2019, with {@code WebframeWorkedWith}. */
  static SurveySchema year2020() {
    return convertedComp(2020, "WebframeWorkedWith");
  }

  private static SurveySchema convertedComp(int year, String frameworks) {
    return new SurveySchema(
        year,
        "so-survey/" + year,
        HeaderLayout.COLUMN_ROW,
        List.of("Respondent"),
        Pay.usdYearly("ConvertedComp"),
        PayScope.TOTAL,
        DEV_TYPE_2019,
        List.of("YearsCodePro"),
        ExperienceAnswers.AS_PUBLISHED,
        Optional.of(new Employment("Employment", false)),
        MAIN_BRANCH,
        List.of("Country"),
        List.of(),
        Skills.lists(
            List.of("LanguageWorkedWith", "DatabaseWorkedWith", "PlatformWorkedWith", frameworks)),
        Optional.of(new Compensation("CompTotal", Optional.of("CompFreq"), "CurrencySymbol")),
        Map.of(
            "main_branch", "MainBranch",
            "org_size", "OrgSize",
            "years_code", "YearsCode",
            "age", "Age",
            "work_week_hours", "WorkWeekHrs"));
  }

  /** 2021: {@code ResponseId}, {@code ConvertedCompYearly}; no {@code RemoteWork} yet. */
  static SurveySchema year2021() {
    return compYearlyByFrequency(
        2021,
        false,
        Map.of(
            "main_branch",
            "MainBranch",
            "org_size",
            "OrgSize",
            "years_code",
            "YearsCode",
            "age",
            "Age"));
  }

  /** 2022: {@code Employment} becomes multi-select; {@code RemoteWork} appears. */
  static SurveySchema year2022() {
    return compYearlyByFrequency(
        2022,
        true,
        Map.of(
            "main_branch", "MainBranch",
            "org_size", "OrgSize",
            "years_code", "YearsCode",
            "remote_work", "RemoteWork",
            "age", "Age"));
  }

  /** 2021 and 2022: multi-select {@code DevType}, pay per {@code CompFreq} in {@code Currency}. */
  private static SurveySchema compYearlyByFrequency(
      int year, boolean employmentMultiSelect, Map<String, String> attributes) {
    return new SurveySchema(
        year,
        "so-survey/" + year,
        HeaderLayout.COLUMN_ROW,
        List.of("ResponseId"),
        Pay.usdYearly("ConvertedCompYearly"),
        PayScope.TOTAL,
        DEV_TYPE_2019,
        List.of("YearsCodePro"),
        ExperienceAnswers.AS_PUBLISHED,
        Optional.of(new Employment("Employment", employmentMultiSelect)),
        MAIN_BRANCH,
        List.of("Country"),
        List.of(),
        SKILLS_2021,
        Optional.of(new Compensation("CompTotal", Optional.of("CompFreq"), "Currency")),
        attributes);
  }

  /** 2023: {@code DevType} single-choice, {@code Industry} appears, pay asked yearly only. */
  static SurveySchema year2023() {
    return singleDevType(2023, "YearsCodePro", true, Map.of());
  }

  /** 2024: as 2023, with {@code JobSat}. */
  static SurveySchema year2024() {
    return singleDevType(2024, "YearsCodePro", true, Map.of());
  }

  /**
   * 2025: no {@code YearsCodePro} ({@code WorkExp} instead); {@code Employment} single-choice with
   * "Employed" (no hours) and {@code EmploymentAddl} for additional activities.
   */
  static SurveySchema year2025() {
    return singleDevType(
        2025,
        "WorkExp",
        false,
        Map.of("ic_or_pm", "ICorPM", "employment_additional", "EmploymentAddl"));
  }

  private static SurveySchema singleDevType(
      int year,
      String experience,
      boolean employmentMultiSelect,
      Map<String, String> moreAttributes) {
    Map<String, String> attributes =
        new HashMap<>(
            Map.of(
                "main_branch", "MainBranch",
                "org_size", "OrgSize",
                "years_code", "YearsCode",
                "remote_work", "RemoteWork",
                "age", "Age"));
    attributes.putAll(moreAttributes);
    return new SurveySchema(
        year,
        "so-survey/" + year,
        HeaderLayout.COLUMN_ROW,
        List.of("ResponseId"),
        Pay.usdYearly("ConvertedCompYearly"),
        PayScope.TOTAL,
        DEV_TYPE_2023,
        List.of(experience),
        ExperienceAnswers.AS_PUBLISHED,
        Optional.of(new Employment("Employment", employmentMultiSelect)),
        MAIN_BRANCH,
        List.of("Country"),
        List.of("Industry"),
        SKILLS_2021,
        Optional.of(new Compensation("CompTotal", Optional.empty(), "Currency")),
        attributes);
  }
}
