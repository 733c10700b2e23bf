package org.devpay.core.claims;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How an effect's interval decides a claim, with its thresholds in the measure's display unit
 * (percent, or percentage points a year). The interval is the effect's deciding 95% interval (or
 * the configured confidence): Hartung-Knapp-Sidik-Jonkman when pooled over fewer than ten editions
 * ({@link org.devpay.core.analysis.PooledPremium#decision()}); "significant" means a
 * Benjamini-Hochberg adjusted p-value at or below 1 − confidence across the claims evaluated
 * together. The threshold is the claim's line: a claim is supported only when its interval clears
 * the line, contradicted only when the interval lies wholly on the other side.
 *
 * <ul>
 *   <li>{@code greater} t (t ≥ 0): supported when the whole interval lies above t and the adjusted
 *       p-value is significant; contradicted when the whole interval lies below t (a premium of t
 *       or more is ruled out); else inconclusive.
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
   * Decides from an estimate and interval in display units (the estimate itself does not decide:
   * only where the interval lies does).
   *
   * @param significant whether the BH-adjusted p-value of a zero effect is significant
   */
  public Verdict decide(double estimate, double lower, double upper, boolean significant) {
    return switch (kind) {
      case GREATER ->
          lower > threshold && significant
              ? Verdict.SUPPORTED
              : upper < threshold ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
      case LESS ->
          upper < threshold && significant
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

  /** Which side of the claim's line an interval lies on, significance aside. */
  public enum Side {
    /** The whole interval is where the claim says: above t, below t, inside the margin. */
    CLAIMED,
    /** The whole interval is on the other side of the line. */
    OTHER,
    /** The interval crosses the line (or a margin). */
    CROSSES;

    /** "clears the line", "on the other side", "crosses the line". */
    public String label() {
      return switch (this) {
        case CLAIMED -> "clears the line";
        case OTHER -> "on the other side";
        case CROSSES -> "crosses the line";
      };
    }
  }

  /**
   * The side of the line an interval lies on: the verdict's interval condition without the
   * significance test, for per-edition intervals and the prediction interval.
   */
  public Side side(double lower, double upper) {
    Verdict verdict = decide((lower + upper) / 2, lower, upper, true);
    return switch (verdict) {
      case SUPPORTED -> Side.CLAIMED;
      case CONTRADICTED -> Side.OTHER;
      default -> Side.CROSSES;
    };
  }

  /** The claim's line in words: "0%", "+20.0%", "the margin [-15.0%, +5.0%]". */
  public String line(String unit) {
    return kind == Kind.WITHIN
        ? String.format(Locale.ROOT, "the margin [%+.1f%s, %+.1f%s]", threshold, unit, upper, unit)
        : threshold == 0 ? "0" + unit : String.format(Locale.ROOT, "%+.1f%s", threshold, unit);
  }

  /** The rule in words, with the measure's unit. */
  public String describe(String unit) {
    return switch (kind) {
      case GREATER ->
          String.format(
              Locale.ROOT,
              "greater %+.1f%s: supported if the whole interval lies above %+.1f%s (BH-adjusted p"
                  + " significant); contradicted if it lies below %+.1f%s",
              threshold,
              unit,
              threshold,
              unit,
              threshold,
              unit);
      case LESS ->
          String.format(
              Locale.ROOT,
              "less %+.1f%s: supported if the whole interval lies below %+.1f%s (BH-adjusted p"
                  + " significant); contradicted if it lies above %+.1f%s",
              threshold,
              unit,
              threshold,
              unit,
              threshold,
              unit);
      case WITHIN ->
          String.format(
              Locale.ROOT,
              "within [%+.1f%s, %+.1f%s]: supported if the whole interval lies inside;"
                  + " contradicted if it lies wholly outside",
              threshold,
              unit,
              upper,
              unit);
      case AT_LEAST ->
          String.format(
              Locale.ROOT,
              "at_least %+.1f%s: supported if the whole interval lies at or above it; contradicted"
                  + " if it lies below",
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
