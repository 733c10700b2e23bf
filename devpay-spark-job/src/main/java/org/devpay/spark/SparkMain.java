package org.devpay.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RoleFamily;
import org.devpay.report.AnswerDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./devpay-spark}: {@code devpay answer} and {@code devpay compare} as Spark jobs, for data
 * that outgrows one machine. Same options where they apply, same JSON documents.
 */
@Command(
    name = "devpay-spark",
    mixinStandardHelpOptions = true,
    subcommands = {SparkMain.Answer.class, SparkMain.Compare.class},
    description = "devpay's answer and comparison on Spark (local, standalone or Kubernetes).")
public final class SparkMain implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (README: 0, 2, 3, 4, 6, 70). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The command line, for tests that capture its output. */
  static CommandLine commandLine() {
    return new CommandLine(new SparkMain())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (exception, line, parsed) -> {
              if (exception instanceof DevpayException devpay) {
                line.getErr().println("devpay-spark: " + devpay.getMessage());
                return devpay.category().exitCode();
              }
              line.getErr().println("devpay-spark: internal error: " + exception);
              exception.printStackTrace(line.getErr());
              return ErrorCategory.INTERNAL.exitCode();
            })
        .setParameterExceptionHandler(
            (exception, args) -> {
              exception
                  .getCommandLine()
                  .getErr()
                  .println("devpay-spark: " + exception.getMessage());
              return ErrorCategory.USER_INPUT.exitCode();
            });
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  /** Where the records come from, and where the job runs. */
  static final class Inputs {
    @Option(
        names = "--data",
        arity = "1..*",
        paramLabel = "DIR|FILE",
        description = "Read the tables under DIR (or the FILEs) through devpay's adapters.")
    List<Path> data = new ArrayList<>();

    @Option(
        names = "--parquet",
        paramLabel = "DIR|URI",
        description =
            "Read the Parquet written by 'devpay export --format parquet --out DIR' (a folder, or"
                + " a URI such as hdfs://... on shared storage).")
    String parquet;

    @Option(
        names = "--master",
        description =
            "Spark master: local[*], local[N], spark://HOST:PORT, k8s://https://HOST:PORT"
                + " (default: the one spark-submit names, else local[*]).")
    String master;

    /** The master named, else spark-submit's (it sets spark.master in the driver), else local. */
    String master() {
      return master != null ? master : System.getProperty("spark.master", "local[*]");
    }

    @Option(
        names = "--format",
        defaultValue = "text",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    void check() {
      if (data.isEmpty() == (parquet == null)) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT, "name the input with exactly one of --data or --parquet");
      }
    }

    SparkJob.Input read(SparkJob job, PrintWriter err) {
      return parquet != null ? job.fromParquet(parquet) : job.fromFiles(data, err);
    }
  }

  /** The options that tune the figures, as {@code devpay answer} has them. */
  static final class Tuning {
    @Option(names = "--resamples", defaultValue = "2000", description = "Bootstrap resamples.")
    int resamples;

    @Option(names = "--seed", defaultValue = "20250119", description = "Bootstrap seed.")
    long seed;

    @Option(names = "--confidence", defaultValue = "0.95", description = "Interval confidence.")
    double confidence;

    @Option(
        names = "--population",
        paramLabel = "professional|all",
        defaultValue = "professional",
        description = "Whom the figures are about (default: ${DEFAULT-VALUE}).")
    String population;

    @Option(
        names = "--k",
        defaultValue = "10",
        description = "Privacy floor: minimum respondents per published cell.")
    int k;

    JobSettings job(String focal, List<String> versus, List<String> controls, boolean split) {
      JobSettings job =
          new JobSettings(
              resamples, seed, confidence, population, k, focal, versus, controls, split);
      try {
        job.settings();
      } catch (IllegalArgumentException e) {
        throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
      }
      return job;
    }
  }

  /** {@code answer}: per edition and role n and quartiles, the back-end ratios and a verdict. */
  @Command(
      name = "answer",
      mixinStandardHelpOptions = true,
      description = "Answers 'are back-end developers paid more?' per edition, on Spark.")
  static final class Answer implements Callable<Integer> {
    @Mixin Inputs inputs;
    @Mixin Tuning tuning;
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      inputs.check();
      JobSettings settings = tuning.job("", List.of(), List.of(), false);
      PrintWriter err = spec.commandLine().getErr();
      ObjectNode document;
      try (SparkJob job = SparkJob.start(inputs.master())) {
        SparkJob.Input input = inputs.read(job, err);
        document = job.answer(input, settings, err);
      }
      if (document.get("editions").isEmpty()) {
        throw new DevpayException(ErrorCategory.MISSING_DATA, "no records in the input");
      }
      print(document, inputs.format, spec.commandLine().getOut(), "verdict");
      return 0;
    }
  }

  /** {@code compare}: one role's premium over others per edition, raw and adjusted, and pooled. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description = "Compares one role's pay with others' per edition and pooled, on Spark.")
  static final class Compare implements Callable<Integer> {
    @Mixin Inputs inputs;
    @Mixin Tuning tuning;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "The role.")
    String role;

    @Option(
        names = "--vs",
        split = ",",
        paramLabel = "ROLE",
        description = "The role(s) compared with (default: every other named role).")
    List<String> versus = new ArrayList<>();

    @Option(
        names = "--controls",
        split = ",",
        paramLabel = "CONTROL",
        description = "What the adjusted premium holds fixed (default: core's defaults).")
    List<String> controls = new ArrayList<>();

    @Option(names = "--no-decomposition", description = "Skip the Oaxaca-Blinder decomposition.")
    boolean noDecomposition;

    @Override
    public Integer call() {
      inputs.check();
      role(role);
      versus.forEach(Compare::role);
      for (String control : controls) {
        if (Control.parse(control).isEmpty()) {
          throw new DevpayException(ErrorCategory.USER_INPUT, "unknown control '" + control + "'");
        }
      }
      JobSettings settings = tuning.job(role, versus, controls, !noDecomposition);
      PrintWriter err = spec.commandLine().getErr();
      ObjectNode document;
      try (SparkJob job = SparkJob.start(inputs.master())) {
        SparkJob.Input input = inputs.read(job, err);
        document = job.compare(input, settings, err);
      }
      print(document, inputs.format, spec.commandLine().getOut(), "sentence");
      return 0;
    }

    private static void role(String text) {
      if (RoleFamily.parse(text).isEmpty()) {
        throw new DevpayException(
            ErrorCategory.USER_INPUT,
            "unknown role '"
                + text
                + "': one of "
                + RoleFamily.stated().stream()
                    .map(RoleFamily::id)
                    .collect(Collectors.joining(", ")));
      }
    }
  }

  /** JSON as devpay writes it; text as one line per edition (its sentence), then the total. */
  private static void print(ObjectNode document, Format format, PrintWriter out, String sentence) {
    if (format == Format.JSON) {
      out.print(AnswerDocument.write(document));
    } else {
      JsonNode editions =
          document.has("editions")
              ? document.get("editions")
              : document.get("comparisons").get(0).get("editions");
      for (JsonNode edition : editions) {
        out.println(
            edition.get("dataset").asText()
                + " "
                + edition.get("edition").asText()
                + ": "
                + edition.get(sentence).asText());
      }
      if (document.has("comparisons")) {
        out.println("pooled: " + document.get("comparisons").get(0).get("sentence").asText());
      }
    }
    out.flush();
  }
}
