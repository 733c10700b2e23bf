package org.devpay.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where the respondent works, normalized: ISO 3166-1 alpha-2 country, a city name and, where known,
 * a metro area (a US CBSA or an international metro such as "London").
 */
public record Location(Optional<String> country, Optional<String> city, Optional<String> metro) {
  public static final Location UNKNOWN =
      new Location(Optional.empty(), Optional.empty(), Optional.empty());

  public Location {
    requireNonNull(country, "country is null");
    requireNonNull(city, "city is null");
    requireNonNull(metro, "metro is null");
    country.ifPresent(
        c -> {
          if (!isAlpha2(c)) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: " + c);
          }
        });
  }

  /** Whether {@code code} has the form of an ISO 3166-1 alpha-2 code: two upper-case letters. */
  public static boolean isAlpha2(String code) {
    return LetterCodes.isCapitals(code, 2);
  }
}
