package org.devpay.core.stats;

import java.util.ArrayList;
import java.util.List;

/** Names for a test design's factors and their levels, which its fits never look at. */
final class FactorNames {
  private FactorNames() {}

  /** "f0", "f1", ... one per factor. */
  static List<String> factors(int[] levels) {
    List<String> names = new ArrayList<>();
    for (int f = 0; f < levels.length; f++) {
      names.add("f" + f);
    }
    return names;
  }

  /** For each factor, "l0", "l1", ... one per level. */
  static List<List<String>> levels(int[] levels) {
    List<List<String>> names = new ArrayList<>();
    for (int count : levels) {
      List<String> level = new ArrayList<>();
      for (int l = 0; l < count; l++) {
        level.add("l" + l);
      }
      names.add(level);
    }
    return names;
  }
}
