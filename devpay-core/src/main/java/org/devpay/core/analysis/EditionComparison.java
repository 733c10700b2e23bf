package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import org.devpay.core.data.EditionKey;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.TaxBasis;

/**
 * A comparison within one dataset edition: the premium with the edition's pay basis, scope and
 * currency (never mixed with another edition's), the rows it rests on and one plain sentence.
 *
 * @param edition the dataset edition
 * @param currency the currency of the medians
 * @param basis gross or net pay
 * @param scope base pay or total compensation
 * @param screenedRows rows of the edition after the outlier screen
 * @param populationRows screened rows in the population compared
 * @param overlapRows rows in both groups, left out of both (never counted twice)
 * @param premium the premium
 * @param sentence one plain sentence
 */
public record EditionComparison(
    EditionKey edition,
    String currency,
    TaxBasis basis,
    PayScope scope,
    int screenedRows,
    int populationRows,
    int overlapRows,
    Premium premium,
    String sentence) {
  public EditionComparison {
    requireNonNull(edition, "edition is null");
    requireNonNull(currency, "currency is null");
    requireNonNull(basis, "basis is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(premium, "premium is null");
    requireNonNull(sentence, "sentence is null");
  }
}
