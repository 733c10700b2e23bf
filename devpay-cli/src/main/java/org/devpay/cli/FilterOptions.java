package org.devpay.cli;

import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.devpay.core.analysis.FilterCriterion;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The record filter options (as the API's filter parameters), applied before any figure: one {@code
 * --ID VALUE} option per {@link FilterCriterion}, derived from its declaration. A command mixes it
 * in ({@code @Mixin FilterOptions filters}); {@link #addTo} gives the mixins their options.
 */
@Command // picocli takes a mixin only when it carries a picocli annotation; its options come later.
final class FilterOptions {
  private final Map<FilterCriterion, String> values = new EnumMap<>(FilterCriterion.class);

  /**
   * Adds the filter options to every command of a command line that mixes FilterOptions in. Called
   * once, when the command line is built.
   */
  static void addTo(CommandLine commandLine) {
    addTo(commandLine, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static void addTo(CommandLine commandLine, Set<CommandSpec> done) {
    CommandSpec spec = commandLine.getCommandSpec();
    if (!done.add(spec)) {
      return;
    }
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof FilterOptions options) {
        for (FilterCriterion criterion : FilterCriterion.values()) {
          spec.addOption(options.option(criterion));
        }
      }
    }
    for (CommandLine subcommand : commandLine.getSubcommands().values()) {
      addTo(subcommand, done);
    }
  }

  /** The option of one criterion, writing its value into this instance. */
  private OptionSpec option(FilterCriterion criterion) {
    ISetter setter =
        new ISetter() {
          @Override
          public <T> T set(T value) {
            @SuppressWarnings("unchecked")
            T previous = (T) values.get(criterion);
            if (value == null) {
              values.remove(criterion);
            } else {
              values.put(criterion, (String) value);
            }
            return previous;
          }
        };
    return OptionSpec.builder("--" + criterion.id())
        .paramLabel(criterion.valueLabel())
        .description(criterion.summary())
        .type(String.class)
        .setter(setter)
        .build();
  }

  RecordFilter filter() {
    RecordFilter filter = RecordFilter.NONE;
    try {
      for (Map.Entry<FilterCriterion, String> entry : values.entrySet()) {
        FilterCriterion criterion = entry.getKey();
        filter = filter.with(criterion, criterion.canonical(entry.getValue()));
      }
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
    return filter;
  }
}
