package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.analysis.AnswerSettings;

/**
 * The verdicts on a set of claims evaluated together, with the settings they were computed with,
 * the multiplicity adjustment applied across them, and the rows the plausibility screen left out.
 *
 * @param verdicts one per claim, in the file's order
 * @param settings the bootstrap, screen, privacy floor and confidence used
 * @param adjustment how p-values were adjusted across the effects evaluated together
 * @param screened per edition, the rows left out as implausible amounts, with the rule
 */
public record ClaimsEvaluation(
    List<ClaimVerdict> verdicts,
    AnswerSettings settings,
    String adjustment,
    List<ScreenedRows> screened) {
  public ClaimsEvaluation {
    verdicts = List.copyOf(verdicts);
    requireNonNull(settings, "settings is null");
    requireNonNull(adjustment, "adjustment is null");
    screened = List.copyOf(screened);
  }

  /**
   * Rows of one edition left out of every claim as implausible amounts.
   *
   * @param edition "dataset edition"
   * @param rows how many
   * @param rule the rule and its reason
   */
  public record ScreenedRows(String edition, int rows, String rule) {
    public ScreenedRows {
      requireNonNull(edition, "edition is null");
      requireNonNull(rule, "rule is null");
    }
  }
}
