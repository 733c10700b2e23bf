package org.devpay.sources.stackoverflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.model.PayScope;
import org.devpay.sources.stackoverflow.SurveySchema.Compensation;
import org.devpay.sources.stackoverflow.SurveySchema.Employment;
import org.devpay.sources.stackoverflow.SurveySchema.Pay;
import org.devpay.sources.stackoverflow.SurveySchema.Profession;
import org.devpay.sources.stackoverflow.SurveySchema.Roles;

/**
 * Every yearly schema of the Stack Overflow Developer Survey that devpay reads, 2016 to 2025, in
 * the survey's own column names (the official {@code survey_results_public.csv} of each year, as
 * listed in its {@code survey_results_schema.csv}).
 *
 * <p><b>Which pay column, and why.</b> devpay reads the amount Stack Overflow itself converted to
 * yearly US dollars, because it covers every currency respondents used (devpay's own rate table has
 * about 40), it is what Stack Overflow's published medians are computed from (so reconciliation
 * compares like with like), and pandas on the raw file reproduces every figure:
 *
 * <table>
 *   <caption>Pay per year</caption>
 *   <tr><th>year</th><th>column</th><th>what it is</th><th>scope</th></tr>
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
 * <p><b>Developer type</b>: single-choice {@code occupation} in 2016; multi-select {@code
 * DeveloperType} refined by {@code WebDeveloperType} in 2017; multi-select {@code DevType} 2018 to
 * 2022; single-choice {@code DevType} from 2023. Multi-select years go through {@link PrimaryRole}.
 *
 * <p><b>Experience</b>: {@code experience_range} (2016), {@code YearsCodedJob} (2017), {@code
 * YearsCodingProf} (2018), {@code YearsCodePro} (2019 to 2024, with "Less than 1 year" and "More
 * than 50 years"), and {@code WorkExp} in 2025, which dropped {@code YearsCodePro}: years of
 * professional work, the nearest measure.
 *
 * <p><b>Recognition</b>: each year is told apart by columns only it has ({@code signature}) and
 * columns it lacks ({@code absent}), so no header is claimed by two years.
 */
final class StackOverflowSchemas {
  /** The answer of a developer by profession to {@code MainBranch}, 2019 to 2025. */
  static final String DEVELOPER_BY_PROFESSION = "I am a developer by profession";

  private static final Roles DEV_TYPE_2019 =
      new Roles(
          "DevType",
          true,
          Optional.empty(),
          "Developer, back-end",
          "Developer, front-end",
          "Developer, full-stack");
  private static final Roles DEV_TYPE_2023 =
      new Roles(
          "DevType",
          false,
          Optional.empty(),
          "Developer, back-end",
          "Developer, front-end",
          "Developer, full-stack");
  private static final Optional<Profession> MAIN_BRANCH =
      Optional.of(new Profession("MainBranch", DEVELOPER_BY_PROFESSION));
  private static final List<String> SKILLS_2021 =
      List.of(
          "LanguageHaveWorkedWith",
          "DatabaseHaveWorkedWith",
          "PlatformHaveWorkedWith",
          "WebframeHaveWorkedWith");

  private StackOverflowSchemas() {}

  /** Every supported year, oldest first. */
  static List<SurveySchema> all() {
    return List.of(
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
   * 2016, as the stacksurveyr R package publishes it ({@code respondent_id}, missing answers empty)
   * or as the official CSV does (the same columns, an unnamed first column for the respondent).
   */
  static SurveySchema year2016() {
    return new SurveySchema(
        2016,
        "so-survey/2016-stacksurveyr",
        List.of("salary_range", "salary_midpoint", "occupation", "tech_do"),
        List.of(),
        List.of("respondent_id", ""),
        new Pay("salary_midpoint", Optional.of("salary_range")),
        PayScope.TOTAL,
        new Roles(
            "occupation",
            false,
            Optional.empty(),
            "Back-end web developer",
            "Front-end web developer",
            "Full-stack web developer"),
        "experience_range",
        new Employment("employment_status", false),
        Optional.empty(),
        "country",
        Optional.of("industry"),
        List.of("tech_do"),
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
        List.of("Respondent", "DeveloperType", "WebDeveloperType", "HaveWorkedLanguage", "Salary"),
        List.of(),
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
        "YearsCodedJob",
        new Employment("EmploymentStatus", false),
        Optional.of(new Profession("Professional", "Professional developer")),
        "Country",
        Optional.empty(),
        List.of(
            "HaveWorkedLanguage",
            "HaveWorkedFramework",
            "HaveWorkedDatabase",
            "HaveWorkedPlatform"),
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
        List.of("Respondent", "DevType", "YearsCodingProf", "ConvertedSalary", "SalaryType"),
        List.of(),
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
        "YearsCodingProf",
        new Employment("Employment", false),
        Optional.empty(),
        "Country",
        Optional.empty(),
        List.of(
            "LanguageWorkedWith",
            "DatabaseWorkedWith",
            "PlatformWorkedWith",
            "FrameworkWorkedWith"),
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
        List.of("Respondent", "MainBranch", "ConvertedComp", "CompFreq", frameworks),
        List.of(),
        List.of("Respondent"),
        Pay.usdYearly("ConvertedComp"),
        PayScope.TOTAL,
        DEV_TYPE_2019,
        "YearsCodePro",
        new Employment("Employment", false),
        MAIN_BRANCH,
        "Country",
        Optional.empty(),
        List.of("LanguageWorkedWith", "DatabaseWorkedWith", "PlatformWorkedWith", frameworks),
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
        List.of("ResponseId", "MainBranch", "ConvertedCompYearly", "CompFreq"),
        List.of("RemoteWork"),
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
        List.of("ResponseId", "MainBranch", "ConvertedCompYearly", "CompFreq", "RemoteWork"),
        List.of(),
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
      int year,
      List<String> signature,
      List<String> absent,
      boolean employmentMultiSelect,
      Map<String, String> attributes) {
    return new SurveySchema(
        year,
        "so-survey/" + year,
        signature,
        absent,
        List.of("ResponseId"),
        Pay.usdYearly("ConvertedCompYearly"),
        PayScope.TOTAL,
        DEV_TYPE_2019,
        "YearsCodePro",
        new Employment("Employment", employmentMultiSelect),
        MAIN_BRANCH,
        "Country",
        Optional.empty(),
        SKILLS_2021,
        Optional.of(new Compensation("CompTotal", Optional.of("CompFreq"), "Currency")),
        attributes);
  }

  /** 2023: {@code DevType} single-choice, {@code Industry} appears, pay asked yearly only. */
  static SurveySchema year2023() {
    return singleDevType(
        2023,
        List.of("ResponseId", "MainBranch", "ConvertedCompYearly", "Industry", "YearsCodePro"),
        List.of("CompFreq", "JobSat"),
        "YearsCodePro",
        true,
        Map.of());
  }

  /** 2024: as 2023, with {@code JobSat}. */
  static SurveySchema year2024() {
    return singleDevType(
        2024,
        List.of(
            "ResponseId",
            "MainBranch",
            "ConvertedCompYearly",
            "Industry",
            "YearsCodePro",
            "JobSat"),
        List.of("CompFreq"),
        "YearsCodePro",
        true,
        Map.of());
  }

  /**
   * 2025: no {@code YearsCodePro} ({@code WorkExp} instead); {@code Employment} single-choice with
   * "Employed" (no hours) and {@code EmploymentAddl} for additional activities.
   */
  static SurveySchema year2025() {
    return singleDevType(
        2025,
        List.of(
            "ResponseId",
            "MainBranch",
            "ConvertedCompYearly",
            "Industry",
            "WorkExp",
            "EmploymentAddl"),
        List.of("CompFreq", "YearsCodePro"),
        "WorkExp",
        false,
        Map.of("ic_or_pm", "ICorPM", "employment_additional", "EmploymentAddl"));
  }

  private static SurveySchema singleDevType(
      int year,
      List<String> signature,
      List<String> absent,
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
        signature,
        absent,
        List.of("ResponseId"),
        Pay.usdYearly("ConvertedCompYearly"),
        PayScope.TOTAL,
        DEV_TYPE_2023,
        experience,
        new Employment("Employment", employmentMultiSelect),
        MAIN_BRANCH,
        "Country",
        Optional.of("Industry"),
        SKILLS_2021,
        Optional.of(new Compensation("CompTotal", Optional.empty(), "Currency")),
        attributes);
  }
}
