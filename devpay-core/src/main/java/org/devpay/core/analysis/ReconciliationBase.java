package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import org.devpay.core.analysis.policy.PopulationFilter;
import org.devpay.core.analysis.policy.RoleMode;

/**
 * One way of choosing rows when reproducing a published median: whom to keep (population) and under
 * which roles a respondent counts (role mode).
 *
 * @param population the population filter
 * @param roles primary role only, or every selected role
 */
public record ReconciliationBase(PopulationFilter population, RoleMode roles) {
  public ReconciliationBase {
    requireNonNull(population, "population is null");
    requireNonNull(roles, "roles is null");
  }

  /** The base in words, for reports. */
  public String describe() {
    return population.describe() + "; " + roles.describe();
  }
}
