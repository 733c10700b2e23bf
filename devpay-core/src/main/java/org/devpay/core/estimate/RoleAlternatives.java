package org.devpay.core.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.privacy.Release;
import org.devpay.core.stats.Estimate;
import org.devpay.core.stats.LinearFit;

/**
 * The profile under every other role the edition models whose cell in the same place the disclosure
 * control releases ("would full-stack pay more?"), with the model's role premium.
 */
final class RoleAlternatives {
  private RoleAlternatives() {}

  /**
   * The profile under the other roles.
   *
   * @param facts the profile as the model reads it
   * @param band the profile's P10, P50 and P90 on the log scale
   */
  static List<RoleAlternative> of(
      EditionPopulation population,
      FittedModel model,
      ComparablePlace place,
      RoleFamily role,
      Facts facts,
      double[] band,
      Exchange exchange) {
    List<RoleAlternative> out = new ArrayList<>();
    for (RoleFamily other : RoleFamily.stated()) {
      if (other == role || !model.terms.roles.contains(other.id())) {
        continue;
      }
      List<Integer> rows = place.rowsOf(population, other);
      Release release =
          population.release(place.cell(other), rows.stream().map(population::record).toList());
      if (release.published()) {
        out.add(alternative(population, model, role, other, rows.size(), facts, band, exchange));
      }
    }
    return out;
  }

  private static RoleAlternative alternative(
      EditionPopulation population,
      FittedModel model,
      RoleFamily role,
      RoleFamily other,
      int cellRows,
      Facts facts,
      double[] band,
      Exchange exchange) {
    double[] otherBand = model.predictLog(facts.withRole(other.id()));
    PayBand modelled =
        new PayBand(
            population.currency(),
            Math.exp(otherBand[0]),
            Math.exp(otherBand[1]),
            Math.exp(otherBand[2]));
    return new RoleAlternative(
        other,
        cellRows,
        exchange.local(modelled),
        exchange.usd(modelled),
        Math.exp(otherBand[1] - band[1]),
        roleEffect(model.fit, other.id(), role.id()));
  }

  /** β(other) − β(role) with its interval, from whichever of the two columns the fit kept. */
  private static Optional<Estimate> roleEffect(LinearFit fit, String other, String role) {
    String otherColumn = ModelTerms.ROLE + "=" + other;
    String roleColumn = ModelTerms.ROLE + "=" + role;
    boolean hasOther = fit.has(otherColumn);
    boolean hasRole = fit.has(roleColumn);
    if (hasOther && hasRole) {
      return Optional.of(fit.contrast(otherColumn, roleColumn));
    }
    String reference =
        fit.factors().stream()
            .filter(c -> c.factor().equals(ModelTerms.ROLE))
            .map(c -> c.reference())
            .findFirst()
            .orElse("");
    if (hasOther && role.equals(reference)) {
      return Optional.of(fit.estimate(otherColumn));
    }
    if (hasRole && other.equals(reference)) {
      Estimate e = fit.estimate(roleColumn);
      return Optional.of(
          new Estimate(
              -e.estimate(),
              -e.upper(),
              -e.lower(),
              e.confidence(),
              e.method(),
              e.resamples(),
              e.seed()));
    }
    return Optional.empty();
  }
}
