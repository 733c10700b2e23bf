package org.devpay.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs devpay's command line in a separate process (the same classpath as this JVM), the way the
 * suite needs it: to kill an ingest with SIGKILL, or to measure a server from outside its JVM.
 */
final class Devpay {
  /** A JVM option choosing the garbage collector, as the ./devpay launcher recognises it. */
  private static final Pattern COLLECTOR = Pattern.compile("-XX:\\+Use[A-Za-z]*GC");

  private Devpay() {}

  /** Starts {@code devpay ARGS...}; its output goes to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The launcher's JVM options apply to devpay's processes here as they do under ./devpay.
    String options = System.getenv("DEVPAY_JAVA_OPTS");
    if (options != null && !options.isBlank()) {
      command.addAll(List.of(options.strip().split("\\s+")));
    }
    // As under ./devpay, the server runs on ZGC unless DEVPAY_JAVA_OPTS names a collector.
    if (args.length > 0
        && args[0].equals("serve")
        && (options == null || !COLLECTOR.matcher(options).find())) {
      command.add("-XX:+UseZGC");
    }
    // The process's temporary files go beside its log, in the suite's work folder: DuckDB's driver
    // unpacks its 71 MB library into one at every start, and an ingest killed with SIGKILL never
    // deletes it (three per run were left in the machine's /tmp).
    Path temporary = log.toAbsolutePath().getParent().resolve("tmp");
    Files.createDirectories(temporary);
    command.add("-Djava.io.tmpdir=" + temporary);
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
