package org.devpay.sources.dou;

import java.util.Optional;

/**
 * The answers DOU's salary surveys ask, whatever a wave calls their columns, so that one record
 * builder reads every column family; a {@link DouFamily} says which columns hold which field.
 * Fields with an attribute key are kept in the record's attributes under that key (the answer as
 * published); the others feed the record's own fields.
 */
enum DouField {
  /** Net monthly pay in USD: the one answer a row cannot do without. */
  PAY(null),
  /** The job title of the 2015-2020 questionnaire ("Senior Software Engineer", "QA engineer"). */
  TITLE("title"),
  /** The seniority level ("Тайтл", 2022's {@code position}): Junior, Middle, Senior, Lead, ... */
  SENIORITY(null),
  /**
   * The main position of the questionnaire since December 2020 ("Manual QA", "DevOps Engineer").
   */
  POSITION("position"),
  /** The specialisation ("Back-end розробка"; before 2020 only QA's: "Manual QA"). */
  SPECIALIZATION("specialization"),
  /** The main programming language or technology. */
  LANGUAGE(null),
  EXPERIENCE(null),
  EMPLOYMENT(null),
  /** The project's or company's domains, several per answer. */
  INDUSTRY(null),
  /** A frequency weight: how many respondents gave this exact row (2022's {@code freq}). */
  WEIGHT(null),
  /** When the answer was submitted: the wave when the file name does not say it. */
  TIMESTAMP("submitted_at"),
  /** The city (of work or residence, as the wave asked it). */
  CITY("city"),
  /** Whether the respondent lives in Ukraine (2025: "В Україні" or abroad, no city). */
  RESIDENCE("residence"),
  /** A per-row currency: its presence means pay is not all USD (the 2011-2014 questionnaires). */
  CURRENCY(null),
  /**
   * The pay question as asked from December 2020 ("у $$$ за місяць"): it marks the specialisation
   * questionnaire, and no answer is read from it beyond {@link #PAY}.
   */
  USD_PAY_QUESTION(null),
  BONUS("monthly_bonus_usd"),
  CATEGORY("category"),
  USES_LANGUAGES("uses_programming_languages"),
  COMPANY_TYPE("company_type"),
  COMPANY_SIZE("company_size"),
  COMPANY_SIZE_UA("company_size_ua"),
  ENGLISH("english_level"),
  FIELD_OF_STUDY("field_of_study"),
  AGE("age"),
  CURRENT_JOB_EXPERIENCE("current_job_experience"),
  SALARY_CHANGE("salary_change_12m"),
  STUDENT("still_student"),
  /** 2019's sub-positions of designers and HR ("Оберіть вашу посаду_1", "_2"). */
  TITLE_DETAIL("title_detail"),
  ADDITIONAL_LANGUAGE("additional_language"),
  WORK_LANGUAGE("language_used_at_work"),
  FRAMEWORKS("frameworks");

  private final String attributeKey;

  DouField(String attributeKey) {
    this.attributeKey = attributeKey;
  }

  /** The attribute the answer is kept under, when it is kept as an attribute. */
  Optional<String> attributeKey() {
    return Optional.ofNullable(attributeKey);
  }
}
