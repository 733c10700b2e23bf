package org.devpay.core.taxonomy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps published technology labels to canonical skill ids ("python", "aws", "kubernetes", ...)
 * through the reviewed table {@code skills.csv}, so claims about skills compare across datasets.
 */
public final class SkillTaxonomy {
  static final String RESOURCE = "skills.csv";

  /**
   * Separators of free-text lists of technologies: "Java, angular, Aws", "Swift/Kotlin", "Python +
   * SQL", "Java & PHP", "SAS;SQL". A '+' separates only between spaces, so "C++" and "Angular2+"
   * stay whole.
   */
  private static final Pattern SEPARATORS = Pattern.compile("[,;/&|]|\\s\\+\\s|\\sand\\s");

  private final RuleTable<String> rules;

  private SkillTaxonomy(RuleTable<String> rules) {
    this.rules = rules;
  }

  /** The table shipped with devpay-core. */
  public static SkillTaxonomy fromResources() {
    return Holder.SHIPPED;
  }

  /** The canonical id of one label or token, if a rule applies. */
  public Optional<String> classify(String datasetId, String label) {
    return rules.value(datasetId, label);
  }

  /**
   * The distinct skill ids named by several labels, sorted. Each label is first matched whole
   * against the exact rules only (published compound labels such as "C# / .NET" or "Cloud (AWS,
   * GAE, Azure, etc.)" have exact rules); a label no exact rule matches is split on list separators
   * (, ; / &amp; | and a spaced + or "and") and each part classified, so free text like "Java,
   * angular, Aws" yields java, angular and aws. Unknown parts are dropped.
   */
  public List<String> classifyAll(String datasetId, List<String> labels) {
    return RuleTable.distinctValues(rules, datasetId, labels, SEPARATORS);
  }

  public RuleTable<String> rules() {
    return rules;
  }

  private static final class Holder {
    static final SkillTaxonomy SHIPPED =
        new SkillTaxonomy(
            RuleTable.load(SkillTaxonomy.class, RESOURCE, "value", IndustryTaxonomy::parseId));
  }
}
