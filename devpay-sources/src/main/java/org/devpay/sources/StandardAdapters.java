package org.devpay.sources;

import java.util.ArrayList;
import java.util.List;
import org.devpay.sources.dou.DouSurveyAdapter;
import org.devpay.sources.eu.ItSalarySurveyEuAdapter;
import org.devpay.sources.glassdoor.GlassdoorIndia2022Adapter;
import org.devpay.sources.levels.LevelsFyiAdapter;
import org.devpay.sources.stackoverflow.StackOverflowSurveyAdapter;

/** The list behind {@link AdapterRegistry#standard()}: one line per shipped format. */
final class StandardAdapters {
  private StandardAdapters() {}

  static List<SourceAdapter> all() {
    List<SourceAdapter> adapters = new ArrayList<>();
    // DOU.ua salary survey, every wave: one adapter per column family (2015-2020 titles, 2022
    // extract, 2020+ specialisations)
    adapters.addAll(DouSurveyAdapter.allFamilies());
    adapters.add(new GlassdoorIndia2022Adapter()); // Glassdoor India software salaries, 2022
    adapters.add(new LevelsFyiAdapter()); // levels.fyi records 2017-2021, Kaggle export
    adapters.addAll(ItSalarySurveyEuAdapter.allEditions()); // IT Salary Survey EU, 2017-2020
    // Stack Overflow Developer Survey, one yearly schema each, 2016 (stacksurveyr) to 2025
    adapters.addAll(StackOverflowSurveyAdapter.allEditions());
    return List.copyOf(adapters);
  }
}
