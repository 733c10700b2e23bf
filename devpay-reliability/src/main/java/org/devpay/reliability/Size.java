package org.devpay.reliability;

import java.util.Locale;

/**
 * How much of each kind of trouble a run of the suite makes: the full size the issue asks for, or
 * the smoke size that CI runs in a few minutes.
 *
 * @param mutatedFiles mutated real files ingested
 * @param killTrials ingests killed with SIGKILL and checked
 * @param hostileRequests hostile requests sent to a server
 * @param largeLoad whether the load test ingests the large datasets (levels.fyi, Stack Overflow
 *     2016) while it loads the API, rather than one small file
 */
public record Size(
    String name, int mutatedFiles, int killTrials, int hostileRequests, boolean largeLoad) {
  public static final Size SMOKE = new Size("smoke", 300, 3, 1_000, false);
  public static final Size FULL = new Size("full", 10_000, 50, 10_000, true);

  /** "smoke" or "full". */
  public static Size parse(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "smoke" -> SMOKE;
      case "full" -> FULL;
      default -> throw new IllegalArgumentException("--size is smoke or full, not " + name);
    };
  }
}
