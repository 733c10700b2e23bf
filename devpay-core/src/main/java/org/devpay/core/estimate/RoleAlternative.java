package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.stats.Estimate;

/**
 * The same profile under another role ("would full-stack pay more?"): its band, and the model's
 * role premium with a 95% interval (HC1), which holds every other fact equal.
 *
 * @param role the other role
 * @param cellRows rows of the other role in the same place (at least k)
 * @param local the band in the local currency
 * @param usd the band in US dollars
 * @param medianRatio P50 under this role / P50 under the profile's role
 * @param roleEffect β(this role) − β(profile's role) in ln(pay), with its 95% HC1 interval; empty
 *     when a role's column was dropped as collinear
 */
public record RoleAlternative(
    RoleFamily role,
    int cellRows,
    PayBand local,
    PayBand usd,
    double medianRatio,
    Optional<Estimate> roleEffect) {
  public RoleAlternative {
    requireNonNull(role, "role is null");
    requireNonNull(local, "local is null");
    requireNonNull(usd, "usd is null");
    requireNonNull(roleEffect, "roleEffect is null");
  }
}
