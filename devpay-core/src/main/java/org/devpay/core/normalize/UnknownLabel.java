package org.devpay.core.normalize;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A label of an accepted row that no rule of a taxonomy knows, so that ingest can count such labels
 * per edition and show the most frequent ones instead of letting them pass unseen: a role label
 * read as other, a seniority label read as unknown, an employment status read as other (never as
 * full time).
 *
 * @param taxonomy the taxonomy that does not know it
 * @param label the label as published, stripped
 */
public record UnknownLabel(Taxonomy taxonomy, String label) {
  /** The taxonomies whose unknown labels are counted. */
  public enum Taxonomy {
    ROLE,
    SENIORITY,
    EMPLOYMENT;

    /** "role", "seniority" or "employment": as stored and printed. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The taxonomy with this {@link #id()}. */
    public static Taxonomy parse(String id) {
      return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
  }

  public UnknownLabel {
    requireNonNull(taxonomy, "taxonomy is null");
    requireNonNull(label, "label is null");
    if (label.isBlank()) {
      throw new IllegalArgumentException("a blank label is not recorded, not unknown");
    }
  }
}
