package org.devpay.core.analysis.engine;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;

/**
 * Which respondents form a group in a comparison ("back-end developers", "senior or lead back-end
 * developers in Berlin", "developers who use Go"): each set criterion must hold, and within a set
 * any value will do (a respondent listing Go and Java has skill go). An empty selector selects
 * everyone.
 *
 * @param roles role families (any of)
 * @param seniorities seniority levels (any of)
 * @param skills canonical skill ids (any of)
 * @param industries canonical industry ids (any of)
 * @param metros metro areas as the normalizer names them (any of)
 * @param countries ISO 3166-1 alpha-2 codes (any of)
 */
public record GroupSelector(
    Set<RoleFamily> roles,
    Set<Seniority> seniorities,
    Set<String> skills,
    Set<String> industries,
    Set<String> metros,
    Set<String> countries) {
  /** Selects everyone. */
  public static final GroupSelector EVERYONE =
      new GroupSelector(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public GroupSelector {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    seniorities = seniorities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(seniorities));
    skills = sortedCopy(skills, "skill");
    industries = sortedCopy(industries, "industry");
    metros = sortedCopy(metros, "metro");
    countries = sortedCopy(countries, "country");
  }

  /** Respondents of these role families. */
  public static GroupSelector roles(RoleFamily... values) {
    return EVERYONE.withRoles(List.of(values));
  }

  public GroupSelector withRoles(Collection<RoleFamily> values) {
    return new GroupSelector(
        Set.copyOf(values), seniorities, skills, industries, metros, countries);
  }

  public GroupSelector withSeniorities(Collection<Seniority> values) {
    return new GroupSelector(roles, Set.copyOf(values), skills, industries, metros, countries);
  }

  public GroupSelector withSkills(Collection<String> values) {
    return new GroupSelector(roles, seniorities, Set.copyOf(values), industries, metros, countries);
  }

  public GroupSelector withIndustries(Collection<String> values) {
    return new GroupSelector(roles, seniorities, skills, Set.copyOf(values), metros, countries);
  }

  public GroupSelector withMetros(Collection<String> values) {
    return new GroupSelector(roles, seniorities, skills, industries, Set.copyOf(values), countries);
  }

  public GroupSelector withCountries(Collection<String> values) {
    return new GroupSelector(roles, seniorities, skills, industries, metros, Set.copyOf(values));
  }

  /** Whether the record meets every set criterion. */
  public boolean test(PayRecord record) {
    return (roles.isEmpty() || roles.contains(record.role()))
        && (seniorities.isEmpty() || seniorities.contains(record.seniority()))
        && (skills.isEmpty() || record.skills().stream().anyMatch(skills::contains))
        && (industries.isEmpty() || record.industries().stream().anyMatch(industries::contains))
        && (metros.isEmpty() || record.location().metro().map(metros::contains).orElse(false))
        && (countries.isEmpty()
            || record.location().country().map(countries::contains).orElse(false));
  }

  /**
   * Whether the record states every characteristic this selector looks at, so that an implicit
   * baseline ("everyone else") holds only respondents who were asked: a respondent whose survey has
   * no skill question is not someone "without Python".
   */
  public boolean statedBy(PayRecord record) {
    return (roles.isEmpty()
            || (record.role() != RoleFamily.OTHER && record.role() != RoleFamily.UNKNOWN))
        && (seniorities.isEmpty() || record.seniority() != Seniority.UNKNOWN)
        && (skills.isEmpty() || !record.skills().isEmpty())
        && (industries.isEmpty() || !record.industries().isEmpty())
        && (countries.isEmpty() || record.location().country().isPresent());
  }

  /** The controls that would be collinear with this selector's groups, so they are left out. */
  public Set<Control> dimensions() {
    Set<Control> out = EnumSet.noneOf(Control.class);
    if (!roles.isEmpty()) {
      out.add(Control.ROLE);
    }
    if (!seniorities.isEmpty()) {
      out.add(Control.SENIORITY);
    }
    if (!skills.isEmpty()) {
      out.add(Control.SKILLS);
    }
    if (!industries.isEmpty()) {
      out.add(Control.INDUSTRY);
    }
    if (!metros.isEmpty()) {
      out.add(Control.LOCATION);
      out.add(Control.COUNTRY);
    }
    if (!countries.isEmpty()) {
      out.add(Control.COUNTRY);
    }
    return out;
  }

  public boolean isEveryone() {
    return equals(EVERYONE);
  }

  /** "role=backend; seniority=senior|lead", or "everyone". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!roles.isEmpty()) {
      parts.add(
          "role=" + roles.stream().sorted().map(RoleFamily::id).collect(Collectors.joining("|")));
    }
    if (!seniorities.isEmpty()) {
      parts.add(
          "seniority="
              + seniorities.stream().sorted().map(Seniority::id).collect(Collectors.joining("|")));
    }
    add(parts, "skill", skills);
    add(parts, "industry", industries);
    add(parts, "metro", metros);
    add(parts, "country", countries);
    return parts.isEmpty() ? "everyone" : String.join("; ", parts);
  }

  /** A short plain name for sentences: "back-end", "senior|lead back-end", "python". */
  public String label() {
    List<String> parts = new ArrayList<>();
    if (!seniorities.isEmpty()) {
      parts.add(seniorities.stream().sorted().map(Seniority::id).collect(Collectors.joining("/")));
    }
    if (!roles.isEmpty()) {
      parts.add(
          roles.stream()
                  .sorted()
                  .map(r -> r.displayName().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining("/"))
              + " developers");
    } else {
      parts.add("respondents");
    }
    if (!skills.isEmpty()) {
      parts.add("using " + String.join("/", skills));
    }
    if (!industries.isEmpty()) {
      parts.add("in " + String.join("/", industries));
    }
    if (!metros.isEmpty()) {
      parts.add("in " + String.join("/", metros));
    }
    if (!countries.isEmpty()) {
      parts.add("in " + String.join("/", countries));
    }
    return isEveryone() ? "everyone" : String.join(" ", parts);
  }

  private static void add(List<String> parts, String name, Set<String> values) {
    if (!values.isEmpty()) {
      parts.add(name + "=" + String.join("|", values));
    }
  }

  private static Set<String> sortedCopy(Set<String> values, String name) {
    requireNonNull(values, name + " is null");
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(name + " values must not be blank");
      }
    }
    return java.util.Collections.unmodifiableSet(new TreeSet<>(values));
  }
}
