package org.devpay.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.devpay.core.resource.ResourceTable;
import org.junit.jupiter.api.Test;

class RuleTableTest {
  private static RuleTable<String> table(String text) {
    return RuleTable.fromTable(ResourceTable.parse("inline", text), "value", Function.identity());
  }

  private static final String RULES =
      """
      # comment lines are skipped
      scope,match,pattern,value,note
      ds-a,exact,Developer,special,dataset rule wins
      *,exact,  Back End  ,exact-hit,padded pattern
      *,regex,back[ -]?end,backend,
      *,regex,"front, end",comma,quoted cell with a comma
      """;

  @Test
  void datasetRulesApplyOnlyToTheirDataset() {
    RuleTable<String> rules = table(RULES + "*,regex,developer,generic,\n");
    assertThat(rules.value("ds-a", "developer")).contains("special");
    assertThat(rules.value("ds-b", "developer")).contains("generic");
  }

  @Test
  void exactMatchIgnoresCaseAndSurroundingWhitespace() {
    assertThat(table(RULES).value("x", "  BACK END ")).contains("exact-hit");
  }

  @Test
  void regexIsSearchedCaseInsensitivelyAndFirstMatchWins() {
    RuleTable<String> rules = table(RULES);
    assertThat(rules.value("x", "Senior BACKEND engineer")).contains("backend");
    assertThat(rules.classify("x", "Back-end").orElseThrow().rule().position()).isEqualTo(3);
    assertThat(rules.value("x", "Front, End")).contains("comma");
  }

  @Test
  void blankOrUnmatchedLabelHasNoValue() {
    RuleTable<String> rules = table(RULES);
    assertThat(rules.value("x", "")).isEmpty();
    assertThat(rules.value("x", "   ")).isEmpty();
    assertThat(rules.value("x", "Designer")).isEmpty();
  }

  @Test
  void rejectsDatasetRuleAfterGlobalRule() {
    assertThatThrownBy(() -> table(RULES + "ds-a,exact,late,late,\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dataset rule after a '*' rule");
  }

  @Test
  void rejectsUnknownMatchKindAndUnknownValue() {
    assertThatThrownBy(() -> table("scope,match,pattern,value,note\n*,glob,x*,v,\n"))
        .hasMessageContaining("match must be exact or regex");
    assertThatThrownBy(
            () ->
                RuleTable.fromTable(
                    ResourceTable.parse("inline", "scope,match,pattern,value,note\n*,exact,x,v,\n"),
                    "value",
                    v -> {
                      throw new IllegalArgumentException(v);
                    }))
        .hasMessageContaining("unknown value 'v'");
  }
}
