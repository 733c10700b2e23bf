package org.devpay.core.estimate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.core.model.PayRecord;
import org.devpay.core.stats.Quantiles;

/**
 * How modelled pay becomes local currency and US dollars for one cell: an edition that mixes
 * currencies is modelled in US dollars and shown in its cell's most common currency.
 *
 * @param localCurrency the currency the estimate is shown in
 * @param usdPerUnit US dollars per unit of it: the median over the cell's rows
 * @param modelledInUsd whether the model's pay is in US dollars
 */
record Exchange(String localCurrency, double usdPerUnit, boolean modelledInUsd) {
  /** The exchange for the rows of a cell. */
  static Exchange of(EditionPopulation population, List<Integer> cell) {
    if (!population.mixesCurrencies()) {
      double[] rates = cell.stream().mapToDouble(i -> population.record(i).usdPerUnit()).toArray();
      return new Exchange(population.currency(), Quantiles.of(rates, 0.5), false);
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (int i : cell) {
      counts.merge(population.record(i).published().currency(), 1, Integer::sum);
    }
    String currency =
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    double[] rates =
        cell.stream()
            .map(population::record)
            .filter(r -> r.published().currency().equals(currency))
            .mapToDouble(PayRecord::usdPerUnit)
            .toArray();
    return new Exchange(currency, Quantiles.of(rates, 0.5), true);
  }

  /** A band of the model as a band in the local currency. */
  PayBand local(PayBand modelled) {
    return modelledInUsd ? modelled.times(1 / usdPerUnit, localCurrency) : modelled;
  }

  /** A band of the model as a band in US dollars. */
  PayBand usd(PayBand modelled) {
    return modelledInUsd ? modelled : modelled.times(usdPerUnit, "USD");
  }

  /** An amount of the model in the local currency. */
  double localAmount(double modelled) {
    return modelledInUsd ? modelled / usdPerUnit : modelled;
  }

  /** An amount of the model in US dollars. */
  double usdAmount(double modelled) {
    return modelledInUsd ? modelled : modelled * usdPerUnit;
  }
}
