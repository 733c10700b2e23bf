package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.analysis.engine.GroupSelector;

/**
 * One effect a claim is tested on: what is measured between which groups, among whom, in which
 * datasets, holding what fixed, and the rule that turns its interval into a verdict.
 *
 * @param name a short name ("back-end over front-end")
 * @param measure the effect measure
 * @param focal the group the claim is about (for trends: its role)
 * @param baseline the group it is compared with; empty for "everyone else who states it"
 * @param population who is compared at all (filters such as a metro or a country)
 * @param datasets dataset ids (or sources, {@link #uses}) to use; empty for every dataset
 * @param controls what the adjusted premium holds fixed (controls defining the groups are left out)
 * @param rule the decision rule, thresholds in the measure's unit
 * @param decides false for an effect reported beside the claim (with its own verdict) that does not
 *     enter the claim's verdict, such as a proxy the data hold only indirectly
 * @param robustToPooling true when the verdict must hold whichever way editions are pooled
 *     (Hartung-Knapp-Sidik-Jonkman, DerSimonian-Laird normal, fixed effect): where they disagree
 *     the verdict is inconclusive and says it is not robust
 */
public record ClaimEffect(
    String name,
    Measure measure,
    GroupSelector focal,
    Optional<GroupSelector> baseline,
    GroupSelector population,
    Set<String> datasets,
    List<Control> controls,
    DecisionRule rule,
    boolean decides,
    boolean robustToPooling) {
  public ClaimEffect {
    requireNonNull(name, "name is null");
    requireNonNull(measure, "measure is null");
    requireNonNull(focal, "focal is null");
    requireNonNull(baseline, "baseline is null");
    requireNonNull(population, "population is null");
    datasets = java.util.Collections.unmodifiableSet(new TreeSet<>(datasets));
    controls = List.copyOf(controls);
    requireNonNull(rule, "rule is null");
    if (measure.trend() && focal.roles().size() != 1) {
      throw new IllegalArgumentException(
          "effect '" + name + "': a trend measure needs exactly one focal role");
    }
  }

  /** An effect that decides, without the pooling check. */
  public ClaimEffect(
      String name,
      Measure measure,
      GroupSelector focal,
      Optional<GroupSelector> baseline,
      GroupSelector population,
      Set<String> datasets,
      List<Control> controls,
      DecisionRule rule,
      boolean decides) {
    this(name, measure, focal, baseline, population, datasets, controls, rule, decides, false);
  }

  /**
   * Whether an edition of this dataset is used: every dataset when none is named, else a dataset
   * named as such or by its source (its id without a trailing year: "so-survey" names
   * so-survey-2011 to so-survey-2025, present and future).
   */
  public boolean uses(String datasetId) {
    return datasets.isEmpty()
        || datasets.contains(datasetId)
        || datasets.contains(org.devpay.core.analysis.PayTrends.sourceOf(datasetId));
  }
}
