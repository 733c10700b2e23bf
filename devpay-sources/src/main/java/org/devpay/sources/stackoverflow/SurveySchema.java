package org.devpay.sources.stackoverflow;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.devpay.core.model.PayScope;

/**
 * The columns and answer labels of one year's Stack Overflow survey file: what {@link
 * StackOverflowSurveyAdapter} needs to read that year, kept as one value per year so the yearly
 * differences sit side by side in {@link StackOverflowSchemas} instead of in branches of code.
 *
 * @param year the survey year (the edition)
 * @param formatId the format id
 * @param signature columns that must all be present for a header to be this year's
 * @param absent columns whose presence means the header is another year's
 * @param respondent candidate respondent-key columns, first present wins (none: the row number)
 * @param pay how the pay amount is read
 * @param scope base salary or total compensation, as the question asked
 * @param roles the developer-type question
 * @param experience years of professional experience
 * @param employment the employment question
 * @param profession the "are you a developer by profession" question, when asked
 * @param country the country column
 * @param industry the industry column, when asked
 * @param skills the technologies-worked-with columns (languages, databases, platforms, frameworks)
 * @param compensation the respondent's own answer in their currency, when published
 * @param attributes further answers kept as record attributes: key to column
 */
record SurveySchema(
    int year,
    String formatId,
    List<String> signature,
    List<String> absent,
    List<String> respondent,
    Pay pay,
    PayScope scope,
    Roles roles,
    String experience,
    Employment employment,
    Optional<Profession> profession,
    String country,
    Optional<String> industry,
    List<String> skills,
    Optional<Compensation> compensation,
    Map<String, String> attributes) {
  SurveySchema {
    requireNonNull(formatId, "formatId is null");
    signature = List.copyOf(signature);
    absent = List.copyOf(absent);
    respondent = List.copyOf(respondent);
    requireNonNull(pay, "pay is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(roles, "roles is null");
    requireNonNull(experience, "experience is null");
    requireNonNull(employment, "employment is null");
    requireNonNull(profession, "profession is null");
    requireNonNull(country, "country is null");
    requireNonNull(industry, "industry is null");
    skills = List.copyOf(skills);
    requireNonNull(compensation, "compensation is null");
    attributes = Map.copyOf(attributes);
  }

  /**
   * The pay amount: the column devpay reads and how.
   *
   * @param column the pay column
   * @param binRange for binned pay, the column holding the bin label (2016's {@code salary_range});
   *     the amount column then holds the bin's midpoint
   */
  record Pay(String column, Optional<String> binRange) {
    Pay {
      requireNonNull(column, "column is null");
      requireNonNull(binRange, "binRange is null");
    }

    /** A yearly USD amount in one column. */
    static Pay usdYearly(String column) {
      return new Pay(column, Optional.empty());
    }
  }

  /**
   * The developer-type question.
   *
   * @param column the column
   * @param multiSelect whether respondents could pick several types (then ";"-separated)
   * @param webSide for 2017, the {@code WebDeveloperType} column refining "Web developer"
   * @param backEnd this year's back-end label
   * @param frontEnd this year's front-end label
   * @param fullStack this year's full-stack label
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
