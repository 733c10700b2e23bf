package org.devpay.core.taxonomy;

import java.util.Locale;
import org.devpay.core.model.Employment;

/**
 * Maps a published employment status to an {@link Employment} through the reviewed table {@code
 * employment.csv}, so analyses can keep to full-time employees; anything else is UNKNOWN.
 */
public final class EmploymentTaxonomy {
  static final String RESOURCE = "employment.csv";

  private final RuleTable<Employment> rules;

  private EmploymentTaxonomy(RuleTable<Employment> rules) {
    this.rules = rules;
  }

  /** The table shipped with devpay-core. */
  public static EmploymentTaxonomy fromResources() {
    return Holder.SHIPPED;
  }

  /** The employment status of {@code label}; UNKNOWN when no rule applies. */
  public Employment classify(String datasetId, String label) {
    return rules.value(datasetId, label).orElse(Employment.UNKNOWN);
  }

  public RuleTable<Employment> rules() {
    return rules;
  }

  private static Employment parse(String value) {
    return Employment.valueOf(value.toUpperCase(Locale.ROOT));
  }

  private static final class Holder {
    static final EmploymentTaxonomy SHIPPED =
        new EmploymentTaxonomy(
            RuleTable.load(EmploymentTaxonomy.class, RESOURCE, "value", EmploymentTaxonomy::parse));
  }
}
