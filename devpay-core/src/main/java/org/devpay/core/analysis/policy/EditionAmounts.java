package org.devpay.core.analysis.policy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.devpay.core.model.PayRecord;

/**
 * Which amount of an edition's records the analyses compare, decided in one place so every analysis
 * of an edition states pay in the same currency: annual pay in the published currency when the
 * edition has one currency, else annual pay in US dollars.
 *
 * @param currency the currency the figures are in
 * @param mixedCurrencies whether the records were published in more than one currency (then the
 *     figures are in US dollars)
 * @param amount reads a record's annual pay in that currency
 */
public record EditionAmounts(
    String currency, boolean mixedCurrencies, ToDoubleFunction<PayRecord> amount) {
  /** The amount the analyses of an edition's records compare. */
  public static EditionAmounts of(List<PayRecord> records) {
    Set<String> currencies =
        records.stream()
            .map(r -> r.published().currency())
            .collect(Collectors.toCollection(TreeSet::new));
    if (currencies.size() == 1) {
      return new EditionAmounts(currencies.iterator().next(), false, PayRecord::annualLocal);
    }
    return new EditionAmounts("USD", currencies.size() > 1, PayRecord::annualUsd);
  }
}
