package org.devpay.sources.csv;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.devpay.core.taxonomy.Memo;

/**
 * Splits multi-select and comma-listed answers into labels, so that every adapter treats
 * separators, blanks and repeats the same way: items are stripped, empty items dropped, exact
 * repeats kept once (a skill listed twice must not count twice), published order kept.
 */
public final class Labels {
  /** The compiled separators, by separator: splitting compiles no pattern per row. */
  private static final Map<String, Pattern> SEPARATORS = new ConcurrentHashMap<>();

  private Labels() {}

  /**
   * The items of {@code value} separated by {@code separator}, a literal such as "; " or ","; the
   * spaces around it are optional, since items are stripped.
   */
  public static List<String> split(String value, String separator) {
    return SPLIT.get(new Split(value, separator), value.length());
  }

  /** Splits per distinct answer: a multi-select column repeats its combinations over many rows. */
  private static final Memo<Split, List<String>> SPLIT =
      new Memo<>(Memo.DEFAULT_CAPACITY, split -> splitUncached(split.value(), split.separator()));

  private record Split(String value, String separator) {}

  private static List<String> splitUncached(String value, String separator) {
    Set<String> labels = new LinkedHashSet<>();
    for (String item :
        SEPARATORS
            .computeIfAbsent(separator.strip(), s -> Pattern.compile(Pattern.quote(s)))
            .split(value, -1)) {
      String label = item.strip();
      if (!label.isEmpty()) {
        labels.add(label);
      }
    }
    return List.copyOf(labels);
  }

  /** One label, or none when the value is blank. */
  public static List<String> single(String value) {
    String label = value.strip();
    return label.isEmpty() ? List.of() : List.of(label);
  }

  /** The labels of several lists in order, each kept once. */
  @SafeVarargs
  public static List<String> concat(List<String>... lists) {
    Set<String> labels = new LinkedHashSet<>();
    for (List<String> list : lists) {
      labels.addAll(list);
    }
    return List.copyOf(labels);
  }
}
