package org.devpay.core.taxonomy;

import org.devpay.core.model.RoleFamily;

/**
 * Maps a published role label to a {@link RoleFamily} through the reviewed table {@code roles.csv},
 * so every dataset's roles compare; a label no rule knows is {@link RoleFamily#OTHER}, a blank one
 * (no role recorded) {@link RoleFamily#UNKNOWN}.
 */
public final class RoleTaxonomy {
  static final String RESOURCE = "roles.csv";

  private final RuleTable<RoleFamily> rules;

  private RoleTaxonomy(RuleTable<RoleFamily> rules) {
    this.rules = rules;
  }

  /** The table shipped with devpay-core. */
  public static RoleTaxonomy fromResources() {
    return Holder.SHIPPED;
  }

  /**
   * The role family of {@code label} in dataset {@code datasetId}: UNKNOWN for a blank label, OTHER
   * when no rule applies.
   */
  public RoleFamily classify(String datasetId, String label) {
    return orDefault(label, match(datasetId, label));
  }

  /** The family the first applicable rule gives {@code label}; empty when none applies. */
  public java.util.Optional<RoleFamily> match(String datasetId, String label) {
    return rules.value(datasetId, label);
  }

  /**
   * What {@link #classify} makes of a label given its {@link #match}: the matched family, else
   * UNKNOWN for a blank label and OTHER for one no rule knows.
   */
  public static RoleFamily orDefault(String label, java.util.Optional<RoleFamily> match) {
    if (label.isBlank()) {
      return RoleFamily.UNKNOWN;
    }
    return match.orElse(RoleFamily.OTHER);
  }

  /** The underlying rules, for tests and for explaining a classification. */
  public RuleTable<RoleFamily> rules() {
    return rules;
  }

  private static RoleFamily parse(String value) {
    return RoleFamily.parse(value).orElseThrow(() -> new IllegalArgumentException(value));
  }

  private static final class Holder {
    static final RoleTaxonomy SHIPPED =
        new RoleTaxonomy(
            RuleTable.load(RoleTaxonomy.class, RESOURCE, "family", RoleTaxonomy::parse));
  }
}
