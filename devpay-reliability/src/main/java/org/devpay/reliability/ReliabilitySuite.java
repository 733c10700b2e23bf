package org.devpay.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.server.DevpayServer;
import org.devpay.server.ServerSettings;

/**
 * devpay's reliability suite ({@code reliability/run [--size smoke|full]}): mutated real files,
 * SIGKILL during ingest, hostile requests, and load on the API while an ingest runs, each checked
 * against what devpay promises. The full size is the (10,000 files, 50 kills, 10,000
 * requests); the smoke size runs in CI in a few minutes. Exits 0 when every promise holds.
 */
public final class ReliabilitySuite {
  /** The health latency the full run must keep at its 99th percentile. */
  static final double HEALTH_P99_LIMIT_MILLIS = 100;

  /** The seed of every random choice: a rerun makes the same files and requests. */
  static final long SEED = 20250119L;

  private ReliabilitySuite() {}

  /**
   * Everything one run measured.
   *
   * @param size the size run
   * @param started when it started
   * @param machine host name, processors and memory, Java version
   * @param mutated the mutated files
   * @param kills the kill trials
   * @param hostile the hostile requests
   * @param load the load during an ingest
   * @param seconds how long the run took
   */
  public record Report(
      String size,
      String started,
      Map<String, String> machine,
      MutatedFiles.Result mutated,
      KillTrials.Result kills,
      HostileRequests.Result hostile,
      LoadDuringIngest.Result load,
      double seconds) {
    /** The promises that did not hold (timing too when {@code withTiming}). */
    public List<String> broken(boolean withTiming) {
      List<String> out = new ArrayList<>();
      check(out, mutated.internalErrors(), "mutated files: internal errors");
      check(out, mutated.unbalanced(), "mutated files: rows read != accepted + rejected");
      if (kills.trials() < kills.requested()) {
        out.add("kill -9: " + kills.trials() + " ingests killed, not " + kills.requested());
      }
      check(out, kills.partialTables(), "kill -9: tables held in part");
      check(out, kills.unequalAfterReingest(), "kill -9: re-ingest differs from a clean ingest");
      check(out, hostile.serverErrors(), "hostile requests: 5xx");
      check(out, hostile.stackTraces(), "hostile requests: stack traces");
      check(out, hostile.cellsUnderK(), "hostile requests: cells under k");
      check(out, hostile.withheldCounts(), "hostile requests: counts of withheld cells");
      check(out, hostile.absolutePaths(), "hostile requests: absolute paths");
      check(out, load.notOkBesides429(), "load: responses neither 2xx nor 429");
      check(out, load.versionFlips(), "load: data version went back");
      if (load.versionSwitches() != 1) {
        out.add("load: the data version changed " + load.versionSwitches() + " times, not once");
      }
      if (withTiming && !(load.healthP99Millis() < HEALTH_P99_LIMIT_MILLIS)) {
        out.add("load: health p99 " + load.healthP99Millis() + " ms, not under 100 ms");
      }
      return out;
    }

    private static void check(List<String> out, long value, String what) {
      if (value != 0) {
        out.add(what + ": " + value);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Size size = Size.SMOKE;
    Path data = Path.of("../shared/data");
    Path work = null;
    Path out = null;
    Set<String> parts = new TreeSet<>(PARTS);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--parts" -> parts = new TreeSet<>(List.of(args[++i].split(",")));
        case "--size" -> size = Size.parse(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--report" -> out = Path.of(args[++i]);
        default -> {
          System.err.println(
              "usage: reliability/run [--size smoke|full] [--data DIR] [--work DIR] [--report"
                  + " FILE] [--parts mutated,kills,hostile,load]");
          System.exit(2);
        }
      }
    }
    if (work == null) {
      work = Files.createTempDirectory("devpay-reliability-");
    }
    Report report = run(size, data, work, parts);
    String json =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
    System.out.println(json);
    if (out != null) {
      Files.writeString(out, json);
    }
    List<String> broken = report.broken(true);
    System.err.println(
        broken.isEmpty()
            ? "reliability: every promise held (" + size.name() + ")"
            : "reliability: broken promises: " + broken);
    System.exit(broken.isEmpty() ? 0 : 1);
  }

  /** The parts of a run, in the order they run. */
  static final List<String> PARTS = List.of("mutated", "kills", "hostile", "load");

  /** Runs every part at this size, over the real datasets under {@code data}, in {@code work}. */
  public static Report run(Size size, Path data, Path work) throws Exception {
    return run(size, data, work, Set.copyOf(PARTS));
  }

  /**
   * Runs some of the parts (a part left out reports zeros; the kill trials' clean store, which the
   * later parts serve, is always made).
   */
  static Report run(Size size, Path data, Path work, Set<String> parts) throws Exception {
    Files.createDirectories(work);
    long start = System.nanoTime();
    String started = Instant.now().toString();
    Random random = new Random(SEED);
    log("mutated files: " + size.mutatedFiles());
    MutatedFiles.Result mutated =
        MutatedFiles.run(parts.contains("mutated") ? size.mutatedFiles() : 0, data, work, random);

    List<Path> killInputs = new ArrayList<>(List.of(data.resolve("it-salary-survey-eu")));
    if (size.largeLoad()) {
      killInputs.add(data.resolve("dou-ua-salaries/2025_june_raw.csv"));
    }
    log("kill -9 trials: " + size.killTrials());
    KillTrials.Result kills =
        KillTrials.run(parts.contains("kills") ? size.killTrials() : 0, killInputs, work, random);

    log("hostile requests: " + size.hostileRequests());
    Path hostileStore = copy(KillTrials.cleanStore(work), work.resolve("hostile.duckdb"));
    AnswerSettings answers =
        AnswerSettings.defaults()
            .withBootstrap(AnswerSettings.defaults().bootstrap().withResamples(200));
    HostileRequests.Result hostile;
    try (DevpayServer server =
        DevpayServer.start(
            ServerSettings.defaults(hostileStore, 0)
                .withAnswers(answers)
                .withRequestsPerSecond(0)
                .withAccessLog(line -> {}))) {
      hostile =
          HostileRequests.run(
              parts.contains("hostile") ? size.hostileRequests() : 0,
              server.port(),
              PrivacyFloor.DEFAULT.minimumCellSize(),
              HostileRequests.serverDirectories(hostileStore),
              random);
    }

    log("load during an ingest");
    Path loadStore = copy(KillTrials.cleanStore(work), work.resolve("load.duckdb"));
    List<Path> added =
        size.largeLoad()
            ? List.of(
                data.resolve("levels-fyi-stem-salaries/Levels_Fyi_Salary_Data.csv"),
                data.resolve("so-survey-2016/so_survey_2016_from_stacksurveyr.csv.gz"),
                data.resolve("so-survey-2017-partial/survey_results_public.csv"),
                data.resolve("glassdoor-india-salaries/Salary_Dataset_with_Extra_Features.csv"))
            : List.of(data.resolve("dou-ua-salaries/2025_june_raw.csv"));
    LoadDuringIngest.Result load =
        parts.contains("load")
            ? LoadDuringIngest.run(loadStore, added, size.largeLoad() ? 8 : 4, work, random)
            : LoadDuringIngest.Result.none();

    return new Report(
        size.name(),
        started,
        machine(),
        mutated,
        kills,
        hostile,
        load,
        (System.nanoTime() - start) / 1e9);
  }

  private static Path copy(Path store, Path target) throws IOException {
    Files.copy(store, target, StandardCopyOption.REPLACE_EXISTING);
    Path wal = store.resolveSibling(store.getFileName() + ".wal");
    if (Files.exists(wal)) {
      Files.copy(wal, target.resolveSibling(target.getFileName() + ".wal"));
    }
    return target;
  }

  private static Map<String, String> machine() {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      out.put("host", InetAddress.getLocalHost().getHostName());
    } catch (IOException e) {
      out.put("host", "unknown");
    }
    out.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
    out.put("max_heap_mb", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    out.put("java", System.getProperty("java.version"));
    out.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    return out;
  }

  private static void log(String message) {
    System.err.println("reliability: " + Instant.now() + " " + message);
  }
}
