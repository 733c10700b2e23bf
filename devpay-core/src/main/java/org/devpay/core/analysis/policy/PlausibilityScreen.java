package org.devpay.core.analysis.policy;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.devpay.core.model.Employment;
import org.devpay.core.model.PayRecord;
import org.devpay.core.resource.ResourceTable;

/**
 * Screens out pay amounts a dataset's own spread cannot flag but no reader would believe (Glassdoor
 * India's full-time cells at ₹100,000 a year, most likely monthly figures), by reviewed per-dataset
 * floors in {@code implausible-pay.csv}. Rows are left out, not rescaled, and counted with the
 * rule's reason. Immutable.
 */
public final class PlausibilityScreen {
  static final String RESOURCE = "implausible-pay.csv";

  /** One floor: rows of the dataset, currency and employment below it are not believed. */
  public record Rule(
      String datasetId, String currency, Employment employment, double below, String reason) {
    public Rule {
      requireNonNull(datasetId, "datasetId is null");
      requireNonNull(currency, "currency is null");
      requireNonNull(employment, "employment is null");
      requireNonNull(reason, "reason is null");
      if (!(below > 0) || Double.isInfinite(below)) {
        throw new IllegalArgumentException("floor must be finite and > 0: " + below);
      }
    }

    boolean rejects(PayRecord r) {
      return r.datasetId().equals(datasetId)
          && r.employment() == employment
          && r.published().currency().equalsIgnoreCase(currency)
          && r.annualLocal() < below;
    }

    /** The rule in words: "full-time amounts below 120,000 INR a year". */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "%s %s amounts below %,.0f %s a year",
          datasetId,
          employment.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          below,
          currency);
    }
  }

  /**
   * What the screen did to one edition's rows.
   *
   * @param kept the rows believed
   * @param screened rows left out
   * @param rule the rule that applied, or empty text when none did
   */
  public record Result(List<PayRecord> kept, int screened, String rule) {
    public Result {
      kept = List.copyOf(kept);
      requireNonNull(rule, "rule is null");
    }
  }

  private final List<Rule> rules;

  private PlausibilityScreen(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The shipped rules. */
  public static PlausibilityScreen fromResources() {
    return Holder.SHIPPED;
  }

  /** A screen that keeps every row. */
  public static PlausibilityScreen none() {
    return new PlausibilityScreen(List.of());
  }

  /** Rules from a table with columns dataset_id, currency, employment, below, reason. */
  public static PlausibilityScreen fromTable(ResourceTable table) {
    List<Rule> rules = new ArrayList<>();
    for (List<String> row : table.rows()) {
      String employment = row.get(table.column("employment")).strip();
      rules.add(
          new Rule(
              row.get(table.column("dataset_id")).strip(),
              row.get(table.column("currency")).strip(),
              Employment.valueOf(employment.toUpperCase(Locale.ROOT)),
              Double.parseDouble(row.get(table.column("below"))),
              row.get(table.column("reason")).strip()));
    }
    return new PlausibilityScreen(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Whether no rule rejects the row. */
  public boolean believes(PayRecord r) {
    for (Rule rule : rules) {
      if (rule.rejects(r)) {
        return false;
      }
    }
    return true;
  }

  /** Keeps the rows no rule rejects. */
  public Result apply(List<PayRecord> records) {
    List<PayRecord> kept = new ArrayList<>(records.size());
    int screened = 0;
    List<String> applied = new ArrayList<>();
    for (PayRecord r : records) {
      Rule rejecting = null;
      for (Rule rule : rules) {
        if (rule.rejects(r)) {
          rejecting = rule;
          break;
        }
      }
      if (rejecting == null) {
        kept.add(r);
      } else {
        screened++;
        String text = rejecting.describe() + ": " + rejecting.reason();
        if (!applied.contains(text)) {
          applied.add(text);
        }
      }
    }
    return new Result(kept, screened, String.join("; ", applied));
  }

  private static final class Holder {
    static final PlausibilityScreen SHIPPED =
        fromTable(ResourceTable.load(PlausibilityScreen.class, RESOURCE));
  }
}
