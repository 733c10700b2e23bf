package org.devpay.sources;

import java.util.List;
import org.devpay.sources.eu.ItSalarySurveyEuAdapter;
import org.devpay.sources.stackoverflow.StackOverflow2016Adapter;
import org.devpay.sources.stackoverflow.StackOverflow2017Adapter;

/** The list behind {@link AdapterRegistry#standard()}: one line per shipped format. */
final class StandardAdapters {
  private StandardAdapters() {}

  static List<SourceAdapter> all() {
    return List.of(
        ItSalarySurveyEuAdapter.edition2017(),
        ItSalarySurveyEuAdapter.edition2018(),
        ItSalarySurveyEuAdapter.edition2019(),
        ItSalarySurveyEuAdapter.edition2020(),
        new StackOverflow2016Adapter(),
        new StackOverflow2017Adapter());
  }
}
