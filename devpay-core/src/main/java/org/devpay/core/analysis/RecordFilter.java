package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.model.Location;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.Seniority;
import org.devpay.core.privacy.Criterion;

/**
 * Which records an analysis looks at: a dataset or edition, a country or metro, a seniority, an
 * industry, a skill. Applied to the records before any figure is computed, so the privacy floor is
 * enforced on the filtered cells and no presenter can publish a figure over a smaller group than k.
 * Every criterion is optional; an empty filter keeps every record. What each criterion is called,
 * accepts and reads from a record is declared once, in {@link FilterCriterion}.
 *
 * @param datasetId keep only this dataset
 * @param edition keep only editions with this label
 * @param country keep only records in this ISO 3166-1 alpha-2 country
 * @param metro keep only records in this metro area (exact name, as the normalizer sets it)
 * @param seniority keep only records of this seniority
 * @param industry keep only records listing this canonical industry id
 * @param skill keep only records listing this canonical skill id
 */
public record RecordFilter(
    Optional<String> datasetId,
    Optional<String> edition,
    Optional<String> country,
    Optional<String> metro,
    Optional<Seniority> seniority,
    Optional<String> industry,
    Optional<String> skill) {
  /** Keeps every record. */
  public static final RecordFilter NONE =
      new RecordFilter(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /**
   * Checks each criterion's form; whether a value occurs in the data is for the caller to say.
   *
   * @throws IllegalArgumentException when a text criterion is blank or the country is not two
   *     upper-case letters
   */
  public RecordFilter {
    requireNonNull(datasetId, "datasetId is null");
    requireNonNull(edition, "edition is null");
    requireNonNull(country, "country is null");
    requireNonNull(metro, "metro is null");
    requireNonNull(seniority, "seniority is null");
    requireNonNull(industry, "industry is null");
    requireNonNull(skill, "skill is null");
    requireNotBlank(datasetId, "dataset");
    requireNotBlank(edition, "edition");
    requireNotBlank(metro, "metro");
    requireNotBlank(industry, "industry");
    requireNotBlank(skill, "skill");
    country.ifPresent(
        c -> {
          if (!Location.isAlpha2(c)) {
            throw new IllegalArgumentException(
                "country must be an ISO 3166-1 alpha-2 code such as DE: " + c);
          }
        });
  }

  public RecordFilter withDataset(String value) {
    return new RecordFilter(
        Optional.of(value), edition, country, metro, seniority, industry, skill);
  }

  public RecordFilter withEdition(String value) {
    return new RecordFilter(
        datasetId, Optional.of(value), country, metro, seniority, industry, skill);
  }

  public RecordFilter withCountry(String value) {
    return new RecordFilter(
        datasetId, edition, Optional.of(value), metro, seniority, industry, skill);
  }

  public RecordFilter withMetro(String value) {
    return new RecordFilter(
        datasetId, edition, country, Optional.of(value), seniority, industry, skill);
  }

  public RecordFilter withSeniority(Seniority value) {
    return new RecordFilter(
        datasetId, edition, country, metro, Optional.of(value), industry, skill);
  }

  public RecordFilter withIndustry(String value) {
    return new RecordFilter(
        datasetId, edition, country, metro, seniority, Optional.of(value), skill);
  }

  public RecordFilter withSkill(String value) {
    return new RecordFilter(
        datasetId, edition, country, metro, seniority, industry, Optional.of(value));
  }

  /**
   * This filter with one criterion set.
   *
   * @param value the value in canonical form ({@link FilterCriterion#canonical})
   * @throws IllegalArgumentException when the value's form is wrong (see the constructor), or a
   *     seniority is not a known id
   */
  public RecordFilter with(FilterCriterion criterion, String value) {
    return switch (criterion) {
      case DATASET -> withDataset(value);
      case EDITION -> withEdition(value);
      case COUNTRY -> withCountry(value);
      case METRO -> withMetro(value);
      case SENIORITY ->
          withSeniority(
              Seniority.parse(value)
                  .orElseThrow(() -> new IllegalArgumentException("unknown seniority: " + value)));
      case INDUSTRY -> withIndustry(value);
      case SKILL -> withSkill(value);
    };
  }

  /** The value of one criterion, when set, in canonical form (a seniority as its id). */
  public Optional<String> value(FilterCriterion criterion) {
    return switch (criterion) {
      case DATASET -> datasetId;
      case EDITION -> edition;
      case COUNTRY -> country;
      case METRO -> metro;
      case SENIORITY -> seniority.map(Seniority::id);
      case INDUSTRY -> industry;
      case SKILL -> skill;
    };
  }

  /** True when the filter keeps every record. */
  public boolean isNone() {
    return equals(NONE);
  }

  /** Whether records of this edition can pass the filter (its dataset and edition criteria). */
  public boolean accepts(EditionKey key) {
    return datasetId.map(key.datasetId()::equals).orElse(true)
        && edition.map(key.edition()::equals).orElse(true);
  }

  /** Whether one record passes every criterion. */
  public boolean test(PayRecord record) {
    return test(record, asCriteria());
  }

  private boolean test(PayRecord record, List<Criterion> conditions) {
    if (!accepts(new EditionKey(record.datasetId(), record.edition()))) {
      return false;
    }
    for (Criterion condition : conditions) {
      if (!condition.test().test(record)) {
        return false;
      }
    }
    return true;
  }

  /** The records that pass, in their order. */
  public List<PayRecord> apply(List<PayRecord> records) {
    if (isNone()) {
      return records;
    }
    List<Criterion> conditions = asCriteria();
    return records.stream()
        .filter(r -> test(r, conditions))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * A view of the data holding only the records that pass: analyses run on it unchanged, so every
   * cell they publish is counted after filtering. Citations and the version are the data's own.
   */
  public PayData applyTo(PayData data) {
    requireNonNull(data, "data is null");
    if (isNone()) {
      return data;
    }
    RecordFilter filter = this;
    List<Criterion> conditions = asCriteria();
    return new PayData() {
      @Override
      public List<EditionKey> editions() {
        return data.editions().stream().filter(filter::accepts).collect(Collectors.toList());
      }

      @Override
      public List<PayRecord> records(EditionKey key) {
        return filter.accepts(key) ? filter.apply(data.records(key)) : List.of();
      }

      @Override
      public SourceCitation citation(EditionKey key) {
        return data.citation(key);
      }

      @Override
      public String version() {
        return data.version();
      }

      @Override
      public PayData unrestricted() {
        return data.unrestricted();
      }

      @Override
      public List<Criterion> restriction() {
        List<Criterion> all = new java.util.ArrayList<>(data.restriction());
        all.addAll(conditions);
        return all;
      }
    };
  }

  /**
   * The filter's criteria within an edition as the disclosure control's conditions (dataset and
   * edition choose the edition, so they are none): "country=DE", "skill∋java".
   */
  public List<Criterion> asCriteria() {
    List<Criterion> out = new java.util.ArrayList<>();
    for (FilterCriterion criterion : FilterCriterion.inEdition()) {
      value(criterion).ifPresent(v -> out.add(criterion.dimension().orElseThrow().is(v)));
    }
    return out;
  }

  /**
   * The criteria that are set, by name, in the order {@link FilterCriterion} declares them
   * (dataset, edition, country, metro, seniority, industry, skill): for output and cache keys.
   */
  public Map<String, String> criteria() {
    Map<String, String> out = new LinkedHashMap<>();
    for (FilterCriterion criterion : FilterCriterion.values()) {
      value(criterion).ifPresent(v -> out.put(criterion.id(), v));
    }
    return out;
  }

  /** "country=DE, seniority=senior", or "none". */
  public String describe() {
    Map<String, String> criteria = criteria();
    if (criteria.isEmpty()) {
      return "none";
    }
    return criteria.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static void requireNotBlank(Optional<String> value, String name) {
    value.ifPresent(
        v -> {
          if (v.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
          }
        });
  }
}
