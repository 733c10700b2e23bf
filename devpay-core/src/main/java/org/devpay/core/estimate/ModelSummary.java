package org.devpay.core.estimate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a model is and how it did, so every estimate carries the measured accuracy of the model it
 * came from.
 *
 * @param features the facts it uses
 * @param formula the model in words ("ln(pay) ~ role + metro + years spline + skills (12)")
 * @param trainingRows rows it was fitted on
 * @param calibrationRows rows its band was calibrated on
 * @param parameters estimated coefficients
 * @param rSquared R² of ln(pay) on the training rows (with frequency weights)
 * @param droppedColumns columns dropped as collinear
 * @param lowerScore the calibrated score of the band's lower end (in units of σ(x))
 * @param medianScore the median calibrated score
 * @param upperScore the calibrated score of the band's upper end
 * @param accuracy how it did on the test rows
 */
public record ModelSummary(
    FeatureSet features,
    String formula,
    int trainingRows,
    int calibrationRows,
    int parameters,
    double rSquared,
    List<String> droppedColumns,
    double lowerScore,
    double medianScore,
    double upperScore,
    Accuracy accuracy) {
  public ModelSummary {
    requireNonNull(features, "features is null");
    requireNonNull(formula, "formula is null");
    droppedColumns = List.copyOf(droppedColumns);
    requireNonNull(accuracy, "accuracy is null");
  }

  static ModelSummary of(FittedModel model) {
    ModelTerms terms = model.terms;
    StringBuilder formula = new StringBuilder("ln(pay) ~ role");
    switch (model.features.place()) {
      case METRO -> formula.append(" + metro (else rest of country)");
      case COUNTRY -> formula.append(" + country");
      case NONE -> {}
    }
    if (model.features.experience()) {
      formula.append(" + years (linear spline, knots ");
      List<String> knots = new java.util.ArrayList<>();
      for (double knot : terms.knots) {
        knots.add(Integer.toString((int) knot));
      }
      formula.append(knots.isEmpty() ? "none" : String.join(", ", knots)).append(")");
    }
    if (model.features.seniority()) {
      formula.append(" + seniority");
    }
    if (!terms.surveyYears.isEmpty()) {
      formula.append(" + survey year");
    }
    if (model.features.industry()) {
      formula.append(" + industries (").append(terms.industries.size()).append(")");
    }
    if (model.features.skills()) {
      formula.append(" + skills (").append(terms.skills.size()).append(")");
    }
    return new ModelSummary(
        model.features,
        formula.toString(),
        model.trainingRows,
        model.calibrationRows,
        model.fit.parameters(),
        model.fit.rSquared(),
        model.fit.droppedColumns(),
        model.lowerScore,
        model.medianScore,
        model.upperScore,
        model.accuracy);
  }
}
