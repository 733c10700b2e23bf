package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.analysis.policy.PopulationCount;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.TaxBasis;

/**
 * The answer for one dataset edition: pay by role as published and screened, the back-end ratios
 * and one plain sentence. Figures are never compared across editions here: each edition's pay basis
 * (gross or net) and scope (base or total) are stated so readers do not mix them.
 *
 * @param datasetId dataset id
 * @param edition edition label
 * @param years survey years the records cover, ascending
 * @param currency currency of the quantiles (the published one)
 * @param publishedPeriod period the source published (figures are annualised)
 * @param basis gross or net
 * @param scope base or total
 * @param asPublished figures with no outlier screen
 * @param screened figures after the outlier screen
 * @param verdict one plain sentence, from the screened view
 * @param population whom the figures are about, and how many rows the population filter removed
 * @param binned interval-aware quartiles per role when pay was published in bins (empty otherwise)
 */
public record EditionAnswer(
    String datasetId,
    String edition,
    List<Integer> years,
    String currency,
    PayPeriod publishedPeriod,
    TaxBasis basis,
    PayScope scope,
    AnswerView asPublished,
    AnswerView screened,
    String verdict,
    PopulationCount population,
    List<BinnedRoleCell> binned) {
  public EditionAnswer {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    years = List.copyOf(years);
    requireNonNull(currency, "currency is null");
    requireNonNull(publishedPeriod, "publishedPeriod is null");
    requireNonNull(basis, "basis is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(asPublished, "asPublished is null");
    requireNonNull(screened, "screened is null");
    requireNonNull(verdict, "verdict is null");
    requireNonNull(population, "population is null");
    binned = List.copyOf(binned);
  }
}
