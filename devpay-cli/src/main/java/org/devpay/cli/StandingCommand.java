package org.devpay.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.estimate.Estimator;
import org.devpay.core.estimate.EstimatorSettings;
import org.devpay.core.estimate.PayLocator;
import org.devpay.core.estimate.Profile;
import org.devpay.core.estimate.StandingResult;
import org.devpay.core.estimate.StatedPay;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.TaxBasis;
import org.devpay.ingest.IngestRun;
import org.devpay.ingest.StorePayData;
import org.devpay.report.AnswerDocument;
import org.devpay.report.StandingDocument;
import org.devpay.store.DevpayStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code devpay standing}: where a stated pay stands among comparable respondents, per dataset
 * edition that can answer the profile, from the estimator's predictive distribution, with the
 * locator's disclosure control.
 */
@Command(
    name = "standing",
    mixinStandardHelpOptions = true,
    description = {
      "Places a pay among comparable respondents: per dataset edition whose comparable cell (same"
          + " role and place) has at least k respondents, the share paid less (a band, with a 95%%"
          + " interval) from the estimator's model, the cell's own share where the cell is large"
          + " enough, and the pay as the edition reads it (annual, its currency at the survey"
          + " year's average rate, adjusted by consumer prices to the survey year).",
      "Each edition reads the pay on its own basis (gross or net, base or total) and says which;"
          + " --basis and --scope leave out editions of another basis.",
      "Exit code 3 when no edition can answer."
    })
final class StandingCommand implements Callable<Integer> {
  /** Pay periods a stated pay may have. */
  enum Period {
    YEAR,
    MONTH
  }

  @Mixin StoreOptions store;

  @Option(
      names = "--pay",
      required = true,
      paramLabel = "AMOUNT",
      description = "The pay to place, per --period (65000).")
  double pay;

  @Option(
      names = "--currency",
      required = true,
      paramLabel = "CUR",
      description = "Its currency, ISO 4217 (EUR, USD, GBP, ...).")
  String currency;

  @Option(
      names = "--period",
      defaultValue = "year",
      paramLabel = "year|month",
      description = "What the amount is for (default: ${DEFAULT-VALUE}).")
  Period period;

  @Option(
      names = "--pay-year",
      paramLabel = "YEAR",
      description =
          "The year whose money the pay is in (default: the latest year devpay's consumer price"
              + " index covers).")
  Integer payYear;

  @Option(
      names = "--basis",
      paramLabel = "gross|net",
      description = "Only editions that publish pay on this basis.")
  TaxBasis basis;

  @Option(
      names = "--scope",
      paramLabel = "base|total",
      description = "Only editions that publish this pay: base salary or total compensation.")
  PayScope scope;

  @Mixin ProfileOptions profileOptions;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Ingest the datasets under DIR first.")
  Path data;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--seed",
      defaultValue = "" + EstimatorSettings.DEFAULT_SEED,
      description = "Seed of the train / calibration / test split (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--k",
      defaultValue = "10",
      description =
          "Privacy floor: minimum respondents in the comparable cell (default: ${DEFAULT-VALUE}).")
  int minimumCellSize;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EstimatorSettings settings = settings();
    Profile profile = profileOptions.profile("");
    try (DevpayStore opened = store.open(Optional.ofNullable(data))) {
      Optional<IngestRun> run = Optional.empty();
      if (data != null) {
        run = Optional.of(Wiring.ingestDirectory(opened, data));
        // The summary goes to stderr so that stdout holds only the answer.
        IngestSummary.print(run.get(), spec.commandLine().getErr());
      }
      StorePayData stored = new StorePayData(opened);
      if (stored.editions().isEmpty()) {
        throw NoData.in(opened.file(), Optional.ofNullable(data), run);
      }
      PayLocator locator = new PayLocator(new Estimator(stored, settings));
      StandingResult result = locator.locate(profile, profileOptions.scope(), stated(locator));
      switch (format) {
        case JSON -> out.print(AnswerDocument.write(StandingDocument.render(result)));
        case CSV -> out.print(StandingDocument.rows(result).csv());
        case TABLE -> StandingTables.print(result, out);
      }
      out.flush();
      return 0;
    }
  }

  private StatedPay stated(PayLocator locator) {
    String code = currency.strip().toUpperCase(Locale.ROOT);
    try {
      return new StatedPay(
          pay,
          code,
          period == Period.MONTH ? PayPeriod.MONTH : PayPeriod.YEAR,
          payYear != null ? payYear : locator.defaultPayYear(code),
          Optional.ofNullable(basis),
          Optional.ofNullable(scope));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }

  private EstimatorSettings settings() {
    try {
      return EstimatorSettings.defaults()
          .withSeed(seed)
          .withPrivacyFloor(new PrivacyFloor(minimumCellSize));
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
  }
}
