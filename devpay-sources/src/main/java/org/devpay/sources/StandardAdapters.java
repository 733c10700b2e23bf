package org.devpay.sources;

import java.util.List;

/** The list behind {@link AdapterRegistry#standard()}: one line per shipped format. */
final class StandardAdapters {
  private StandardAdapters() {}

  static List<SourceAdapter> all() {
    return List.of();
  }
}
