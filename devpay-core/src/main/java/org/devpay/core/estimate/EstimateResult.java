package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.data.EditionKey;

/**
 * A profile's estimates, one per dataset edition that can answer it (largest comparable cell
 * first), and the editions that could not, with the reason.
 *
 * @param profile the profile as asked (metro spelled as the data spells it)
 * @param settings how the models were fitted and calibrated
 * @param estimates one per edition, at least one
 * @param skipped editions in scope that gave no estimate
 */
public record EstimateResult(
    Profile profile,
    EstimatorSettings settings,
    List<PayEstimate> estimates,
    List<Skipped> skipped) {
  public EstimateResult {
    requireNonNull(profile, "profile is null");
    requireNonNull(settings, "settings is null");
    estimates = List.copyOf(estimates);
    skipped = List.copyOf(skipped);
  }

  /**
   * An edition that gave no estimate.
   *
   * @param edition the edition
   * @param reason why, in words
   */
  public record Skipped(EditionKey edition, String reason) {
    public Skipped {
      requireNonNull(edition, "edition is null");
      requireNonNull(reason, "reason is null");
    }
  }
}
