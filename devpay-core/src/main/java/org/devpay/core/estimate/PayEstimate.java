package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.devpay.core.data.EditionKey;

/**
 * An estimate of annual pay for a profile from one dataset edition, with everything needed to judge
 * it: the comparable cell and its n, the model's adjustments from that cell to the profile, the
 * facts left unused and why, and the measured accuracy of the model.
 *
 * @param edition the dataset edition
 * @param title the dataset's title
 * @param payDescription what the pay figure is, as the dataset publishes it
 * @param basis gross or net (lower case; "gross+net" never occurs within an edition)
 * @param scope base or total compensation (lower case)
 * @param surveyYears the survey years of the edition's rows
 * @param local P10, P50 and P90 in the local currency
 * @param usd the same in US dollars
 * @param usdPerUnit the rate used: US dollars per unit of the local currency, the survey year's
 *     average (the median over the cell's rows)
 * @param cell the comparable cell
 * @param adjustments from the cell's average respondent to the profile, in ln(pay); with the cell's
 *     average prediction they sum to the profile's prediction
 * @param placeEffect how the profile's place compares with its country or the whole edition
 * @param notes facts the estimate could not use, and other choices, typed (each renders its words)
 * @param model the model and its measured accuracy
 * @param otherRoles the same profile under other roles, when asked for
 */
public record PayEstimate(
    EditionKey edition,
    String title,
    String payDescription,
    String basis,
    String scope,
    List<Integer> surveyYears,
    PayBand local,
    PayBand usd,
    double usdPerUnit,
    ComparableCell cell,
    List<Adjustment> adjustments,
    Optional<Adjustment> placeEffect,
    List<EstimateNote> notes,
    ModelSummary model,
    List<RoleAlternative> otherRoles) {
  public PayEstimate {
    requireNonNull(edition, "edition is null");
    requireNonNull(title, "title is null");
    requireNonNull(payDescription, "payDescription is null");
    requireNonNull(basis, "basis is null");
    requireNonNull(scope, "scope is null");
    surveyYears = List.copyOf(surveyYears);
    requireNonNull(local, "local is null");
    requireNonNull(usd, "usd is null");
    requireNonNull(cell, "cell is null");
    adjustments = List.copyOf(adjustments);
    requireNonNull(placeEffect, "placeEffect is null");
    notes = List.copyOf(notes);
    requireNonNull(model, "model is null");
    otherRoles = List.copyOf(otherRoles);
  }
}
