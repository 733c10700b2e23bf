package org.devpay.core.geo;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.devpay.core.resource.ResourceTable;

/**
 * Resolves a country as surveys write it ("United States of America", "Russian Federation", "Korea
 * South", "DE", "USA") to its ISO 3166-1 alpha-2 code, so every dataset's country compares.
 *
 * <p>The alias table {@code country-aliases.csv} is derived by {@code
 * scripts/reference/country_aliases.py} from the reference country lists plus a reviewed list of
 * survey spellings. Answers that are not countries ("Other (please specify)", "I prefer not to
 * say", "Nomadic") resolve to empty by design. Immutable and thread-safe.
 */
public final class Countries {
  static final String RESOURCE = "country-aliases.csv";
  private static final Pattern BRACKETED = Pattern.compile("[({\\[][^)}\\]]*[)}\\]]");

  private final Map<String, String> alpha2ByKey;

  private Countries(Map<String, String> alpha2ByKey) {
    this.alpha2ByKey = Map.copyOf(alpha2ByKey);
  }

  /** The alias table shipped with devpay-core. */
  public static Countries fromResources() {
    return Holder.SHIPPED;
  }

  /**
   * The alpha-2 code for a country name or code, ignoring case, accents and punctuation; when the
   * whole text is unknown, retries without bracketed qualifiers ("Ireland {Republic}", "Hong Kong
   * (S.A.R.)"). Empty for blank text and for anything not known to be a country.
   */
  public Optional<String> resolve(String text) {
    requireNonNull(text, "text is null");
    String found = alpha2ByKey.get(TextKey.of(text));
    if (found == null) {
      String unbracketed = BRACKETED.matcher(text).replaceAll(" ");
      found = alpha2ByKey.get(TextKey.of(unbracketed));
    }
    return Optional.ofNullable(found);
  }

  private static Countries load() {
    ResourceTable table = ResourceTable.load(Countries.class, RESOURCE);
    int alias = table.column("alias");
    int alpha2 = table.column("alpha2");
    Map<String, String> byKey = new TreeMap<>();
    for (var row : table.rows()) {
      String previous = byKey.putIfAbsent(TextKey.of(row.get(alias)), row.get(alpha2));
      if (previous != null && !previous.equals(row.get(alpha2))) {
        throw new IllegalStateException(RESOURCE + ": '" + row.get(alias) + "' is ambiguous");
      }
    }
    return new Countries(byKey);
  }

  private static final class Holder {
    static final Countries SHIPPED = load();
  }
}
