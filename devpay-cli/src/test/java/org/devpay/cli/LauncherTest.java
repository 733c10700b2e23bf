package org.devpay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./devpay} launcher's JVM options per command: the collector it adds (ZGC for serve,
 * the parallel collector with a 20% collection-time goal for ingest, none otherwise), the later C2
 * thresholds of every command but serve, that a collector, goal or threshold named in {@code
 * DEVPAY_JAVA_OPTS} wins, and that the JVM starts with every combination (two collectors at once
 * make it refuse to start, which a launcher that missed {@code -XX:+UseG1GC} did). The launcher
 * prints its command with {@code DEVPAY_PRINT_COMMAND=1}.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "devpay").toAbsolutePath().normalize();

  /** The C2 thresholds every command but serve gets: ten times the JVM's defaults. */
  private static final List<String> LATER_C2 =
      List.of(
          "-XX:Tier4InvocationThreshold=50000",
          "-XX:Tier4MinInvocationThreshold=6000",
          "-XX:Tier4CompileThreshold=150000",
          "-XX:Tier4BackEdgeThreshold=400000");

  @Test
  void ingestRunsTheParallelCollectorWithItsGoalUnlessTheUserNamesEither() throws Exception {
    assertThat(options("ingest", ""))
        .containsExactlyElementsOf(with("-XX:+UseParallelGC", "-XX:GCTimeRatio=4"));
    assertThat(options("ingest", "-Xmx3g -XX:+UseG1GC"))
        .containsExactlyElementsOf(with("-Xmx3g", "-XX:+UseG1GC", "-XX:GCTimeRatio=4"));
    assertThat(options("ingest", "-XX:+UseSerialGC"))
        .containsExactlyElementsOf(with("-XX:+UseSerialGC", "-XX:GCTimeRatio=4"));
    assertThat(options("ingest", "-XX:GCTimeRatio=9"))
        .containsExactlyElementsOf(with("-XX:GCTimeRatio=9", "-XX:+UseParallelGC"));
    assertThat(options("ingest", "-XX:+UseParallelGC -XX:GCTimeRatio=19"))
        .containsExactlyElementsOf(with("-XX:+UseParallelGC", "-XX:GCTimeRatio=19"));
  }

  @Test
  void serveRunsZgcUnlessTheUserNamesACollector() throws Exception {
    assertThat(options("serve", "")).containsExactly("-XX:+UseZGC");
    assertThat(options("serve", "-XX:+UseG1GC")).containsExactly("-XX:+UseG1GC");
    assertThat(options("serve", "-XX:+UseParallelGC")).containsExactly("-XX:+UseParallelGC");
  }

  @Test
  void otherCommandsGetTheUsersOptionsAndTheLaterC2Thresholds() throws Exception {
    assertThat(options("answer", "")).containsExactlyElementsOf(LATER_C2);
    assertThat(options("compare", "-Xmx2g")).containsExactlyElementsOf(with("-Xmx2g"));
  }

  @Test
  void aTier4ThresholdOfTheUsersReplacesTheLaunchersFour() throws Exception {
    assertThat(options("answer", "-XX:Tier4InvocationThreshold=7"))
        .containsExactly("-XX:Tier4InvocationThreshold=7");
    assertThat(options("ingest", "-XX:Tier4BackEdgeThreshold=9"))
        .containsExactly("-XX:Tier4BackEdgeThreshold=9", "-XX:+UseParallelGC", "-XX:GCTimeRatio=4");
  }

  @Test
  void theArgumentsFollowTheJarUnchanged() throws Exception {
    List<String> command =
        command(List.of("answer", "--db", "a store.duckdb", "--format", "json"), "");

    assertThat(command.get(0)).isEqualTo("java");
    int jar = command.indexOf("-jar");
    assertThat(command.get(jar + 1)).endsWith("devpay-cli/target/devpay.jar");
    assertThat(command.subList(jar + 2, command.size()))
        .containsExactly("answer", "--db", "a store.duckdb", "--format", "json");
  }

  @Test
  void theJvmStartsWithTheOptionsOfEveryCommand() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String[] c :
        new String[][] {
          {"ingest", ""},
          {"ingest", "-XX:+UseG1GC"},
          {"ingest", "-XX:+UseSerialGC -XX:GCTimeRatio=9"},
          {"serve", ""},
          {"serve", "-XX:+UseG1GC"},
          {"answer", ""},
          {"answer", "-XX:Tier4InvocationThreshold=7"}
        }) {
      List<String> jvm = new ArrayList<>();
      jvm.add(java);
      jvm.addAll(options(c[0], c[1]));
      jvm.add("-version");
      Process process = new ProcessBuilder(jvm).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("%s with %s: %s", c[0], jvm, output).isZero();
    }
  }

  /** The options given, then the launcher's later C2 thresholds. */
  private static List<String> with(String... first) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(LATER_C2);
    return all;
  }

  /** The JVM options the launcher gives a command: its arguments between "java" and "-jar". */
  private static List<String> options(String command, String userOptions) throws Exception {
    List<String> line = command(List.of(command), userOptions);
    return line.subList(1, line.indexOf("-jar"));
  }

  private static List<String> command(List<String> arguments, String userOptions)
      throws IOException, InterruptedException {
    assertThat(LAUNCHER).exists();
    List<String> line = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    line.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(line);
    Map<String, String> environment = builder.environment();
    environment.put("DEVPAY_PRINT_COMMAND", "1");
    environment.put("DEVPAY_JAVA_OPTS", userOptions);
    Path errors = Files.createTempFile("launcher", ".err");
    try {
      Process process = builder.redirectError(errors.toFile()).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(Files.readString(errors)).isZero();
      return output.lines().toList();
    } finally {
      Files.deleteIfExists(errors);
    }
  }
}
