package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where a stated pay stands for a profile, one answer per dataset edition that can give one (in the
 * estimator's order), and the editions that could not, with the reason.
 *
 * @param profile the profile as asked (metro spelled as the data spells it)
 * @param pay the pay as stated
 * @param settings how the models were fitted and calibrated
 * @param controlled whether the locator's disclosure control was applied (always, outside attack
 *     tests)
 * @param standings one per edition, at least one
 * @param skipped editions in scope that gave no answer
 */
public record StandingResult(
    Profile profile,
    StatedPay pay,
    EstimatorSettings settings,
    boolean controlled,
    List<PayStanding> standings,
    List<EstimateResult.Skipped> skipped) {
  public StandingResult {
    requireNonNull(profile, "profile is null");
    requireNonNull(pay, "pay is null");
    requireNonNull(settings, "settings is null");
    standings = List.copyOf(standings);
    skipped = List.copyOf(skipped);
  }
}
