package org.devpay.core.taxonomy;

/**
 * The dataset ids the reviewed taxonomy tables use as rule scopes; adapters must emit exactly these
 * in {@code RawRecord.datasetId()} for the dataset-specific rules to apply.
 */
public final class DatasetIds {
  /** DOU.ua salary survey (Ukraine), shared/data/dou-ua-salaries. */
  public static final String DOU_UA = "dou-ua";

  /** levels.fyi STEM salaries, shared/data/levels-fyi-stem-salaries. */
  public static final String LEVELS_FYI = "levels-fyi";

  /** IT Salary Survey EU 2017-2020, shared/data/it-salary-survey-eu. */
  public static final String IT_SALARY_SURVEY_EU = "it-salary-survey-eu";

  /** Stack Overflow Developer Survey 2016, shared/data/so-survey-2016. */
  public static final String STACK_OVERFLOW_2016 = "so-survey-2016";

  /** Stack Overflow Developer Survey 2017 (partial copy), shared/data/so-survey-2017-partial. */
  public static final String STACK_OVERFLOW_2017 = "so-survey-2017";

  /**
   * Prefix of every Stack Overflow Developer Survey dataset id: one dataset per yearly schema,
   * "so-survey-2016" to "so-survey-2025".
   */
  public static final String STACK_OVERFLOW_PREFIX = "so-survey-";

  /** Glassdoor-derived India salaries 2022, shared/data/glassdoor-india-salaries. */
  public static final String GLASSDOOR_INDIA = "glassdoor-india";

  private DatasetIds() {}

  /** The dataset id of one year's Stack Overflow Developer Survey, such as "so-survey-2024". */
  public static String stackOverflow(int year) {
    return STACK_OVERFLOW_PREFIX + year;
  }

  /** Whether a dataset id is one of the Stack Overflow Developer Survey's. */
  public static boolean isStackOverflow(String datasetId) {
    return datasetId.startsWith(STACK_OVERFLOW_PREFIX);
  }
}
