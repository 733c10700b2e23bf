package org.devpay.core.geo;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.devpay.core.model.LetterCodes;
import org.devpay.core.model.Location;
import org.devpay.core.resource.ResourceTable;

/**
 * Resolves a free-text location ("San Francisco, CA", "London, EN, United Kingdom", "München",
 * "Bangalore") to a {@link Location}: ISO country, canonical city and metro, so pay can be compared
 * by place (claim 6: tech hubs pay more).
 *
 * <p>The tables {@code places.csv} and {@code regions.csv} are derived by {@code
 * scripts/reference/places.py} from GeoNames cities15000 and admin-1 names and the Census 2023 CBSA
 * delineation. US metros are CBSA titles reached through the county, except that the CBSAs of the
 * Census Combined Statistical Area 488 are "San Francisco Bay Area"; elsewhere the metro is the
 * canonical city name. Immutable and thread-safe.
 *
 * <p>Reading a location: comma-separated parts; "undefined" parts are ignored. A two-part location
 * whose second part is a US postal state code ("Redwood City, CA") is in the US: this is the
 * levels.fyi convention and wins over reading "CA" as Canada. Otherwise the last part (or the last
 * two, as in "Seoul, KG, Korea, South") names the country when it is one, else the first part
 * ("Ireland, Dublin"), else the caller's country hint applies. The first remaining part is the
 * city: among the cities with that name or alternate spelling (accents, case and punctuation
 * ignored) in the country, the one whose own name matches wins over alternate spellings, then the
 * US state when given, then the largest population. A text that is only a region ("Kerala",
 * "Bayern") or only a country resolves to the country alone.
 */
public final class Places {
  static final String PLACES_RESOURCE = "places.csv";
  static final String REGIONS_RESOURCE = "regions.csv";
  private static final Pattern ALIAS_SEPARATOR = Pattern.compile("\\|");
  private static final Set<String> IGNORED_PARTS = Set.of("undefined", "null", "na", "n/a");

  /** One city of the table. */
  record City(
      String geonameId,
      String name,
      String country,
      String admin1,
      long population,
      Optional<String> metro) {}

  private record Candidate(City city, boolean canonical) {}

  private record Region(String country, String code, String name) {}

  private final Countries countries;
  private final Map<String, List<Candidate>> citiesByKey;
  private final Map<String, List<Region>> regionsByKey;
  private final Set<String> usStateCodes;

  private Places(
      Countries countries,
      Map<String, List<Candidate>> citiesByKey,
      Map<String, List<Region>> regionsByKey,
      Set<String> usStateCodes) {
    this.countries = countries;
    this.citiesByKey = Map.copyOf(citiesByKey);
    this.regionsByKey = Map.copyOf(regionsByKey);
    this.usStateCodes = Set.copyOf(usStateCodes);
  }

  /** The tables shipped with devpay-core. */
  public static Places fromResources() {
    return Holder.SHIPPED;
  }

  /**
   * The location named by {@code text}; {@code countryHint} (ISO alpha-2) is used when the text
   * names no country itself. Never throws for odd text: what cannot be resolved is empty.
   */
  public Location resolve(String text, Optional<String> countryHint) {
    requireNonNull(text, "text is null");
    requireNonNull(countryHint, "countryHint is null");
    Optional<String> hint = countryHint.map(c -> c.toUpperCase(Locale.ROOT));
    List<String> parts = new ArrayList<>();
    for (String part : text.split(",")) {
      String stripped = part.strip();
      if (!stripped.isEmpty() && !IGNORED_PARTS.contains(stripped.toLowerCase(Locale.ROOT))) {
        parts.add(stripped);
      }
    }
    if (parts.isEmpty()) {
      return countryOnly(hint);
    }
    Optional<String> country = Optional.empty();
    Optional<String> usState = Optional.empty();
    if (parts.size() == 2
        && LetterCodes.isCapitals(parts.get(1), 2)
        && usStateCodes.contains(parts.get(1))
        && hint.map("US"::equals).orElse(true)) {
      country = Optional.of("US");
      usState = Optional.of(parts.get(1));
      parts.remove(1);
    } else if (parts.size() >= 2) {
      country = countries.resolve(parts.get(parts.size() - 1));
      if (country.isPresent()) {
        parts.remove(parts.size() - 1);
      } else if (parts.size() >= 3) {
        String lastTwo = parts.get(parts.size() - 2) + ", " + parts.get(parts.size() - 1);
        country = countries.resolve(lastTwo);
        if (country.isPresent()) {
          parts.remove(parts.size() - 1);
          parts.remove(parts.size() - 1);
        }
      }
      if (country.isEmpty()) {
        country = countries.resolve(parts.get(0));
        if (country.isPresent()) {
          parts.remove(0);
        }
      }
      if ("US".equals(country.orElse(null))
          && parts.size() >= 2
          && usStateCodes.contains(parts.get(1))) {
        usState = Optional.of(parts.get(1));
      }
    }
    if (country.isEmpty()) {
      country = hint;
    }
    Optional<City> city = findCity(parts.get(0), country, usState);
    if (city.isPresent()) {
      City found = city.get();
      return new Location(Optional.of(found.country()), Optional.of(found.name()), found.metro());
    }
    if (country.isPresent()) {
      return countryOnly(country);
    }
    if (parts.size() == 1) {
      Optional<String> regionCountry = regionCountry(parts.get(0));
      if (regionCountry.isPresent()) {
        return countryOnly(regionCountry);
      }
      return countryOnly(countries.resolve(parts.get(0)));
    }
    return Location.UNKNOWN;
  }

  private Optional<City> findCity(String text, Optional<String> country, Optional<String> usState) {
    List<Candidate> candidates = citiesByKey.getOrDefault(TextKey.of(text), List.of());
    List<Candidate> inCountry =
        country
            .map(c -> candidates.stream().filter(x -> x.city().country().equals(c)).toList())
            .orElse(candidates);
    if (usState.isPresent()) {
      List<Candidate> inState =
          inCountry.stream().filter(x -> x.city().admin1().equals(usState.get())).toList();
      if (!inState.isEmpty()) {
        inCountry = inState;
      }
    }
    return inCountry.stream()
        .min(
            Comparator.comparing((Candidate x) -> !x.canonical())
                .thenComparing(x -> -x.city().population())
                .thenComparing(x -> x.city().geonameId()))
        .map(Candidate::city);
  }

  private Optional<String> regionCountry(String text) {
    List<Region> regions = regionsByKey.getOrDefault(TextKey.of(text), List.of());
    Set<String> regionCountries = new TreeSet<>();
    regions.forEach(r -> regionCountries.add(r.country()));
    // A region name shared by two countries says nothing reliable about the country.
    return regionCountries.size() == 1
        ? Optional.of(regionCountries.iterator().next())
        : Optional.empty();
  }

  private static Location countryOnly(Optional<String> country) {
    return new Location(country, Optional.empty(), Optional.empty());
  }

  private static Places load() {
    ResourceTable places = ResourceTable.load(Places.class, PLACES_RESOURCE);
    int id = places.column("geonameid");
    int name = places.column("name");
    int country = places.column("country");
    int admin1 = places.column("admin1");
    int population = places.column("population");
    int metro = places.column("metro");
    int aliases = places.column("aliases");
    Map<String, List<Candidate>> byKey = new HashMap<>();
    for (List<String> row : places.rows()) {
      City city =
          new City(
              row.get(id),
              row.get(name),
              row.get(country),
              row.get(admin1),
              Long.parseLong(row.get(population)),
              ResourceTable.optional(row.get(metro)));
      byKey
          .computeIfAbsent(TextKey.of(city.name()), k -> new ArrayList<>())
          .add(new Candidate(city, true));
      if (!row.get(aliases).isEmpty()) {
        for (String alias : ALIAS_SEPARATOR.split(row.get(aliases))) {
          String key = TextKey.of(alias);
          if (!key.isEmpty() && !key.equals(TextKey.of(city.name()))) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Candidate(city, false));
          }
        }
      }
    }
    ResourceTable regions = ResourceTable.load(Places.class, REGIONS_RESOURCE);
    int regionCountry = regions.column("country");
    int regionCode = regions.column("code");
    int regionName = regions.column("name");
    Map<String, List<Region>> regionsByKey = new HashMap<>();
    Set<String> usStates = new TreeSet<>();
    for (List<String> row : regions.rows()) {
      Region region = new Region(row.get(regionCountry), row.get(regionCode), row.get(regionName));
      regionsByKey.computeIfAbsent(TextKey.of(region.name()), k -> new ArrayList<>()).add(region);
      if (region.country().equals("US")) {
        usStates.add(region.code());
      }
    }
    Map<String, List<Candidate>> frozen = new HashMap<>();
    byKey.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    Map<String, List<Region>> frozenRegions = new HashMap<>();
    regionsByKey.forEach((key, list) -> frozenRegions.put(key, List.copyOf(list)));
    return new Places(Countries.fromResources(), frozen, frozenRegions, usStates);
  }

  private static final class Holder {
    static final Places SHIPPED = load();
  }
}
