package org.devpay.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a {@code devpay serve} process with figure requests from several clients while a {@code
 * devpay ingest} process adds data to its store, and until the server serves the new data and a
 * while after; meanwhile one client asks for health every 20 ms and times each answer. Counts every
 * response that is neither 2xx nor 429 (rate limiting is allowed), the health latencies, and the
 * data versions health reports in order (the switch must happen once, for good).
 */
final class LoadDuringIngest {
  private static final Pattern VERSION = Pattern.compile("\"data_version\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern SERVING = Pattern.compile("serving (http://\\S+/)");

  /**
   * What the load met.
   *
   * @param requests figure requests answered
   * @param notOkBesides429 responses that were neither 2xx nor 429, health included
   * @param rateLimited 429 responses
   * @param healthSamples health requests timed
   * @param healthP50Millis median health latency
   * @param healthP99Millis 99th percentile of health latency
   * @param healthMaxMillis slowest health answer
   * @param versionSwitches times the data version health reports changed (1 expected)
   * @param versionFlips times it went back to a version seen before (0 expected)
   * @param ingestSeconds how long the ingest ran
   * @param switchSecondsAfterIngest from the ingest's end to the new version served
   * @param phases health latency before the ingest, during it, from its end to the new version
   *     served, and after
   * @param examples a few of the problems met
   */
  record Result(
      int requests,
      int notOkBesides429,
      int rateLimited,
      int healthSamples,
      double healthP50Millis,
      double healthP99Millis,
      double healthMaxMillis,
      int versionSwitches,
      int versionFlips,
      double ingestSeconds,
      double switchSecondsAfterIngest,
      Map<String, Phase> phases,
      List<String> examples) {
    /** A part left out of a run. */
    static Result none() {
      return new Result(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, Map.of(), List.of());
    }
  }

  /**
   * Health latency in one phase of the run.
   *
   * @param samples health requests timed in it
   * @param p50Millis median latency
   * @param p99Millis 99th percentile
   * @param maxMillis slowest
   */
  record Phase(int samples, double p50Millis, double p99Millis, double maxMillis) {}

  private LoadDuringIngest() {}

  /**
   * @param store a store already holding some data
   * @param ingest the files the ingest adds while the API is loaded
   * @param clients concurrent figure clients
   */
  static Result run(Path store, List<Path> ingest, int clients, Path work, Random random)
      throws Exception {
    Path log = work.resolve("load.log");
    Files.deleteIfExists(log);
    Process server =
        Devpay.start(log, "serve", "--port", "0", "--db", store.toString(), "--rate-limit", "0");
    try {
      URI base = awaitServing(log, server);
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      awaitFigures(client, base);
      List<String> figures = figureRequests();
      Map<String, List<String>> offered = offeredValues(client, base);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger requests = new AtomicInteger();
      AtomicInteger notOk = new AtomicInteger();
      AtomicInteger limited = new AtomicInteger();
      List<String> examples = Collections.synchronizedList(new ArrayList<>());
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Random own = new Random(random.nextLong());
        Thread thread =
            new Thread(
                () -> {
                  while (!stop.get()) {
                    // Half the requests are the dashboard's own (cached once computed), half
                    // filtered at random (computed, mostly).
                    String path =
                        own.nextBoolean()
                            ? figures.get(own.nextInt(figures.size()))
                            : HostileRequests.validFigureRequest(own, offered).substring(1);
                    try {
                      HttpResponse<String> response =
                          client.send(
                              HttpRequest.newBuilder(base.resolve(path))
                                  .timeout(Duration.ofMinutes(5))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      requests.incrementAndGet();
                      count(response.statusCode(), path, notOk, limited, examples);
                    } catch (IOException | InterruptedException e) {
                      notOk.incrementAndGet();
                      note(examples, path + ": " + e);
                    }
                  }
                },
                "load-" + c);
        thread.start();
        threads.add(thread);
      }
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      List<String> phaseOf = Collections.synchronizedList(new ArrayList<>());
      AtomicReference<String> phase = new AtomicReference<>("before");
      List<String> versions = Collections.synchronizedList(new ArrayList<>());
      Thread health =
          new Thread(
              () -> {
                while (!stop.get()) {
                  long start = System.nanoTime();
                  try {
                    HttpResponse<String> response =
                        client.send(
                            HttpRequest.newBuilder(base.resolve("api/health"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    synchronized (latencies) {
                      latencies.add((System.nanoTime() - start) / 1e6);
                      phaseOf.add(phase.get());
                    }
                    count(response.statusCode(), "api/health", notOk, limited, examples);
                    Matcher m = VERSION.matcher(response.body());
                    if (m.find()) {
                      versions.add(m.group(1));
                    }
                  } catch (IOException | InterruptedException e) {
                    notOk.incrementAndGet();
                    note(examples, "health: " + e);
                  }
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "health");
      health.start();
      Thread.sleep(3_000);
      String before = versions.isEmpty() ? "" : versions.get(versions.size() - 1);
      List<String> args = new ArrayList<>(List.of("ingest", "--db", store.toString()));
      ingest.forEach(p -> args.add(p.toString()));
      phase.set("during the ingest");
      long ingestStart = System.nanoTime();
      int exit =
          Devpay.run(
              work.resolve("load-ingest.log"), Duration.ofMinutes(30), args.toArray(String[]::new));
      double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
      if (exit != 0) {
        note(examples, "the ingest exited " + exit);
      }
      long ingestEnd = System.nanoTime();
      phase.set("until the new version");
      // Right after: until health serves the new version, then a while more.
      double switchSeconds = -1;
      while (System.nanoTime() - ingestEnd < TimeUnit.MINUTES.toNanos(10)) {
        String now = versions.isEmpty() ? "" : versions.get(versions.size() - 1);
        if (!now.equals(before)) {
          switchSeconds = (System.nanoTime() - ingestEnd) / 1e9;
          phase.set("after the switch");
          break;
        }
        Thread.sleep(100);
      }
      Thread.sleep(10_000);
      stop.set(true);
      for (Thread thread : threads) {
        thread.join(TimeUnit.MINUTES.toMillis(5));
      }
      health.join(TimeUnit.MINUTES.toMillis(1));
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      Map<String, Phase> phases = new LinkedHashMap<>();
      for (String name :
          List.of("before", "during the ingest", "until the new version", "after the switch")) {
        List<Double> inPhase = new ArrayList<>();
        synchronized (latencies) {
          for (int i = 0; i < latencies.size(); i++) {
            if (phaseOf.get(i).equals(name)) {
              inPhase.add(latencies.get(i));
            }
          }
        }
        Collections.sort(inPhase);
        phases.put(
            name,
            new Phase(
                inPhase.size(),
                percentile(inPhase, 0.5),
                percentile(inPhase, 0.99),
                inPhase.isEmpty() ? Double.NaN : inPhase.get(inPhase.size() - 1)));
      }
      int switches = 0;
      int flips = 0;
      List<String> seen = new ArrayList<>();
      for (String version : versions) {
        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(version)) {
          if (seen.contains(version)) {
            flips++;
          } else if (!seen.isEmpty()) {
            switches++;
          }
          seen.add(version);
        }
      }
      return new Result(
          requests.get(),
          notOk.get(),
          limited.get(),
          sorted.size(),
          percentile(sorted, 0.50),
          percentile(sorted, 0.99),
          sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1),
          switches,
          flips,
          ingestSeconds,
          switchSeconds,
          phases,
          List.copyOf(examples));
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
  }

  /** The figure requests the clients send: unfiltered (cached) and filtered (computed). */
  private static List<String> figureRequests() {
    return List.of(
        "api/answer",
        "api/datasets",
        "api/experience-curves",
        "api/claims",
        "api/answer?dataset=it-salary-survey-eu&country=DE",
        "api/answer?seniority=senior",
        "api/answer?country=DE&seniority=middle",
        "api/compare?role=backend&vs=frontend",
        "api/compare?role=backend&vs=frontend&country=DE",
        "api/compare?role=backend&dataset=it-salary-survey-eu&by=seniority",
        "api/factors/experience?dataset=it-salary-survey-eu",
        "api/factors/location?dataset=it-salary-survey-eu",
        "api/experience-curves?country=DE",
        "api/estimate?role=backend&years=6&metro=Berlin",
        "api/estimate?role=frontend&years=3&country=DE",
        "api/editions/it-salary-survey-eu/2020",
        "api/openapi.json");
  }

  /** The filter values the server offers, for random filtered requests. */
  private static Map<String, List<String>> offeredValues(HttpClient client, URI base)
      throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(base.resolve("api/datasets")).build(),
            HttpResponse.BodyHandlers.ofString());
    return HostileRequests.offeredValues(response.body());
  }

  private static void count(
      int status, String path, AtomicInteger notOk, AtomicInteger limited, List<String> examples) {
    if (status == 429) {
      limited.incrementAndGet();
    } else if (status < 200 || status > 299) {
      notOk.incrementAndGet();
      note(examples, status + " for " + path);
    }
  }

  private static URI awaitServing(Path log, Process server) throws Exception {
    for (int i = 0; i < 600; i++) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server exited: " + Files.readString(log));
      }
      if (Files.exists(log)) {
        Matcher m = SERVING.matcher(Files.readString(log));
        if (m.find()) {
          return URI.create(m.group(1));
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server did not start: " + Files.readString(log));
  }

  /** Waits until the server has its first data (figures are then answered). */
  private static void awaitFigures(HttpClient client, URI base) throws Exception {
    for (int i = 0; i < 1200; i++) {
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(base.resolve("api/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (health.body().matches("(?s).*\"status\"\\s*:\\s*\"ok\".*")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server never loaded its data");
  }

  static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static void note(List<String> examples, String problem) {
    synchronized (examples) {
      if (examples.size() < 20) {
        examples.add(problem);
      }
    }
  }
}
