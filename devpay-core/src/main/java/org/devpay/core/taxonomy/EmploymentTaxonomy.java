package org.devpay.core.taxonomy;

import java.util.Locale;
import org.devpay.core.model.Employment;

/**
 * Maps a published employment status to an {@link Employment} through the reviewed table {@code
 * employment.csv}, so analyses can keep to full-time employees. A blank status (not asked, not
 * answered) is UNKNOWN; a status no rule knows is OTHER, so that a label devpay has never seen (a
 * new survey wave's "lost my job") is never read as full time: the default population keeps UNKNOWN
 * rows but not OTHER ones.
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

  /**
   * The employment status of {@code label}: the first applicable rule's, else UNKNOWN for a blank
   * label and OTHER for one no rule knows.
   */
  public Employment classify(String datasetId, String label) {
    return orDefault(label, match(datasetId, label));
  }

  /** The status the first applicable rule gives {@code label}; empty when none applies. */
  public java.util.Optional<Employment> match(String datasetId, String label) {
    return rules.value(datasetId, label);
  }

  /** What {@link #classify} makes of a label given its {@link #match}. */
  public static Employment orDefault(String label, java.util.Optional<Employment> match) {
    if (label.isBlank()) {
      return Employment.UNKNOWN;
    }
    return match.orElse(Employment.OTHER);
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
