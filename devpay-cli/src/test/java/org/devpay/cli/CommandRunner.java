package org.devpay.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a devpay command line in-process and captures its exit code, stdout and stderr. */
record CommandRunner(int exitCode, String out, String err) {
  static CommandRunner run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CommandRunner(code, out.toString(), err.toString());
  }
}
