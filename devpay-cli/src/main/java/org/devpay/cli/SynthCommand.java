package org.devpay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.sources.synth.PlantedEffects;
import org.devpay.sources.synth.SynthFormat;
import org.devpay.sources.synth.SyntheticSurvey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay synth}: writes a synthetic survey in a real published schema with known effects
 * planted, for scale runs that are also correctness runs (the answer must recover the planted
 * back-end premium within its interval).
 */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic survey in a real published schema (Stack Overflow 2024 or DOU), which"
          + " devpay's own reader ingests, with known effects planted: a back-end premium over"
          + " front-end and full-stack, an experience slope, place premiums, and a share of junk"
          + " rows for the screens.",
      "Synthetic rows are not survey answers: keep them in a store of their own (--db)."
    })
final class SynthCommand implements Callable<Integer> {
  @Option(names = "--rows", required = true, paramLabel = "N", description = "Data rows to write.")
  long rows;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "so-2024 or dou.")
  String format;

  @Option(
      names = "--out",
      defaultValue = "devpay-synth",
      paramLabel = "DIR",
      description = "Folder to write into (created if absent; default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "" + SyntheticSurvey.DEFAULT_SEED,
      description = "Seed of the random draws (default: ${DEFAULT-VALUE}); same seed, same file.")
  long seed;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SynthFormat synthFormat =
        SynthFormat.parse(format)
            .orElseThrow(
                () ->
                    new DevpayException(
                        ErrorCategory.USER_INPUT,
                        "unknown --format '" + format + "': use so-2024 or dou"));
    if (rows <= 0) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "--rows must be a positive number of rows, not " + rows);
    }
    SyntheticSurvey.Written written;
    try {
      written = SyntheticSurvey.write(out, synthFormat, rows, seed);
    } catch (IOException e) {
      throw new DevpayException(
          ErrorCategory.USER_INPUT, "cannot write the synthetic survey: " + e.getMessage(), e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "wrote %s: %,d rows (%,d with junk pay), format %s, seed %d%n",
        written.file(),
        written.rows(),
        written.junkRows(),
        synthFormat.id(),
        seed);
    PlantedEffects effects = written.effects();
    stdout.printf(
        Locale.ROOT,
        "planted: back-end / front-end = %.4f, back-end / full-stack = %.4f (ratios of medians),"
            + " %.4f ln pay per year of experience up to %d years, noise sd %.2f%n",
        effects.backendRatioOver("frontend"),
        effects.backendRatioOver("fullstack"),
        effects.yearsSlope(),
        effects.yearsCap(),
        effects.noiseSd());
    for (Map.Entry<String, Double> place : effects.placeEffects().entrySet()) {
      stdout.printf(
          Locale.ROOT, "planted place: %s %+.2f ln pay%n", place.getKey(), place.getValue());
    }
    return 0;
  }
}
