package org.devpay.sources.synth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The effects a synthetic survey plants in ln(annual pay), so that a run over it is also a
 * correctness run: devpay's answer must recover them within its intervals. Pay is drawn as {@code
 * ln pay = base + place + role + slope * min(years, cap) + noise}, with role, place and years drawn
 * independently, so the ratio of role medians is exactly {@code exp(role effect)} in the population
 * and the adjusted premium is the role coefficient itself.
 *
 * @param base ln(annual pay) of a back-end developer with no experience in the reference place
 * @param roleEffects ln-pay effect of each role family id, back-end 0
 * @param placeEffects ln-pay effect of each place (country name or city as published), reference 0
 * @param yearsSlope ln-pay per year of experience, up to {@code yearsCap}
 * @param yearsCap the years after which pay stops rising
 * @param noiseSd standard deviation of the normal noise on ln pay
 * @param junkShare share of rows written with unusable or absurd pay, for the screens
 */
public record PlantedEffects(
    double base,
    Map<String, Double> roleEffects,
    Map<String, Double> placeEffects,
    double yearsSlope,
    int yearsCap,
    double noiseSd,
    double junkShare) {
  public PlantedEffects {
    // Copies that keep the declared order, so that every listing of the effects reads the same.
    roleEffects = Collections.unmodifiableMap(new LinkedHashMap<>(roleEffects));
    placeEffects = Collections.unmodifiableMap(new LinkedHashMap<>(placeEffects));
    if (!(noiseSd > 0) || junkShare < 0 || junkShare >= 0.5 || yearsCap < 1) {
      throw new IllegalArgumentException("implausible planted effects");
    }
  }

  /** The back-end premium over a role, as a ratio of medians: exp(-effect of that role). */
  public double backendRatioOver(String roleId) {
    return Math.exp(-roleEffects.getOrDefault(roleId, 0.0));
  }
}
