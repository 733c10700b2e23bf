package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The memo gives what its function gives, computes a kept key once, and keeps no more than its
 * capacity and no long keys; the memoised rule table classifies every label as the table's rules do
 * when read in order (checked against a plain re-reading of the rules for the shipped roles).
 */
class MemoTest {
  @Test
  void aKeptKeyIsComputedOnce() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String, Integer> memo =
        new Memo<>(
            10,
            key -> {
              calls.incrementAndGet();
              return key.length();
            });

    assertThat(memo.get("java", 4)).isEqualTo(4);
    assertThat(memo.get(new String("java"), 4)).isEqualTo(4);
    assertThat(calls).hasValue(1);
  }

  @Test
  void itKeepsNoMoreThanItsCapacityNorLongKeysButStillAnswers() {
    AtomicInteger calls = new AtomicInteger();
    Memo<String, Integer> memo =
        new Memo<>(
            3,
            key -> {
              calls.incrementAndGet();
              return key.length();
            });
    for (String key : List.of("a", "bb", "ccc", "dddd", "eeeee")) {
      assertThat(memo.get(key, key.length())).isEqualTo(key.length());
    }
    assertThat(memo.size()).isEqualTo(3);
    assertThat(memo.get("eeeee", 5)).isEqualTo(5);
    assertThat(calls).hasValue(6);

    String free = "x".repeat(Memo.MAX_KEY_LENGTH + 1);
    Memo<String, Integer> roomy = new Memo<>(10, String::length);
    assertThat(roomy.get(free, free.length())).isEqualTo(free.length());
    assertThat(roomy.size()).isZero();
  }

  @Test
  void memoisedRoleClassificationsAreTheFirstMatchingRuleInFileOrder() {
    RuleTable<org.devpay.core.model.RoleFamily> table = RoleTaxonomy.fromResources().rules();
    List<String> labels = new ArrayList<>();
    for (RuleTable.Rule<org.devpay.core.model.RoleFamily> rule : table.rules()) {
      labels.add(rule.pattern());
      labels.add("  Senior " + rule.pattern().toUpperCase(java.util.Locale.ROOT) + " ");
    }
    labels.addAll(List.of("", "  ", "Back-end developer", "nobody knows this one"));
    for (String dataset : List.of("so-survey-2024", "dou-ua", "levels-fyi", "*")) {
      // Twice: the second pass reads the memo.
      for (int pass = 0; pass < 2; pass++) {
        for (String label : labels) {
          assertThat(table.classify(dataset, label).map(RuleTable.Classification::rule))
              .as("%s %s", dataset, label)
              .isEqualTo(firstMatch(table, dataset, label));
        }
      }
    }
  }

  /** The rule table's semantics, re-read from its class comment without any memo. */
  private static Optional<RuleTable.Rule<org.devpay.core.model.RoleFamily>> firstMatch(
      RuleTable<org.devpay.core.model.RoleFamily> table, String dataset, String label) {
    String stripped = label.strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    return IntStream.range(0, table.rules().size())
        .mapToObj(i -> table.rules().get(i))
        .filter(r -> r.scope().equals("*") || r.scope().equals(dataset))
        .filter(
            r ->
                r.match() == RuleTable.Match.EXACT
                    ? stripped
                        .toLowerCase(java.util.Locale.ROOT)
                        .equals(r.pattern().toLowerCase(java.util.Locale.ROOT))
                    : java.util.regex.Pattern.compile(
                            r.pattern(),
                            java.util.regex.Pattern.CASE_INSENSITIVE
                                | java.util.regex.Pattern.UNICODE_CASE)
                        .matcher(stripped)
                        .find())
        .findFirst();
  }
}
