package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.devpay.core.data.EditionKey;
import org.devpay.core.privacy.LocatedShare;

/**
 * Where a stated pay stands in one dataset edition: the share of comparable respondents paid less,
 * from the model's predictive distribution (the one that calibrates the estimator's band), with its
 * interval; the comparable cell's own share where the cell is large enough; the amount as the
 * edition reads it; and a plain sentence. Every share went through {@link
 * org.devpay.core.privacy.LocatorDisclosure}.
 *
 * @param edition the dataset edition
 * @param title the dataset's title
 * @param payDescription what the edition's pay figure is
 * @param basis gross or net (lower case)
 * @param scope base or total (lower case)
 * @param pay the stated pay as this edition reads it
 * @param group the comparable respondents in words ("back-end developers with 6 years in Berlin")
 * @param percentile the share of them paid less, from the model's predictive distribution
 * @param cellPercentile the share of the comparable cell paid less, when published
 * @param cellWithheld why the cell's own share is not published, when it is not
 * @param cell the comparable cell (same role and place)
 * @param band the estimator's P10, P50 and P90 for the profile, in the edition's currency
 * @param bandUsd the same in US dollars
 * @param sentence the answer in one sentence
 * @param notes facts not used, assumptions, and the estimator's notes
 * @param model the model and its measured accuracy
 */
public record PayStanding(
    EditionKey edition,
    String title,
    String payDescription,
    String basis,
    String scope,
    ConvertedPay pay,
    String group,
    LocatedShare percentile,
    Optional<LocatedShare> cellPercentile,
    Optional<String> cellWithheld,
    ComparableCell cell,
    PayBand band,
    PayBand bandUsd,
    String sentence,
    List<String> notes,
    ModelSummary model) {
  public PayStanding {
    requireNonNull(edition, "edition is null");
    requireNonNull(title, "title is null");
    requireNonNull(payDescription, "payDescription is null");
    requireNonNull(basis, "basis is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(pay, "pay is null");
    requireNonNull(group, "group is null");
    requireNonNull(percentile, "percentile is null");
    requireNonNull(cellPercentile, "cellPercentile is null");
    requireNonNull(cellWithheld, "cellWithheld is null");
    requireNonNull(cell, "cell is null");
    requireNonNull(band, "band is null");
    requireNonNull(bandUsd, "bandUsd is null");
    requireNonNull(sentence, "sentence is null");
    notes = List.copyOf(notes);
    requireNonNull(model, "model is null");
  }
}
