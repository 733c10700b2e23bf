package org.devpay.core.normalize;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.devpay.core.fx.ExchangeRates;
import org.devpay.core.geo.Countries;
import org.devpay.core.geo.Places;
import org.devpay.core.model.Employment;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.RejectReason;
import org.devpay.core.model.Rejection;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.devpay.core.normalize.NormalizationResult.Accepted;
import org.devpay.core.normalize.NormalizationResult.Rejected;
import org.devpay.core.taxonomy.EmploymentTaxonomy;
import org.devpay.core.taxonomy.ExperienceParser;
import org.devpay.core.taxonomy.IndustryTaxonomy;
import org.devpay.core.taxonomy.Memo;
import org.devpay.core.taxonomy.RoleTaxonomy;
import org.devpay.core.taxonomy.SeniorityTaxonomy;
import org.devpay.core.taxonomy.SkillTaxonomy;

/**
 * The normalizer every ingest path uses: the reviewed tables and derived reference tables shipped
 * in devpay-core, applied to one raw row at a time. Immutable and thread-safe; build it once.
 *
 * <p>Per row: role family from the role label (dataset-scoped rules first); seniority from the
 * seniority label, or from the role label when that says nothing (a role label is often a job
 * title, "Senior Java Developer"); years of experience; employment; country from the country text
 * (the city's country only when the row has no country text), city and metro from the city text;
 * industries and skills, deduplicated and sorted; pay annualised in the published currency and
 * converted at the survey year's average USD rate. A row whose currency has no rate for its year is
 * rejected ({@link RejectReason#NO_EXCHANGE_RATE}); unknown labels never reject a row, they map to
 * OTHER, UNKNOWN or nothing, and the role, seniority and employment labels no rule knows come back
 * with the record ({@link Accepted#unknownLabels()}) so that ingest counts them. A role family the
 * row states outright ({@link RawRecord#statedRole()}, from a mapping file) is taken as it is.
 */
public final class StandardNormalizer implements Normalizer {
  private final ExchangeRates rates;
  private final Countries countries;
  private final Places places;
  private final RoleTaxonomy roles;
  private final SeniorityTaxonomy seniorities;
  private final EmploymentTaxonomy employments;
  private final IndustryTaxonomy industries;
  private final SkillTaxonomy skills;

  /** Locations per country and city text: a survey repeats a few hundred places over its rows. */
  private final Memo<PlaceTexts, Location> locations =
      new Memo<>(Memo.DEFAULT_CAPACITY, texts -> location(texts.country(), texts.city()));

  private record PlaceTexts(String country, String city) {}

  /** Rates per published currency and year: a survey has a few dozen currencies. */
  private final Memo<CurrencyYear, OptionalDouble> usdRates;

  private record CurrencyYear(String currency, int year) {}

  /** A normalizer with explicit parts (tests pass their own exchange rates). */
  public StandardNormalizer(
      ExchangeRates rates,
      Countries countries,
      Places places,
      RoleTaxonomy roles,
      SeniorityTaxonomy seniorities,
      EmploymentTaxonomy employments,
      IndustryTaxonomy industries,
      SkillTaxonomy skills) {
    this.rates = requireNonNull(rates, "rates is null");
    this.countries = requireNonNull(countries, "countries is null");
    this.places = requireNonNull(places, "places is null");
    this.roles = requireNonNull(roles, "roles is null");
    this.seniorities = requireNonNull(seniorities, "seniorities is null");
    this.employments = requireNonNull(employments, "employments is null");
    this.industries = requireNonNull(industries, "industries is null");
    this.skills = requireNonNull(skills, "skills is null");
    this.usdRates =
        new Memo<>(Memo.DEFAULT_CAPACITY, key -> rates.usdPerUnit(key.currency(), key.year()));
  }

  /** The normalizer built from the tables shipped in devpay-core's resources. */
  public static StandardNormalizer fromResources() {
    return new StandardNormalizer(
        ExchangeRates.fromResources(),
        Countries.fromResources(),
        Places.fromResources(),
        RoleTaxonomy.fromResources(),
        SeniorityTaxonomy.fromResources(),
        EmploymentTaxonomy.fromResources(),
        IndustryTaxonomy.fromResources(),
        SkillTaxonomy.fromResources());
  }

  @Override
  public NormalizationResult normalize(RawRecord raw) {
    requireNonNull(raw, "raw is null");
    String currency = raw.pay().currency();
    OptionalDouble rate = usdRates.get(new CurrencyYear(currency, raw.year()), currency.length());
    if (rate.isEmpty()) {
      return reject(
          raw,
          RejectReason.NO_EXCHANGE_RATE,
          "no yearly USD rate for " + currency + " in " + raw.year());
    }
    double usdPerUnit = rate.getAsDouble();
    double annualLocal = raw.pay().annualAmount();
    double annualUsd = annualLocal * usdPerUnit;
    if (!Double.isFinite(annualLocal) || !Double.isFinite(annualUsd)) {
      return reject(raw, RejectReason.INVALID_FIELD, "annual pay overflows: " + raw.pay().amount());
    }
    OptionalDouble baseAnnualUsd = OptionalDouble.empty();
    if (raw.baseAmount().isPresent() && raw.baseAmount().getAsDouble() > 0) {
      double base =
          raw.baseAmount().getAsDouble() * raw.pay().period().periodsPerYear() * usdPerUnit;
      if (Double.isFinite(base)) {
        baseAnnualUsd = OptionalDouble.of(base);
      }
    }
    String dataset = raw.datasetId();
    List<UnknownLabel> unknown = new ArrayList<>(0);
    RoleFamily role;
    if (raw.statedRole().isPresent()) {
      role = raw.statedRole().get();
    } else {
      Optional<RoleFamily> roleMatch = roles.match(dataset, raw.roleLabel());
      role = RoleTaxonomy.orDefault(raw.roleLabel(), roleMatch);
      noteUnknown(unknown, UnknownLabel.Taxonomy.ROLE, raw.roleLabel(), roleMatch);
    }
    Optional<Seniority> seniorityMatch = seniorities.match(dataset, raw.seniorityLabel());
    noteUnknown(unknown, UnknownLabel.Taxonomy.SENIORITY, raw.seniorityLabel(), seniorityMatch);
    Seniority seniority = seniorityMatch.orElse(Seniority.UNKNOWN);
    if (seniority == Seniority.UNKNOWN) {
      seniority = seniorities.classify(dataset, raw.roleLabel());
    }
    Optional<Employment> employmentMatch = employments.match(dataset, raw.employmentLabel());
    noteUnknown(unknown, UnknownLabel.Taxonomy.EMPLOYMENT, raw.employmentLabel(), employmentMatch);
    PayRecord record =
        new PayRecord(
            dataset,
            raw.edition(),
            raw.year(),
            raw.respondentKey(),
            role,
            raw.roleLabel(),
            raw.multiSelectRoles() ? raw.roleLabels() : List.of(),
            seniority,
            ExperienceParser.parse(raw.experienceText()),
            EmploymentTaxonomy.orDefault(raw.employmentLabel(), employmentMatch),
            raw.profession(),
            location(raw),
            industries.classifyAll(dataset, raw.industryLabels()),
            skills.classifyAll(dataset, raw.skillLabels()),
            raw.pay(),
            annualLocal,
            annualUsd,
            usdPerUnit,
            baseAnnualUsd,
            raw.weight(),
            raw.attributes());
    return new Accepted(record, unknown);
  }

  /** Adds a non-blank label that no rule matched. */
  private static void noteUnknown(
      List<UnknownLabel> unknown, UnknownLabel.Taxonomy taxonomy, String label, Optional<?> match) {
    if (match.isEmpty() && !label.isBlank()) {
      unknown.add(new UnknownLabel(taxonomy, label.strip()));
    }
  }

  /**
   * Country text first; the city text then resolves within that country. When the city text names
   * another country outright ("Warsaw, Poland" for a respondent who said Germany), the stated
   * country wins and the city is dropped rather than mixed.
   */
  private Location location(RawRecord raw) {
    String country = raw.countryText();
    String city = raw.cityText();
    return locations.get(new PlaceTexts(country, city), Math.max(country.length(), city.length()));
  }

  private Location location(String countryText, String cityText) {
    Optional<String> statedCountry =
        countryText.isBlank() ? Optional.empty() : countries.resolve(countryText);
    if (cityText.isBlank()) {
      return new Location(statedCountry, Optional.empty(), Optional.empty());
    }
    Location fromCity = places.resolve(cityText, statedCountry);
    if (statedCountry.isPresent() && !statedCountry.equals(fromCity.country())) {
      return new Location(statedCountry, Optional.empty(), Optional.empty());
    }
    return fromCity;
  }

  private static Rejected reject(RawRecord raw, RejectReason reason, String detail) {
    return new Rejected(new Rejection(raw.rowNumber(), reason, detail, dump(raw)));
  }

  /** The raw record as readable name=value fields, so a rejected row can be inspected. */
  static String dump(RawRecord raw) {
    List<String> fields = new ArrayList<>();
    fields.add("datasetId=" + raw.datasetId());
    fields.add("edition=" + raw.edition());
    fields.add("year=" + raw.year());
    fields.add("respondentKey=" + raw.respondentKey());
    fields.add("roleLabel=" + raw.roleLabel());
    fields.add("seniorityLabel=" + raw.seniorityLabel());
    fields.add("experienceText=" + raw.experienceText());
    fields.add("employmentLabel=" + raw.employmentLabel());
    fields.add("countryText=" + raw.countryText());
    fields.add("cityText=" + raw.cityText());
    fields.add("industryLabels=" + String.join("; ", raw.industryLabels()));
    fields.add("skillLabels=" + String.join("; ", raw.skillLabels()));
    fields.add("amount=" + raw.pay().amount());
    fields.add("currency=" + raw.pay().currency());
    fields.add("period=" + raw.pay().period());
    fields.add("basis=" + raw.pay().basis());
    fields.add("scope=" + raw.pay().scope());
    raw.baseAmount().ifPresent(base -> fields.add("baseAmount=" + base));
    fields.add("weight=" + raw.weight());
    return Rejection.joinFields(fields);
  }
}
