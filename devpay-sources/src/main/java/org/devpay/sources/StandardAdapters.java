package org.devpay.sources;

import java.util.List;
import org.devpay.sources.dou.DouJune2025Adapter;
import org.devpay.sources.eu.ItSalarySurveyEuAdapter;
import org.devpay.sources.glassdoor.GlassdoorIndia2022Adapter;
import org.devpay.sources.levels.LevelsFyiAdapter;
import org.devpay.sources.stackoverflow.StackOverflow2016Adapter;
import org.devpay.sources.stackoverflow.StackOverflow2017Adapter;

/** The list behind {@link AdapterRegistry#standard()}: one line per shipped format. */
final class StandardAdapters {
  private StandardAdapters() {}

  static List<SourceAdapter> all() {
    return List.of(
        new DouJune2025Adapter(), // DOU.ua salary survey, June 2025 wave
        new GlassdoorIndia2022Adapter(), // Glassdoor India software salaries, 2022
        new LevelsFyiAdapter(), // levels.fyi records 2017-2021, Kaggle export
        ItSalarySurveyEuAdapter.edition2017(), // IT Salary Survey EU, December 2017
        ItSalarySurveyEuAdapter.edition2018(), // IT Salary Survey EU, December 2018
        ItSalarySurveyEuAdapter.edition2019(), // IT Salary Survey EU, December 2019
        ItSalarySurveyEuAdapter.edition2020(), // IT Salary Survey EU, December 2020
        new StackOverflow2016Adapter(), // Stack Overflow survey 2016 (stacksurveyr)
        new StackOverflow2017Adapter() // Stack Overflow survey 2017
        );
  }
}
