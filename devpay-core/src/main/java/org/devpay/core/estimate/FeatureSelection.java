package org.devpay.core.estimate;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The facts of a profile an edition's model uses: those the edition records, less any whose value
 * in the profile the fitted model has too few rows to tell apart (a rare seniority, industry or
 * skills), each dropped with a note, until the model can read the whole profile.
 *
 * @param features the features of the model
 * @param model the model fitted with them
 * @param usedSkills the profile's skills the model has terms for
 */
record FeatureSelection(FeatureSet features, FittedModel model, Set<String> usedSkills) {
  FeatureSelection {
    usedSkills = Collections.unmodifiableSet(new TreeSet<>(usedSkills));
  }

  /**
   * Selects the features for a profile in an edition.
   *
   * @param place how fine the comparable place is
   * @param minimumLevelRows the rows a seniority level needs to be told apart
   * @param fit fits (or recalls) the edition's model for a feature set
   * @param notes receives a note for every fact of the profile left unused
   * @throws EditionRefusal when no model can be fitted
   */
  static FeatureSelection select(
      EditionPopulation population,
      Profile profile,
      FeatureSet.Place place,
      int minimumLevelRows,
      Function<FeatureSet, FittedModel> fit,
      List<EstimateNote> notes) {
    FeatureSet features = recorded(population, profile, place, minimumLevelRows, notes);
    FittedModel model = fitted(features, fit);
    Optional<Drop> drop = firstUnmodelled(profile, model);
    while (drop.isPresent()) {
      notes.add(drop.get().note());
      features = drop.get().features();
      model = fitted(features, fit);
      drop = firstUnmodelled(profile, model);
    }
    Set<String> usedSkills = modelledSkills(profile, model);
    if (features.skills()) {
      notes.add(EstimateNote.Caveat.SKILLS_READ_AS_WHOLE_LIST);
      for (String skill : profile.skills()) {
        if (!usedSkills.contains(skill)) {
          notes.add(new EstimateNote.RareSkill(skill));
        }
      }
    }
    return new FeatureSelection(features, model, usedSkills);
  }

  /** The facts the profile states that the edition records, with a note for each it does not. */
  private static FeatureSet recorded(
      EditionPopulation population,
      Profile profile,
      FeatureSet.Place place,
      int minimumLevelRows,
      List<EstimateNote> notes) {
    boolean experience = profile.yearsExperience().isPresent() && population.recordsYears();
    if (profile.yearsExperience().isPresent() && !experience) {
      notes.add(new EstimateNote.NotRecorded(EstimateNote.Fact.YEARS));
    }
    boolean seniority =
        profile.seniority().isPresent() && population.tellsSenioritiesApart(minimumLevelRows);
    if (profile.seniority().isPresent() && !seniority) {
      notes.add(new EstimateNote.NotRecorded(EstimateNote.Fact.SENIORITY));
    }
    boolean industry = profile.industry().isPresent() && population.recordsIndustries();
    if (profile.industry().isPresent() && !industry) {
      notes.add(new EstimateNote.NotRecorded(EstimateNote.Fact.INDUSTRY));
    }
    boolean skills = !profile.skills().isEmpty() && population.recordsSkills();
    if (!profile.skills().isEmpty() && !skills) {
      notes.add(new EstimateNote.NotRecorded(EstimateNote.Fact.SKILLS));
    }
    return new FeatureSet(place, experience, seniority, industry, skills);
  }

  /** A feature to drop: the feature set without it, and the note saying why. */
  private record Drop(FeatureSet features, EstimateNote note) {}

  /**
   * The first feature whose profile value the model has no term for (seniority, then industry, then
   * skills), or empty when the model reads the whole profile.
   */
  private static Optional<Drop> firstUnmodelled(Profile profile, FittedModel model) {
    FeatureSet features = model.features;
    ModelTerms terms = model.terms;
    if (features.seniority()
        && !terms.seniorities.contains(profile.seniority().orElseThrow().id())) {
      return Optional.of(
          new Drop(
              features.withoutSeniority(),
              new EstimateNote.RareSeniority(profile.seniority().orElseThrow().id())));
    }
    if (features.industry() && !terms.industries.contains(profile.industry().orElseThrow())) {
      return Optional.of(
          new Drop(
              features.withoutIndustry(),
              new EstimateNote.RareIndustry(profile.industry().orElseThrow())));
    }
    if (features.skills() && modelledSkills(profile, model).isEmpty()) {
      return Optional.of(
          new Drop(features.withoutSkills(), new EstimateNote.RareSkills(profile.skills())));
    }
    return Optional.empty();
  }

  /** The profile's skills the model has terms for. */
  private static Set<String> modelledSkills(Profile profile, FittedModel model) {
    Set<String> used = new TreeSet<>(profile.skills());
    used.retainAll(model.terms.skills);
    return used;
  }

  private static FittedModel fitted(FeatureSet features, Function<FeatureSet, FittedModel> fit) {
    try {
      return fit.apply(features);
    } catch (IllegalArgumentException e) {
      throw new EditionRefusal(
          "no model can be fitted for " + features.describe() + ": " + e.getMessage());
    }
  }
}
