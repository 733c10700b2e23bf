package org.devpay.core.taxonomy;

import org.devpay.core.model.Seniority;

/**
 * Maps a published seniority label or a job title to a {@link Seniority} through the reviewed table
 * {@code seniority.csv}, so levels compare across datasets; anything else is UNKNOWN.
 */
public final class SeniorityTaxonomy {
  static final String RESOURCE = "seniority.csv";

  private final RuleTable<Seniority> rules;

  private SeniorityTaxonomy(RuleTable<Seniority> rules) {
    this.rules = rules;
  }

  /** The table shipped with devpay-core. */
  public static SeniorityTaxonomy fromResources() {
    return Holder.SHIPPED;
  }

  /** The seniority of {@code label}; UNKNOWN when no rule applies. */
  public Seniority classify(String datasetId, String label) {
    return match(datasetId, label).orElse(Seniority.UNKNOWN);
  }

  /** The seniority the first applicable rule gives {@code label}; empty when none applies. */
  public java.util.Optional<Seniority> match(String datasetId, String label) {
    return rules.value(datasetId, label);
  }

  public RuleTable<Seniority> rules() {
    return rules;
  }

  private static Seniority parse(String value) {
    return Seniority.parse(value).orElseThrow(() -> new IllegalArgumentException(value));
  }

  private static final class Holder {
    static final SeniorityTaxonomy SHIPPED =
        new SeniorityTaxonomy(
            RuleTable.load(SeniorityTaxonomy.class, RESOURCE, "value", SeniorityTaxonomy::parse));
  }
}
