package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.analysis.AnswerSettings;

/**
 * The verdicts on a set of claims evaluated together, with the settings they were computed with and
 * the multiplicity adjustment applied across them.
 *
 * @param verdicts one per claim, in the file's order
 * @param settings the bootstrap, screen, privacy floor and confidence used
 * @param adjustment how p-values were adjusted across the effects evaluated together
 */
public record ClaimsEvaluation(
    List<ClaimVerdict> verdicts, AnswerSettings settings, String adjustment) {
  public ClaimsEvaluation {
    verdicts = List.copyOf(verdicts);
    requireNonNull(settings, "settings is null");
    requireNonNull(adjustment, "adjustment is null");
  }
}
