package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.devpay.core.data.EditionKey;

/**
 * The estimator's measured accuracy on one dataset edition: for the model with every fact the
 * edition records ("full"), and for the model most visitors get, role, place and experience (or
 * seniority where experience is not recorded) ("basic").
 *
 * @param edition the dataset edition
 * @param currency the currency pay is modelled in
 * @param basis gross or net
 * @param scope base or total
 * @param records every record of the edition
 * @param notEmployed records left out for their employment (interns, part-time, unemployed, other)
 * @param screenedOut records left out by the outlier screen
 * @param rows the rows the estimator learns from
 * @param binned whether pay is published in bins (measured against each bin's value)
 * @param weighted whether rows carry frequency weights
 * @param full the model with every recorded fact, or empty with {@code failure} when it cannot be
 *     fitted
 * @param basic the model with role, place and experience
 * @param failure why no model could be fitted, or empty
 */
public record EditionEvaluation(
    EditionKey edition,
    String currency,
    String basis,
    String scope,
    int records,
    int notEmployed,
    int screenedOut,
    int rows,
    boolean binned,
    boolean weighted,
    Optional<ModelSummary> full,
    Optional<ModelSummary> basic,
    Optional<String> failure) {
  public EditionEvaluation {
    requireNonNull(edition, "edition is null");
    requireNonNull(currency, "currency is null");
    requireNonNull(basis, "basis is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(full, "full is null");
    requireNonNull(basic, "basic is null");
    requireNonNull(failure, "failure is null");
  }
}
