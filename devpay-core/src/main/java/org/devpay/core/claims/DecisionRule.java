package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an effect's interval decides a claim, with its thresholds in the measure's display unit
 * (percent, or percentage points a year). The interval is the effect's 95% interval (or the
 * configured confidence); "significant" means a Benjamini-Hochberg adjusted p-value at or below 1 −
 * confidence across the claims evaluated together.
 *
 * <ul>
 *   <li>{@code greater} t (t ≥ 0): supported when the interval lies above 0, the estimate is at
 *       least t and the adjusted p-value is significant; contradicted when the whole interval lies
 *       below t (a premium of t or more is ruled out); else inconclusive.
 *   <li>{@code less} t (t ≤ 0): the mirror image.
 *   <li>{@code within} [lower, upper] (an equivalence margin): supported when the whole interval
 *       lies inside; contradicted when it lies wholly outside; else inconclusive.
 *   <li>{@code at_least} t: supported when the whole interval lies at or above t; contradicted when
 *       it lies below t; else inconclusive.
 * </ul>
 *
 * @param kind the rule
 * @param threshold t, or the lower margin of {@code within}
 * @param upper the upper margin of {@code within} (equal to threshold otherwise)
 */
public record DecisionRule(Kind kind, double threshold, double upper) {
  public DecisionRule {
    requireNonNull(kind, "kind is null");
    if (!Double.isFinite(threshold) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException("thresholds must be finite");
    }
    switch (kind) {
      case GREATER -> {
        if (threshold < 0) {
          throw new IllegalArgumentException("'greater' needs a threshold >= 0: " + threshold);
        }
      }
      case LESS -> {
        if (threshold > 0) {
          throw new IllegalArgumentException("'less' needs a threshold <= 0: " + threshold);
        }
      }
      case WITHIN -> {
        if (!(threshold < upper)) {
          throw new IllegalArgumentException(
              "'within' needs lower < upper: " + threshold + ", " + upper);
        }
      }
      case AT_LEAST -> {}
    }
  }

  public static DecisionRule greater(double threshold) {
    return new DecisionRule(Kind.GREATER, threshold, threshold);
  }

  public static DecisionRule less(double threshold) {
    return new DecisionRule(Kind.LESS, threshold, threshold);
  }

  public static DecisionRule within(double lower, double upper) {
    return new DecisionRule(Kind.WITHIN, lower, upper);
  }

  public static DecisionRule atLeast(double threshold) {
    return new DecisionRule(Kind.AT_LEAST, threshold, threshold);
  }

  /**
   * Decides from an estimate and interval in display units.
   *
   * @param significant whether the BH-adjusted p-value of a zero effect is significant
   */
  public Verdict decide(double estimate, double lower, double upper, boolean significant) {
    return switch (kind) {
      case GREATER ->
          lower > 0 && estimate >= threshold && significant
              ? Verdict.SUPPORTED
              : upper < threshold ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
      case LESS ->
          upper < 0 && estimate <= threshold && significant
              ? Verdict.SUPPORTED
              : lower > threshold ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
      case WITHIN ->
          lower >= threshold && upper <= this.upper
              ? Verdict.SUPPORTED
              : upper < threshold || lower > this.upper
                  ? Verdict.CONTRADICTED
                  : Verdict.INCONCLUSIVE;
      case AT_LEAST ->
          lower >= threshold
              ? Verdict.SUPPORTED
              : upper < threshold ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
    };
  }

  /** The rule in words, with the measure's unit. */
  public String describe(String unit) {
    return switch (kind) {
      case GREATER ->
          String.format(
              Locale.ROOT,
              "supported if the interval lies above 0 and the estimate is at least %+.1f%s"
                  + " (BH-adjusted p significant); contradicted if the interval lies below %+.1f%s",
              threshold,
              unit,
              threshold,
              unit);
      case LESS ->
          String.format(
              Locale.ROOT,
              "supported if the interval lies below 0 and the estimate is at most %+.1f%s"
                  + " (BH-adjusted p significant); contradicted if the interval lies above %+.1f%s",
              threshold,
              unit,
              threshold,
              unit);
      case WITHIN ->
          String.format(
              Locale.ROOT,
              "supported if the interval lies within [%+.1f%s, %+.1f%s]; contradicted if it lies"
                  + " wholly outside",
              threshold,
              unit,
              upper,
              unit);
      case AT_LEAST ->
          String.format(
              Locale.ROOT,
              "supported if the interval lies at or above %+.1f%s; contradicted if it lies below",
              threshold,
              unit);
    };
  }

  /** The rules a claims file can name. */
  public enum Kind {
    GREATER("greater"),
    LESS("less"),
    WITHIN("within"),
    AT_LEAST("at_least");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Optional<Kind> parse(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(k -> k.id.equals(t)).findFirst();
    }
  }
}
