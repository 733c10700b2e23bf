package org.devpay.sources;

import java.util.List;
import org.devpay.sources.dou.DouJune2025Adapter;
import org.devpay.sources.glassdoor.GlassdoorIndia2022Adapter;
import org.devpay.sources.levels.LevelsFyiAdapter;

/** The list behind {@link AdapterRegistry#standard()}: one line per shipped format. */
final class StandardAdapters {
  private StandardAdapters() {}

  static List<SourceAdapter> all() {
    return List.of(
        new DouJune2025Adapter(), // DOU.ua salary survey, June 2025 wave
        new GlassdoorIndia2022Adapter(), // Glassdoor India software salaries, 2022
        new LevelsFyiAdapter() // levels.fyi records 2017-2021, Kaggle export
        );
  }
}
