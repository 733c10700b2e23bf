package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.devpay.core.analysis.FilterCriterion;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.error.DevpayException;
import org.devpay.core.model.Seniority;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The filter options every filtering command derives from {@link FilterCriterion}. */
class FilterOptionsTest {
  private static final List<String> FILTERING = List.of("compare", "claims", "article", "factors");

  @Test
  void everyFilteringCommandHasOneOptionPerCriterionAndNoOtherCommandHasThem() {
    CommandLine commandLine = Main.commandLine();
    for (String name : FILTERING) {
      CommandSpec spec = commandLine.getSubcommands().get(name).getCommandSpec();
      for (FilterCriterion criterion : FilterCriterion.values()) {
        OptionSpec option = spec.findOption("--" + criterion.id());
        assertThat(option).as(name + " --" + criterion.id()).isNotNull();
        assertThat(option.paramLabel()).isEqualTo(criterion.valueLabel());
        assertThat(option.description()).containsExactly(criterion.summary());
      }
    }
    assertThat(commandLine.getSubcommands().get("answer").getCommandSpec().findOption("--skill"))
        .isNull();
  }

  @Test
  void theParsedOptionsAreTheRecordFilterInCanonicalForm() {
    CommandLine commandLine = Main.commandLine();
    CommandLine.ParseResult parsed =
        commandLine.parseArgs(
            "claims",
            "--dataset",
            "so-survey-2024",
            "--edition",
            "2024",
            "--country",
            "de",
            "--metro",
            "Berlin",
            "--seniority",
            "Senior",
            "--industry",
            "fintech",
            "--skill",
            "java");
    ClaimsCommand claims = (ClaimsCommand) parsed.subcommand().commandSpec().userObject();

    assertThat(claims.filters.filter())
        .isEqualTo(
            RecordFilter.NONE
                .withDataset("so-survey-2024")
                .withEdition("2024")
                .withCountry("DE")
                .withMetro("Berlin")
                .withSeniority(Seniority.SENIOR)
                .withIndustry("fintech")
                .withSkill("java"));
  }

  @Test
  void withoutOptionsTheFilterKeepsEverythingAndBadValuesAreBadInput() {
    CommandLine commandLine = Main.commandLine();
    CompareCommand compare =
        (CompareCommand)
            commandLine
                .parseArgs("compare", "--role", "backend")
                .subcommand()
                .commandSpec()
                .userObject();
    assertThat(compare.filters.filter()).isEqualTo(RecordFilter.NONE);

    FactorsCommand factors =
        (FactorsCommand)
            Main.commandLine()
                .parseArgs("factors", "experience", "--seniority", "guru")
                .subcommand()
                .commandSpec()
                .userObject();
    assertThatThrownBy(() -> factors.filters.filter())
        .isInstanceOf(DevpayException.class)
        .hasMessageStartingWith("unknown seniority 'guru'");

    ArticleCommand article =
        (ArticleCommand)
            Main.commandLine()
                .parseArgs("article", "--country", "Germany")
                .subcommand()
                .commandSpec()
                .userObject();
    assertThatThrownBy(() -> article.filters.filter())
        .isInstanceOf(DevpayException.class)
        .hasMessageContaining("alpha-2");
  }
}
