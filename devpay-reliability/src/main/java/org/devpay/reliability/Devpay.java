package org.devpay.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs devpay's command line in a separate process (the same classpath as this JVM), the way the
 * suite needs it: to kill an ingest with SIGKILL, or to measure a server from outside its JVM.
 */
final class Devpay {
  private Devpay() {}

  /** Starts {@code devpay ARGS...}; its output goes to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.devpay.cli.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Runs {@code devpay ARGS...} to its end and returns its exit code. */
  static int run(Path log, Duration timeout, String... args)
      throws IOException, InterruptedException {
    Process process = start(log, args);
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("devpay " + String.join(" ", args) + " took over " + timeout);
    }
    return process.exitValue();
  }
}
