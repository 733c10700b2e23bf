package org.devpay.cli;

import picocli.CommandLine.Command;

/** The root command: groups the subcommands and the shared help and version options. */
@Command(
    name = "devpay",
    mixinStandardHelpOptions = true,
    version = "devpay 0.1.0",
    description = "Developer-compensation analytics: are back-end developers paid more?",
    subcommands = {
      AnswerCommand.class,
      CompareCommand.class,
      ClaimsCommand.class,
      ArticleCommand.class,
      FactorsCommand.class,
      IngestCommand.class,
      InspectCommand.class,
      ServeCommand.class,
      DatasetsCommand.class,
      FetchCommand.class,
      ReconcileCommand.class,
      EstimateCommand.class,
      StandingCommand.class,
      ResultsCommand.class,
      SynthCommand.class,
      ExportCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
final class DevpayCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
