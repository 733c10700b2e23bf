package org.devpay.core.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps published industry labels to canonical industry ids ("fintech", "cloud_saas", ...) through
 * the reviewed table {@code industries.csv}, so claims about industries compare across datasets.
 */
public final class IndustryTaxonomy {
  static final String RESOURCE = "industries.csv";
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern COMMA = Pattern.compile(",");

  private final RuleTable<String> rules;

  private IndustryTaxonomy(RuleTable<String> rules) {
    this.rules = rules;
  }

  /** The table shipped with devpay-core. */
  public static IndustryTaxonomy fromResources() {
    return Holder.SHIPPED;
  }

  /** The canonical id of one label, if a rule applies. */
  public Optional<String> classify(String datasetId, String label) {
    return rules.value(datasetId, label);
  }

  /**
   * The distinct ids of several labels, sorted. A label is first matched whole against the exact
   * rules; then a label containing commas is a multi-select answer joined by the source (DOU:
   * "Adtech / Advertising / Marketing, Blockchain, Gambling"), so its comma-separated parts are
   * classified one by one; any other label is classified whole with all rules. Exact rules go first
   * because a few published labels contain commas of their own.
   */
  public List<String> classifyAll(String datasetId, List<String> labels) {
    return RuleTable.distinctValues(rules, datasetId, labels, COMMA);
  }

  public RuleTable<String> rules() {
    return rules;
  }

  static String parseId(String value) {
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a lower-case id: " + value);
    }
    return value;
  }

  private static final class Holder {
    static final IndustryTaxonomy SHIPPED =
        new IndustryTaxonomy(
            RuleTable.load(IndustryTaxonomy.class, RESOURCE, "value", IndustryTaxonomy::parseId));
  }
}
