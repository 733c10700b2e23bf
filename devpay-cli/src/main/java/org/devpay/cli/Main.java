package org.devpay.cli;

import picocli.CommandLine;

/** Entry point of the runnable jar behind {@code ./devpay}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; used by tests without exiting the JVM. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command line, with one place mapping failures to exit codes. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new DevpayCommand());
    FilterOptions.addTo(commandLine);
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }
}
