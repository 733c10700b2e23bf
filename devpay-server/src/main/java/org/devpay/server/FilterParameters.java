package org.devpay.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.devpay.core.analysis.FilterCriterion;
import org.devpay.core.analysis.RecordFilter;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;

/**
 * The record filter as query parameters, shared by every resource that computes figures: each
 * {@link FilterCriterion} is one parameter, derived from its declaration and validated against the
 * values the data holds (a value must reach the privacy floor in at least one edition to be offered
 * or accepted).
 */
final class FilterParameters {
  private FilterParameters() {}

  static final Parameter DATASET = of(FilterCriterion.DATASET);
  static final Parameter EDITION = of(FilterCriterion.EDITION);
  static final Parameter COUNTRY = of(FilterCriterion.COUNTRY);
  static final Parameter METRO = of(FilterCriterion.METRO);
  static final Parameter SENIORITY = of(FilterCriterion.SENIORITY);
  static final Parameter INDUSTRY = of(FilterCriterion.INDUSTRY);
  static final Parameter SKILL = of(FilterCriterion.SKILL);

  /**
   * The parameter of one criterion: a value is put in canonical form, then, unless the criterion
   * has fixed values, must be one the data offers (a dataset id, an edition label, or a facet value
   * that reaches the privacy floor in at least one edition).
   */
  private static Parameter of(FilterCriterion criterion) {
    String name = criterion.id();
    Function<Snapshot, Set<String>> offered =
        switch (criterion) {
          case DATASET -> Snapshot::datasetIds;
          case EDITION -> snapshot -> snapshot.editionLabels(null);
          default -> snapshot -> snapshot.facetValues(name);
        };
    Parameter.Rule known = Parameter.oneOf(name, offered);
    return new Parameter(
        name,
        Parameter.Location.QUERY,
        false,
        criterion.description(),
        criterion.allowed(),
        criterion.example(),
        (value, snapshot) -> {
          String canonical = criterion.canonical(value);
          return criterion.allowed().isEmpty() ? known.check(canonical, snapshot) : canonical;
        });
  }

  /** Every filter parameter. */
  static List<Parameter> all() {
    return List.of(DATASET, EDITION, COUNTRY, METRO, SENIORITY, INDUSTRY, SKILL);
  }

  /** The filter parameters other than dataset and edition (for resources that name an edition). */
  static List<Parameter> withinEdition() {
    return List.of(COUNTRY, METRO, SENIORITY, INDUSTRY, SKILL);
  }

  /** The given parameters first, then the filters. */
  static List<Parameter> plus(List<Parameter> filters, Parameter... others) {
    List<Parameter> out = new ArrayList<>(Arrays.asList(others));
    out.addAll(filters);
    return out;
  }

  /** The record filter a validated query asks for. */
  static RecordFilter filter(ValidatedQuery query) {
    RecordFilter filter = RecordFilter.NONE;
    try {
      for (FilterCriterion criterion : FilterCriterion.values()) {
        Optional<String> value = query.get(criterion.id());
        if (value.isPresent()) {
          filter = filter.with(criterion, value.get());
        }
      }
    } catch (IllegalArgumentException e) {
      throw new DevpayException(ErrorCategory.USER_INPUT, e.getMessage(), e);
    }
    return filter;
  }
}
