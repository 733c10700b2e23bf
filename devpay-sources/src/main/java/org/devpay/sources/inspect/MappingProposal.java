package org.devpay.sources.inspect;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.geo.Countries;
import org.devpay.core.model.PayPeriod;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.taxonomy.RoleTaxonomy;
import org.devpay.sources.mapping.MappedField;
import org.devpay.sources.mapping.MappingFile;

/**
 * The mapping file {@code devpay inspect} proposes for a table devpay does not know: every key of
 * docs/mapping.md filled in, so that the proposal, unedited, ingests the table; each guess says on
 * its line what it rests on, and the ones a user must check say CHECK. The column profile comes
 * first, as YAML comments, so the whole text is one valid mapping file.
 *
 * <p>How it guesses: pay is the numeric column whose header names pay ({@link HeaderWords}), else
 * the numeric column with the largest plausible median; role is the text column whose header names
 * a role, else the one whose labels devpay's role rules know best; the other fields by their header
 * words. The country comes from a country column, else from the headers' language (Norwegian
 * "lønn", Finnish "palkka", ...); the currency from the pay header ("€", "NOK"), else the
 * country's; the period from the pay header ("månedslønn", "per month"), else from the median
 * amount in US dollars; the year from the file name, else from a date column.
 *
 * <p>Over 500 lines (about 1,070): every guess of the proposal (pay, role, dataset, year, country,
 * currency, period, basis, scope, role labels) reads the same column profiles and writes into one
 * commented YAML document; splitting the guesses from the writer is left to do.
 */
public final class MappingProposal {
  /** How many role labels the proposal lists. */
  static final int ROLE_LABELS = 60;

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");

  private static final RoleTaxonomy ROLES = RoleTaxonomy.fromResources();

  private static final org.devpay.core.taxonomy.EmploymentTaxonomy EMPLOYMENTS =
      org.devpay.core.taxonomy.EmploymentTaxonomy.fromResources();

  /** Comment lines for columns a guess found but left out of the mapping, with why. */
  private final List<String> unmappedNotes = new ArrayList<>();

  private final TableProfile profile;
  private final String fileName;
  private final Optional<String> recognisedAs;
  private final Map<MappedField, ColumnProfile> columns = new EnumMap<>(MappedField.class);
  private final Map<MappedField, String> reasons = new EnumMap<>(MappedField.class);

  private MappingProposal(TableProfile profile, String fileName, Optional<String> recognisedAs) {
    this.profile = requireNonNull(profile, "profile is null");
    this.fileName = requireNonNull(fileName, "fileName is null");
    this.recognisedAs = requireNonNull(recognisedAs, "recognisedAs is null");
  }

  /**
   * The proposed mapping file's text, with the table's profile as comments.
   *
   * @param profile the table, profiled
   * @param fileName the file's name as the user gave it (for the ingest command it shows)
   * @param recognisedAs the format devpay already reads the table as, if any
   */
  public static String propose(
      TableProfile profile, String fileName, Optional<String> recognisedAs) {
    return new MappingProposal(profile, fileName, recognisedAs).render();
  }

  private String render() {
    guessColumns();
    String dataset = datasetId();
    YearGuess year = year();
    Optional<String> country = countryConstant();
    Optional<String> countryCode = country.isPresent() ? country : dominantCountry();
    CurrencyGuess currency = currency(countryCode);
    YearGuess rated = rated(year, currency.code());
    PeriodGuess period = period(currency.code(), rated.year());
    Optional<CurrencyGuess> dollars = dollarsInstead(currency, period, rated.year());
    if (dollars.isPresent()) {
      currency = dollars.get();
      rated = rated(year, currency.code());
      period = period(currency.code(), rated.year());
    }
    Yaml out = new Yaml();
    header(out);
    out.key("dataset", quote(dataset), "from the file name: lowercase letters, digits, dashes");
    out.key("edition", quote(Integer.toString(rated.year())), "the edition's label");
    out.key("year", Integer.toString(rated.year()), rated.reason());
    out.key("currency", currency.code(), currency.reason());
    out.key("period", period.period().name().toLowerCase(Locale.ROOT), period.reason());
    Guess basis = basis();
    out.key("basis", basis.value(), basis.reason());
    Guess scope = scope();
    out.key("scope", scope.value(), scope.reason());
    if (!profile.sheets().isEmpty()) {
      out.key(
          "sheet",
          quote(profile.readable().table().entryName()),
          "the workbook's sheets: " + String.join(", ", profile.sheets()));
    }
    out.key("title", quote(stem(fileName)), "optional, as the four below; shown in citations");
    out.line("# publisher: \"\"");
    out.line("# licence: \"\"");
    out.line("# attribution: \"\"");
    out.line("# url: \"\"");
    out.line("columns:");
    if (!columns.containsKey(MappedField.PAY)) {
      out.key(
          "  pay", quote(""), "CHECK: no column looks like pay; give the header of the pay column");
    }
    columns.forEach(
        (field, column) -> out.key("  " + field.id(), quote(column.name()), reasons.get(field)));
    List<String> unmapped =
        profile.columns().stream()
            .filter(c -> !columns.containsValue(c))
            .map(c -> quote(c.name()) + " (" + c.type().id() + ")")
            .toList();
    unmappedNotes.forEach(note -> out.line("  " + note));
    if (!unmapped.isEmpty()) {
      out.line("  # not mapped: " + String.join(", ", unmapped));
    }
    if (country.isPresent()) {
      out.line("constants:");
      out.key("  country", quote(country.get()), countryReason);
    } else {
      out.line(
          "# constants:                    # fields the table does not hold, the same for every row");
      out.line("#   country: \"NO\"");
    }
    roles(out, dataset);
    separators(out);
    return out.text();
  }

  // ---------------------------------------------------------------------------------------------
  // The profile as comments

  private void header(Yaml out) {
    out.line("# devpay inspect: " + fileName);
    out.line("# Read as: " + profile.readable().describe());
    if (profile.sheets().size() > 1) {
      out.line(
          "# Sheets: "
              + String.join(", ", profile.sheets())
              + " (another one: devpay inspect FILE --sheet NAME)");
    }
    out.line("# Header row (row 1): " + String.join(" | ", profile.header()));
    out.line(String.format(Locale.ROOT, "# Data rows: %,d", profile.rows()));
    out.line("#");
    out.line("# Columns: type, share of blank answers, sample values");
    int width = profile.columns().stream().mapToInt(c -> c.name().length()).max().orElse(4);
    width = Math.min(width, 40);
    for (ColumnProfile column : profile.columns()) {
      StringBuilder line = new StringBuilder("# ");
      line.append(String.format(Locale.ROOT, "%3d  ", column.position() + 1));
      String name =
          column.name().length() > 40 ? column.name().substring(0, 39) + "…" : column.name();
      line.append(name).append(" ".repeat(Math.max(1, width - name.length() + 2)));
      line.append(
          String.format(
              Locale.ROOT, "%-6s %6.1f%%  ", column.type().id(), 100 * column.blankShare()));
      line.append(
          String.join(" | ", column.samples().stream().map(MappingProposal::shorten).toList()));
      if (column.type() == ColumnType.NUMBER && column.median().isPresent()) {
        line.append(
            String.format(Locale.ROOT, "  (median %s)", number(column.median().getAsDouble())));
      } else if (column.type() == ColumnType.TEXT) {
        line.append(
            String.format(
                Locale.ROOT,
                "  (%s%,d distinct)",
                column.distinctCapped() ? "over " : "",
                column.distinct()));
      }
      out.line(line.toString().stripTrailing());
    }
    out.line("#");
    if (recognisedAs.isPresent()) {
      out.line(
          "# devpay already reads this table as "
              + recognisedAs.get()
              + ": `devpay ingest "
              + fileName
              + "` needs no mapping. The mapping below reads it as your own dataset instead.");
    }
    out.line(
        "# Proposed mapping (docs/mapping.md): check the lines marked CHECK, give a family to the");
    out.line("# role labels devpay's rules do not match, then run");
    out.line("#   devpay ingest " + shellQuote(fileName) + " --mapping THIS_FILE.yaml");
  }

  // ---------------------------------------------------------------------------------------------
  // Columns

  private void guessColumns() {
    payColumn();
    roleColumn();
    List<MappedField> others =
        List.of(
            MappedField.YEARS_EXPERIENCE,
            MappedField.SENIORITY,
            MappedField.EMPLOYMENT,
            MappedField.CITY,
            MappedField.COUNTRY,
            MappedField.INDUSTRY,
            MappedField.SKILLS,
            MappedField.WEIGHT,
            MappedField.RESPONDENT_ID,
            MappedField.AGE);
    for (MappedField field : others) {
      profile.columns().stream()
          .filter(c -> !columns.containsValue(c))
          .filter(c -> fits(field, c))
          .filter(c -> HeaderWords.score(field, c.name()) > 0)
          .max(
              Comparator.<ColumnProfile>comparingInt(c -> HeaderWords.score(field, c.name()))
                  .thenComparing(c -> -c.position()))
          .ifPresent(
              c -> {
                columns.put(field, c);
                reasons.put(field, "named like " + field.id().replace('_', ' '));
              });
    }
    ColumnProfile employment = columns.get(MappedField.EMPLOYMENT);
    if (employment != null) {
      double known = knownShare(employment, EMPLOYMENTS::match);
      if (known < 0.5) {
        columns.remove(MappedField.EMPLOYMENT);
        unmappedNotes.add(
            String.format(
                Locale.ROOT,
                "# employment: %s  # not mapped: devpay's employment rules know %.0f%% of its"
                    + " answers (%s); a status they do not know counts as 'other', which the"
                    + " default full-time population leaves out, so map it only once"
                    + " employment.csv knows them",
                quote(employment.name()),
                100 * known,
                employment.counts().keySet().stream()
                    .limit(3)
                    .map(MappingProposal::quote)
                    .collect(java.util.stream.Collectors.joining(", "))));
      } else {
        reasons.put(
            MappedField.EMPLOYMENT,
            String.format(
                Locale.ROOT,
                "named like employment; devpay's employment rules know %.0f%% of its answers",
                100 * known));
      }
    }
  }

  /** Share of a column's counted answers that a taxonomy's rules match. */
  private static double knownShare(
      ColumnProfile column, java.util.function.BiFunction<String, String, Optional<?>> match) {
    long all = 0;
    long known = 0;
    for (Map.Entry<String, Long> value : column.counts().entrySet()) {
      all += value.getValue();
      if (match.apply("", value.getKey()).isPresent()) {
        known += value.getValue();
      }
    }
    return all == 0 ? 0 : known / (double) all;
  }

  private static boolean fits(MappedField field, ColumnProfile column) {
    return switch (field) {
      case WEIGHT -> column.type() == ColumnType.NUMBER;
      case YEARS_EXPERIENCE, AGE ->
          column.type() == ColumnType.NUMBER || column.type() == ColumnType.TEXT;
      case RESPONDENT_ID ->
          column.type() != ColumnType.EMPTY && column.distinct() == column.rows() - column.blanks();
      default -> column.type() == ColumnType.TEXT;
    };
  }

  private void payColumn() {
    Optional<ColumnProfile> named =
        profile.columns().stream()
            .filter(c -> c.numberShare() >= 0.7 && c.numbers() > 0)
            .filter(c -> HeaderWords.score(MappedField.PAY, c.name()) > 0)
            .max(
                Comparator.<ColumnProfile>comparingInt(
                        c -> HeaderWords.score(MappedField.PAY, c.name()))
                    .thenComparingLong(ColumnProfile::numbers)
                    .thenComparing(c -> -c.position()));
    if (named.isPresent()) {
      columns.put(MappedField.PAY, named.get());
      reasons.put(
          MappedField.PAY,
          String.format(
              Locale.ROOT,
              "named like pay; a number in %.0f%% of the answers",
              100 * named.get().numberShare()));
      return;
    }
    profile.columns().stream()
        .filter(c -> c.type() == ColumnType.NUMBER && c.median().isPresent())
        .filter(c -> !looksLikeYears(c) && !looksLikeIds(c))
        .filter(c -> c.median().getAsDouble() >= 100)
        .max(Comparator.comparingDouble(c -> c.median().getAsDouble()))
        .ifPresent(
            c -> {
              columns.put(MappedField.PAY, c);
              reasons.put(
                  MappedField.PAY,
                  "CHECK: no header names pay; the numeric column with the largest median ("
                      + number(c.median().getAsDouble())
                      + ")");
            });
  }

  private static boolean looksLikeYears(ColumnProfile column) {
    double median = column.median().orElse(0);
    return median >= 1950
        && median <= 2100
        && column.counts().keySet().stream().allMatch(v -> v.matches("\\d{4}"));
  }

  private static boolean looksLikeIds(ColumnProfile column) {
    return column.distinct() == column.rows() - column.blanks()
        && !column.distinctCapped()
        && column.counts().keySet().stream().allMatch(v -> v.matches("\\d+"));
  }

  private void roleColumn() {
    // Among columns named like a role, one most respondents answered wins over a follow-up
    // question few answered, then the one whose labels the role rules know best.
    Optional<ColumnProfile> named =
        profile.columns().stream()
            .filter(c -> !columns.containsValue(c) && c.type() == ColumnType.TEXT)
            .filter(c -> HeaderWords.score(MappedField.ROLE, c.name()) > 0)
            .max(
                Comparator.<ColumnProfile>comparingInt(
                        c -> HeaderWords.score(MappedField.ROLE, c.name()))
                    .thenComparing(c -> c.blankShare() < 0.5)
                    .thenComparingDouble(MappingProposal::knownRoleShare)
                    .thenComparing(c -> -c.position()));
    Optional<ColumnProfile> chosen =
        named.or(
            () ->
                profile.columns().stream()
                    .filter(c -> !columns.containsValue(c) && c.type() == ColumnType.TEXT)
                    .filter(c -> c.distinct() >= 2 && c.distinct() <= 1_000)
                    .filter(c -> knownRoleShare(c) >= 0.3)
                    .max(Comparator.comparingDouble(MappingProposal::knownRoleShare)));
    chosen.ifPresent(
        c -> {
          columns.put(MappedField.ROLE, c);
          reasons.put(
              MappedField.ROLE,
              String.format(
                  Locale.ROOT,
                  "%s; devpay's role rules name a family for %.0f%% of its answers",
                  named.isPresent() ? "named like a role" : "CHECK: no header names a role",
                  100 * knownRoleShare(c)));
        });
  }

  /** Share of a column's answers (among its counted values) that the role rules give a family. */
  private static double knownRoleShare(ColumnProfile column) {
    long all = 0;
    long known = 0;
    for (Map.Entry<String, Long> value : column.counts().entrySet()) {
      all += value.getValue();
      Optional<RoleFamily> family = ROLES.match("", value.getKey());
      if (family.isPresent() && family.get() != RoleFamily.OTHER) {
        known += value.getValue();
      }
    }
    return all == 0 ? 0 : known / (double) all;
  }

  // ---------------------------------------------------------------------------------------------
  // Dataset, year, country, currency, period, basis, scope

  private String datasetId() {
    String base = stem(fileName);
    String folded =
        Normalizer.normalize(
                base.toLowerCase(Locale.ROOT)
                    .replace("ø", "o")
                    .replace("æ", "ae")
                    .replace("ß", "ss")
                    .replace("ł", "l"),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    String id =
        YEAR.matcher(folded)
            .replaceAll(" ")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (id.isEmpty()) {
      id = "my-survey";
    }
    if (id.length() > 50) {
      id = id.substring(0, 50).replaceAll("-+$", "");
    }
    if (MappingFile.isReservedId(id)) {
      id = id + "-own";
    }
    return id;
  }

  private record YearGuess(int year, String reason) {}

  private YearGuess year() {
    Matcher matcher = YEAR.matcher(fileName);
    Optional<Integer> fromName = Optional.empty();
    while (matcher.find()) {
      fromName = Optional.of(Integer.parseInt(matcher.group(1)));
    }
    if (fromName.isPresent()) {
      return new YearGuess(
          fromName.get(), "from the file name: the survey year, for exchange rates");
    }
    OptionalInt fromDates =
        profile.columns().stream()
            .filter(c -> c.type() == ColumnType.DATE)
            .flatMap(c -> c.counts().keySet().stream())
            .map(YEAR::matcher)
            .filter(Matcher::find)
            .mapToInt(m -> Integer.parseInt(m.group(1)))
            .max();
    if (fromDates.isPresent()) {
      return new YearGuess(
          fromDates.getAsInt(), "CHECK: the latest year of the table's dates; the survey year");
    }
    return new YearGuess(
        Year.now().getValue(),
        "CHECK: nothing names the year; the survey year, for exchange rates");
  }

  /** The year, moved to the nearest year with an exchange rate for the currency if it has none. */
  private static YearGuess rated(YearGuess year, String currency) {
    ExchangeRates rates = ExchangeRates.fromResources();
    if (currency.equals("USD") || rates.usdPerUnit(currency, year.year()).isPresent()) {
      return year;
    }
    SortedSet<Integer> years = rates.yearsOf(currency);
    if (years.isEmpty()) {
      return year;
    }
    int nearest =
        years.stream().min(Comparator.comparingInt(y -> Math.abs(y - year.year()))).orElseThrow();
    return new YearGuess(
        nearest,
        "CHECK: "
            + year.year()
            + " guessed, but devpay's "
            + currency
            + " rates cover "
            + years.first()
            + " to "
            + years.last());
  }

  private String countryReason = "";

  /**
   * The country every row shares, when no column holds it: the country of nearly every answer of
   * the city column, else the headers' language.
   */
  private Optional<String> countryConstant() {
    if (columns.containsKey(MappedField.COUNTRY)) {
      return Optional.empty();
    }
    ColumnProfile city = columns.get(MappedField.CITY);
    if (city != null) {
      org.devpay.core.geo.Places places = org.devpay.core.geo.Places.fromResources();
      Map<String, Long> byCountry = new LinkedHashMap<>();
      long all = 0;
      for (Map.Entry<String, Long> value : city.counts().entrySet()) {
        all += value.getValue();
        places
            .resolve(value.getKey(), Optional.empty())
            .country()
            .ifPresent(c -> byCountry.merge(c, value.getValue(), Long::sum));
      }
      long total = all;
      Optional<Map.Entry<String, Long>> dominant =
          byCountry.entrySet().stream().filter(e -> e.getValue() >= 0.8 * total).findFirst();
      if (dominant.isPresent()) {
        countryReason =
            String.format(
                Locale.ROOT,
                "CHECK: %.0f%% of the answers of %s are places in %s",
                100.0 * dominant.get().getValue() / total,
                quote(city.name()),
                dominant.get().getKey());
        return Optional.of(dominant.get().getKey());
      }
    }
    Optional<Language> language = Language.of(profile.header());
    language.ifPresent(
        l -> countryReason = "CHECK: guessed from the headers' language (" + l.name + ")");
    return language.map(l -> l.country);
  }

  /** The country of nearly every row of the country column, when one is mapped. */
  private Optional<String> dominantCountry() {
    ColumnProfile column = columns.get(MappedField.COUNTRY);
    if (column == null) {
      return Optional.empty();
    }
    Countries countries = Countries.fromResources();
    Map<String, Long> byCode = new LinkedHashMap<>();
    long all = 0;
    for (Map.Entry<String, Long> value : column.counts().entrySet()) {
      all += value.getValue();
      countries
          .resolve(value.getKey())
          .ifPresent(c -> byCode.merge(c, value.getValue(), Long::sum));
    }
    final long total = all;
    return byCode.entrySet().stream()
        .filter(e -> e.getValue() >= 0.8 * total)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private record CurrencyGuess(String code, String reason) {}

  private static final Map<String, String> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("€", "EUR"),
          Map.entry("eur", "EUR"),
          Map.entry("euro", "EUR"),
          Map.entry("euros", "EUR"),
          Map.entry("$", "USD"),
          Map.entry("usd", "USD"),
          Map.entry("dollar", "USD"),
          Map.entry("dollars", "USD"),
          Map.entry("£", "GBP"),
          Map.entry("gbp", "GBP"),
          Map.entry("nok", "NOK"),
          Map.entry("sek", "SEK"),
          Map.entry("dkk", "DKK"),
          Map.entry("pln", "PLN"),
          Map.entry("zł", "PLN"),
          Map.entry("chf", "CHF"),
          Map.entry("uah", "UAH"),
          Map.entry("грн", "UAH"),
          Map.entry("₴", "UAH"),
          Map.entry("inr", "INR"),
          Map.entry("₹", "INR"),
          Map.entry("czk", "CZK"),
          Map.entry("huf", "HUF"),
          Map.entry("ron", "RON"),
          Map.entry("cad", "CAD"),
          Map.entry("aud", "AUD"),
          Map.entry("jpy", "JPY"),
          Map.entry("¥", "JPY"),
          Map.entry("brl", "BRL"));

  private CurrencyGuess currency(Optional<String> country) {
    ColumnProfile pay = columns.get(MappedField.PAY);
    if (pay != null) {
      String lowered = pay.name().toLowerCase(Locale.ROOT);
      for (String word : tokensAndSymbols(lowered)) {
        String code = CURRENCY_WORDS.get(word);
        if (code != null) {
          return new CurrencyGuess(code, "the pay header says " + word);
        }
      }
      if (tokensAndSymbols(lowered).contains("kr") && country.isPresent()) {
        return new CurrencyGuess(countryCurrency(country.get()), "the pay header says kr");
      }
      for (String value : pay.samples()) {
        for (String word : tokensAndSymbols(value.toLowerCase(Locale.ROOT))) {
          String code = CURRENCY_WORDS.get(word);
          if (code != null) {
            return new CurrencyGuess(code, "the pay values say " + word);
          }
        }
      }
    }
    if (country.isPresent()) {
      return new CurrencyGuess(
          countryCurrency(country.get()),
          "CHECK: the currency of " + country.get() + ", the rows' country");
    }
    return new CurrencyGuess(
        "USD", "CHECK: nothing names the currency; ISO 4217 code of the pay column");
  }

  /**
   * US dollars instead of a currency guessed from the country alone, when the amounts are far too
   * small for it: a year's pay under 2,000 USD at the guessed currency (DOU's Ukrainian surveys ask
   * for dollars, not hryvnias).
   */
  private Optional<CurrencyGuess> dollarsInstead(
      CurrencyGuess currency, PeriodGuess period, int year) {
    ColumnProfile pay = columns.get(MappedField.PAY);
    if (pay == null
        || pay.median().isEmpty()
        || currency.code().equals("USD")
        || !currency.reason().startsWith("CHECK: the currency of")) {
      return Optional.empty();
    }
    OptionalDouble rate = ExchangeRates.fromResources().usdPerUnit(currency.code(), year);
    if (rate.isEmpty()) {
      return Optional.empty();
    }
    double annualUsd =
        pay.median().getAsDouble() * period.period().periodsPerYear() * rate.getAsDouble();
    if (annualUsd >= 2_000) {
      return Optional.empty();
    }
    return Optional.of(
        new CurrencyGuess(
            "USD",
            String.format(
                Locale.ROOT,
                "CHECK: in %s the median would be about %s USD a year, too little: dollars",
                currency.code(),
                number(Math.rint(annualUsd)))));
  }

  private static String countryCurrency(String country) {
    try {
      @SuppressWarnings("deprecation")
      Locale locale = new Locale("", country);
      Currency currency = Currency.getInstance(locale);
      return currency == null ? "USD" : currency.getCurrencyCode();
    } catch (IllegalArgumentException e) {
      return "USD";
    }
  }

  /** The words of a text and the currency symbols in it. */
  private static List<String> tokensAndSymbols(String text) {
    List<String> words = new ArrayList<>(HeaderWords.words(text));
    for (String symbol : List.of("€", "$", "£", "₴", "₹", "¥", "zł")) {
      if (text.contains(symbol)) {
        words.add(symbol);
      }
    }
    return words;
  }

  private record PeriodGuess(PayPeriod period, String reason) {}

  private static final Map<PayPeriod, List<String>> PERIOD_WORDS =
      Map.of(
          PayPeriod.HOUR,
          List.of(
              "hour",
              "hourly",
              "hr",
              "timelønn",
              "timel",
              "timepris",
              "timme",
              "timlön",
              "tunti",
              "stunde",
              "годин",
              "час",
              "godzin"),
          PayPeriod.WEEK,
          List.of("week", "weekly", "uke", "vecka", "viikko", "woche", "недел", "тижд", "tydz"),
          PayPeriod.MONTH,
          List.of(
              "month", "monthly", "mo", "måned", "månad", "kuukau", "monat", "месяц", "місяц",
              "miesi", "mes", "mensual", "mensuel", "mois", "mese", "mensile", "pm", "kk"),
          PayPeriod.YEAR,
          List.of(
              "year",
              "yearly",
              "annual",
              "annually",
              "år",
              "årslønn",
              "årsløn",
              "årslön",
              "årsinntekt",
              "vuosi",
              "jahr",
              "год",
              "рік",
              "річн",
              "rok",
              "roczn",
              "año",
              "anual",
              "annuel",
              "anno",
              "annuale",
              "pa"));

  private PeriodGuess period(String currency, int year) {
    ColumnProfile pay = columns.get(MappedField.PAY);
    if (pay == null) {
      return new PeriodGuess(PayPeriod.YEAR, "CHECK: year, month, week or hour");
    }
    List<String> words = HeaderWords.words(pay.name());
    for (PayPeriod period :
        List.of(PayPeriod.HOUR, PayPeriod.WEEK, PayPeriod.MONTH, PayPeriod.YEAR)) {
      for (String word : words) {
        for (String stem : PERIOD_WORDS.get(period)) {
          boolean matches = stem.length() <= 3 ? word.equals(stem) : word.contains(stem);
          if (matches) {
            return new PeriodGuess(period, "the pay header says " + word);
          }
        }
      }
    }
    OptionalDouble median = pay.median();
    OptionalDouble rate = ExchangeRates.fromResources().usdPerUnit(currency, year);
    if (median.isEmpty() || rate.isEmpty()) {
      return new PeriodGuess(PayPeriod.YEAR, "CHECK: year, month, week or hour");
    }
    double usd = median.getAsDouble() * rate.getAsDouble();
    PayPeriod period =
        usd >= 15_000 ? PayPeriod.YEAR : usd >= 400 ? PayPeriod.MONTH : PayPeriod.HOUR;
    return new PeriodGuess(
        period,
        String.format(
            Locale.ROOT,
            "CHECK: the median pay, %s %s (about %s USD), looks like a %s's",
            number(median.getAsDouble()),
            currency,
            number(Math.rint(usd)),
            period.name().toLowerCase(Locale.ROOT)));
  }

  private record Guess(String value, String reason) {}

  private Guess basis() {
    ColumnProfile pay = columns.get(MappedField.PAY);
    String header = pay == null ? "" : " " + String.join(" ", HeaderWords.words(pay.name())) + " ";
    for (String net :
        List.of(
            " net ",
            " netto ",
            " after tax",
            " take home",
            " чистими ",
            " чистыми ",
            " на руки ",
            " nach steuer")) {
      if (header.contains(net)) {
        return new Guess("net", "the pay header says" + net.stripTrailing());
      }
    }
    for (String gross : List.of(" gross ", " brutto ", " before tax", " pre tax ", " брутто ")) {
      if (header.contains(gross)) {
        return new Guess("gross", "the pay header says" + gross.stripTrailing());
      }
    }
    return new Guess(
        "gross", "CHECK: gross (before income tax) unless the survey asked for net pay");
  }

  private Guess scope() {
    ColumnProfile pay = columns.get(MappedField.PAY);
    String header = pay == null ? "" : " " + String.join(" ", HeaderWords.words(pay.name())) + " ";
    for (String base :
        List.of(
            " without bonus",
            " excluding",
            " excl ",
            " base ",
            " grunnlønn ",
            " fastlønn ",
            " basic ")) {
      if (header.contains(base)) {
        return new Guess("base", "the pay header says" + base.stripTrailing());
      }
    }
    for (String total :
        List.of(
            " total ",
            " including ",
            " incl ",
            " with bonus",
            " inkl ",
            " totalt ",
            " gesamt",
            " сумарн")) {
      if (header.contains(total)) {
        return new Guess("total", "the pay header says" + total.stripTrailing());
      }
    }
    return new Guess("base", "CHECK: base salary, or total if the pay includes bonus and stock");
  }

  // ---------------------------------------------------------------------------------------------
  // Roles and separators

  private void roles(Yaml out, String dataset) {
    ColumnProfile role = columns.get(MappedField.ROLE);
    if (role == null) {
      out.line(
          "# roles:                        # no role column found: map one under columns: first");
      return;
    }
    List<Map.Entry<String, Long>> labels = new ArrayList<>(role.counts().entrySet());
    List<Map.Entry<String, Long>> shown = labels.subList(0, Math.min(ROLE_LABELS, labels.size()));
    List<Map.Entry<String, Long>> matched = new ArrayList<>();
    List<Map.Entry<String, Long>> unmatched = new ArrayList<>();
    for (Map.Entry<String, Long> label : shown) {
      (ROLES.match(dataset, label.getKey()).isPresent() ? matched : unmatched).add(label);
    }
    out.line("roles:");
    out.line(
        String.format(
            Locale.ROOT,
            "  # %s's %s labels%s: %d matched by devpay's role rules, %d not (read as other"
                + " unless given a family)",
            quote(role.name()),
            (role.distinctCapped() ? "over " : "")
                + String.format(Locale.ROOT, "%,d", labels.size()),
            labels.size() > shown.size() ? " (the " + shown.size() + " most frequent listed)" : "",
            matched.size(),
            unmatched.size()));
    for (Map.Entry<String, Long> label : matched) {
      RoleFamily family = ROLES.match(dataset, label.getKey()).orElseThrow();
      out.key("  " + quote(label.getKey()), family.id(), rows(label.getValue()));
    }
    if (!unmatched.isEmpty()) {
      out.line(
          "  # not matched: uncomment and give each a family (backend, frontend, fullstack,"
              + " mobile, devops,");
      out.line(
          "  # data-engineering, data-science, qa, embedded, security, management, other,"
              + " unknown):");
      for (Map.Entry<String, Long> label : unmatched) {
        out.line(
            "  # " + padded(quote(label.getKey()) + ": other", 34) + "# " + rows(label.getValue()));
      }
    }
  }

  private void separators(Yaml out) {
    List<String> lines = new ArrayList<>();
    for (MappedField field : List.of(MappedField.SKILLS, MappedField.INDUSTRY)) {
      ColumnProfile column = columns.get(field);
      if (column == null) {
        continue;
      }
      for (String separator : List.of(";", "|", ",")) {
        long with =
            column.counts().entrySet().stream()
                .filter(e -> e.getKey().contains(separator))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long all = column.counts().values().stream().mapToLong(Long::longValue).sum();
        if (all > 0 && with >= 0.2 * all) {
          lines.add(
              String.format(Locale.ROOT, "  %s: %s", field.id(), padded(quote(separator), 28))
                  + String.format(
                      Locale.ROOT, "# %.0f%% of its answers hold several", 100.0 * with / all));
          break;
        }
      }
    }
    if (!lines.isEmpty()) {
      out.line("separators:");
      lines.forEach(out::line);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  private static String rows(long rows) {
    return String.format(Locale.ROOT, "%,d %s", rows, rows == 1 ? "row" : "rows");
  }

  private static String number(double value) {
    return Math.abs(value - Math.rint(value)) < 1e-9
        ? String.format(Locale.ROOT, "%,d", (long) Math.rint(value))
        : String.format(Locale.ROOT, "%,.2f", value);
  }

  private static String shorten(String value) {
    String flat = value.replaceAll("\\s+", " ");
    return flat.length() > 30 ? flat.substring(0, 29) + "…" : flat;
  }

  /** The file name without its extension. */
  private static String stem(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** A YAML double-quoted scalar. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String shellQuote(String text) {
    return text.matches("[A-Za-z0-9_./-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  private static String padded(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  /** Lines of YAML, with comments aligned after the values. */
  private static final class Yaml {
    private final StringBuilder text = new StringBuilder();

    void line(String line) {
      if (!line.isEmpty()) {
        text.append(line).append('\n');
      }
    }

    void key(String key, String value, String comment) {
      String entry = key + ": " + value;
      line(comment == null || comment.isEmpty() ? entry : padded(entry, 32) + "# " + comment);
    }

    String text() {
      return text.toString();
    }
  }

  /** Languages whose headers give a survey's country away. */
  private enum Language {
    NORWEGIAN(
        "Norwegian",
        "NO",
        "lønn",
        "erfaring",
        "stilling",
        "arbeidssted",
        "bransje",
        "ansatt",
        "kjønn",
        "alder",
        "fylke",
        "utdanning"),
    DANISH(
        "Danish",
        "DK",
        "løn",
        "erfaring",
        "stilling",
        "arbejdssted",
        "branche",
        "ansat",
        "køn",
        "alder",
        "uddannelse"),
    SWEDISH(
        "Swedish",
        "SE",
        "lön",
        "erfarenhet",
        "tjänst",
        "arbetsort",
        "bransch",
        "anställ",
        "kön",
        "ålder",
        "utbildning"),
    FINNISH(
        "Finnish",
        "FI",
        "palkka",
        "kokemus",
        "vuotta",
        "kaupunki",
        "työsuhde",
        "tehtävä",
        "ikä",
        "sukupuoli",
        "koulutus",
        "toimiala",
        "paikkakunta"),
    GERMAN(
        "German",
        "DE",
        "gehalt",
        "erfahrung",
        "stadt",
        "beschäftigung",
        "alter",
        "jahre",
        "branche",
        "geschlecht",
        "position",
        "stelle"),
    POLISH(
        "Polish",
        "PL",
        "wynagrodzenie",
        "doświadczenie",
        "miasto",
        "stanowisko",
        "wiek",
        "płeć",
        "branża",
        "zatrudnienie");

    private final String name;
    private final String country;
    private final List<String> words;

    Language(String name, String country, String... words) {
      this.name = name;
      this.country = country;
      this.words = List.of(words);
    }

    /** The language most header words belong to, if at least two do (one for a pay word). */
    static Optional<Language> of(List<String> header) {
      List<String> words = header.stream().flatMap(h -> HeaderWords.words(h).stream()).toList();
      Language best = null;
      int bestHits = 0;
      for (Language language : values()) {
        int hits = 0;
        for (String word : words) {
          for (String stem : language.words) {
            if (stem.equals(word) || stem.length() >= 4 && word.contains(stem)) {
              hits +=
                  stem.equals(language.words.get(0)) || word.contains(language.words.get(0))
                      ? 2
                      : 1;
              break;
            }
          }
        }
        if (hits > bestHits) {
          best = language;
          bestHits = hits;
        }
      }
      return bestHits >= 2 ? Optional.ofNullable(best) : Optional.empty();
    }
  }
}
