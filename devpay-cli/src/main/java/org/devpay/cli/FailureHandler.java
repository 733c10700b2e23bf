package org.devpay.cli;

import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps a failure to a message and an exit code, in one place: a {@link DevpayException} exits with
 * its category's code and a one-line message; anything else is a bug and prints its stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    if (exception instanceof DevpayException devpay) {
      commandLine.getErr().println("devpay: " + devpay.getMessage());
      return devpay.category().exitCode();
    }
    commandLine.getErr().println("devpay: internal error: " + exception);
    exception.printStackTrace(commandLine.getErr());
    return ErrorCategory.INTERNAL.exitCode();
  }
}
