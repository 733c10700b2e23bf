package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Which facts a model uses besides the role. The estimator fits one model per edition and feature
 * set, with exactly the facts a profile states, so a fact the user left out is averaged over by the
 * model (and its band calibrated for that) instead of being filled in with a guess.
 *
 * @param place whether pay is modelled by metro (falling back to the rest of the country), by
 *     country, or not by place
 * @param experience years of experience (a linear spline)
 * @param seniority the seniority level
 * @param industry one indicator per industry
 * @param skills one indicator per skill
 */
public record FeatureSet(
    Place place, boolean experience, boolean seniority, boolean industry, boolean skills) {
  /** How finely pay is modelled by place. */
  public enum Place {
    NONE,
    COUNTRY,
    METRO
  }

  public FeatureSet {
    requireNonNull(place, "place is null");
  }

  public FeatureSet withoutSeniority() {
    return new FeatureSet(place, experience, false, industry, skills);
  }

  public FeatureSet withoutIndustry() {
    return new FeatureSet(place, experience, seniority, false, skills);
  }

  public FeatureSet withoutSkills() {
    return new FeatureSet(place, experience, seniority, industry, false);
  }

  /** "role + metro + years + seniority + industry + skills". */
  public String describe() {
    List<String> terms = new ArrayList<>();
    terms.add("role");
    if (place != Place.NONE) {
      terms.add(place == Place.METRO ? "metro" : "country");
    }
    if (experience) {
      terms.add("years");
    }
    if (seniority) {
      terms.add("seniority");
    }
    if (industry) {
      terms.add("industry");
    }
    if (skills) {
      terms.add("skills");
    }
    return String.join(" + ", terms);
  }
}
