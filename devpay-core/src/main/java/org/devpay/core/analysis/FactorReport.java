package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.devpay.core.analysis.engine.Control;

/**
 * What one factor (experience, industry, skills, location) does to pay: median cells per level, and
 * per level an adjusted premium per edition and pooled, with BH-adjusted p-values across the
 * levels, so a reader sees both the plain medians and what remains once the mix is held fixed.
 *
 * @param factor which factor
 * @param population who is looked at
 * @param premiumDefinition what each level's premium compares, in words
 * @param controls what the premiums hold fixed
 * @param cells median pay per edition, group and level (k-floored)
 * @param levels the premium of each level
 * @param curves experience curves (only for the experience factor)
 */
public record FactorReport(
    Factor factor,
    String population,
    String premiumDefinition,
    List<Control> controls,
    List<LevelCell> cells,
    List<FactorLevel> levels,
    List<ExperienceCurves.EditionCurves> curves) {
  public FactorReport {
    requireNonNull(factor, "factor is null");
    requireNonNull(population, "population is null");
    requireNonNull(premiumDefinition, "premiumDefinition is null");
    controls = List.copyOf(controls);
    cells = List.copyOf(cells);
    levels = List.copyOf(levels);
    curves = List.copyOf(curves);
  }

  /** The factors devpay breaks pay down by. */
  public enum Factor {
    EXPERIENCE("experience"),
    INDUSTRY("industry"),
    SKILLS("skills"),
    LOCATION("location");

    private final String id;

    Factor(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static java.util.Optional<Factor> parse(String text) {
      String t = text.trim().toLowerCase(java.util.Locale.ROOT);
      return java.util.Arrays.stream(values())
          .filter(f -> f.id.equals(t) || (f == SKILLS && t.equals("skill")))
          .findFirst();
    }
  }
}
