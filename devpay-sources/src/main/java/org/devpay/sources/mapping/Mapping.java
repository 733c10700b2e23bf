package org.devpay.sources.mapping;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.PayScope;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.TaxBasis;

/**
 * A user's mapping file, read and checked ({@link MappingFile}): which columns of their table hold
 * pay, role and the other fields, what the pay is (currency, period, gross or net, base or total),
 * and how the dataset is cited. It is what lets devpay read a table no built-in format knows, into
 * the same raw rows as any published survey. docs/mapping.md is its reference.
 *
 * @param source the mapping file as named to the user, for messages
 * @param text the mapping file's text, stored with the dataset it describes
 * @param dataset the dataset id: lowercase letters, digits and dashes, not a built-in dataset's
 * @param edition the edition label ("2024")
 * @param year the survey year, for exchange rates and prices
 * @param currency the ISO 4217 code of the pay column
 * @param period the period the pay column covers
 * @param basis gross or net
 * @param scope base pay or total compensation
 * @param sheet the workbook sheet to read; empty for the first (and for text tables)
 * @param title the dataset's title, if stated
 * @param publisher who publishes it, if stated
 * @param licence its licence or terms, if stated
 * @param attribution what a publication of figures from it must say, if stated
 * @param url its address, if stated
 * @param columns each mapped field with the header of its column, in field order
 * @param constants each field the table does not hold with its value for every row
 * @param roles role labels of the table (in {@link #labelKey} form) with the family each is
 * @param separators each multi-valued field with the text that separates its values in a cell
 * @param lines the line of every key ("columns.pay" → 9), for errors found later against the table
 */
public record Mapping(
    String source,
    String text,
    String dataset,
    String edition,
    int year,
    String currency,
    PayPeriod period,
    TaxBasis basis,
    PayScope scope,
    Optional<String> sheet,
    Optional<String> title,
    Optional<String> publisher,
    Optional<String> licence,
    Optional<String> attribution,
    Optional<URI> url,
    Map<MappedField, String> columns,
    Map<MappedField, String> constants,
    Map<String, RoleFamily> roles,
    Map<MappedField, String> separators,
    Map<String, Integer> lines) {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  public Mapping {
    requireNonNull(source, "source is null");
    requireNonNull(text, "text is null");
    requireNonNull(dataset, "dataset is null");
    requireNonNull(edition, "edition is null");
    requireNonNull(currency, "currency is null");
    requireNonNull(period, "period is null");
    requireNonNull(basis, "basis is null");
    requireNonNull(scope, "scope is null");
    requireNonNull(sheet, "sheet is null");
    requireNonNull(title, "title is null");
    requireNonNull(publisher, "publisher is null");
    requireNonNull(licence, "licence is null");
    requireNonNull(attribution, "attribution is null");
    requireNonNull(url, "url is null");
    columns = Collections.unmodifiableMap(copy(columns));
    constants = Collections.unmodifiableMap(copy(constants));
    roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    separators = Collections.unmodifiableMap(copy(separators));
    lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    if (!columns.containsKey(MappedField.PAY)) {
      throw new IllegalArgumentException("a mapping names the pay column");
    }
  }

  private static <V> Map<MappedField, V> copy(Map<MappedField, V> map) {
    return map.isEmpty() ? new EnumMap<>(MappedField.class) : new EnumMap<>(map);
  }

  /**
   * The form role labels are compared in: stripped, lower case, runs of whitespace made one space,
   * so that a {@code roles:} key matches the table's label whatever its case or spacing.
   */
  public static String labelKey(String label) {
    return WHITESPACE.matcher(label.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  /** "kode24.yaml line 9", or just the file when the key's line is not known. */
  String where(String key) {
    Integer line = lines.get(key);
    return line == null || line == 0 ? source : source + " line " + line;
  }

  /** The family the mapping gives a role label, if it lists it. */
  public Optional<RoleFamily> roleOf(String label) {
    return Optional.ofNullable(roles.get(labelKey(label)));
  }

  /**
   * What the pay figure is, in words, for citations: "gross base pay in NOK per month as published;
   * annual = pay × 12".
   */
  public String payDescription() {
    String per = period.name().toLowerCase(Locale.ROOT);
    String description =
        basis.name().toLowerCase(Locale.ROOT)
            + " "
            + scope.name().toLowerCase(Locale.ROOT)
            + " pay in "
            + currency
            + " per "
            + per
            + " as published";
    return period == PayPeriod.YEAR
        ? description
        : description
            + "; annual = pay × "
            + String.format(Locale.ROOT, "%,d", period.periodsPerYear());
  }
}
