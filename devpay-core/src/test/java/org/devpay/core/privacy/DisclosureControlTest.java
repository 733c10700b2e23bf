package org.devpay.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.devpay.core.analysis.TestRecords;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.devpay.core.analysis.policy.QueryDimensions;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RoleFamily;
import org.devpay.core.model.Seniority;
import org.junit.jupiter.api.Test;

/**
 * The rules of the disclosure control on hand-built cells whose counts are worked out in each
 * test's comment: the pair rule (a filter that removes 1 to k-1 people withholds the smaller cell),
 * the shared-value rule (a metro implies its country), the atom rule (inclusion-exclusion over two
 * filters), the trimming of multi-value groups, and what a withheld cell says.
 */
class DisclosureControlTest {
  private static final DisclosureControl CONTROL = PrivacyFloor.DEFAULT.disclosure();

  /** n rows of a role with the given seniority, country and metro (pay varies, irrelevant). */
  private static void add(
      TestRecords edition,
      int n,
      RoleFamily role,
      Seniority seniority,
      String country,
      String metro) {
    for (int i = 0; i < n; i++) {
      edition.add(role, seniority, OptionalDouble.of(5), country, metro, List.of(), 50_000 + i);
    }
  }

  private static List<PayRecord> where(List<PayRecord> rows, Criterion... criteria) {
    return rows.stream()
        .filter(r -> List.of(criteria).stream().allMatch(c -> c.test().test(r)))
        .toList();
  }

  private static List<PayRecord> role(List<PayRecord> rows, RoleFamily role) {
    return rows.stream().filter(r -> r.role() == role).toList();
  }

  @Test
  void aFilterThatRemovesFewerThanKPeopleWithholdsTheSmallerCell() {
    // The shape: 20 data scientists in CH with unknown seniority and 1 lead.
    TestRecords edition = TestRecords.edition("test", "1");
    add(edition, 20, RoleFamily.DATA_SCIENCE_ML, Seniority.UNKNOWN, "CH", null);
    add(edition, 1, RoleFamily.DATA_SCIENCE_ML, Seniority.LEAD_PRINCIPAL, "CH", null);
    add(edition, 30, RoleFamily.DATA_SCIENCE_ML, Seniority.UNKNOWN, "DE", null);
    CellUniverse universe = CONTROL.universe(edition.records());
    List<PayRecord> scientists = role(universe.rows(), RoleFamily.DATA_SCIENCE_ML);
    Criterion ch = QueryDimensions.COUNTRY.is("CH");
    Criterion unknown = QueryDimensions.SENIORITY.is("unknown");

    Release wide =
        universe.release(CellSpec.role(RoleFamily.DATA_SCIENCE_ML).and(ch), where(scientists, ch));
    Release narrow =
        universe.release(
            CellSpec.role(RoleFamily.DATA_SCIENCE_ML).and(List.of(ch, unknown)),
            where(scientists, ch, unknown));

    assertThat(wide.published()).isTrue();
    assertThat(wide.rows()).hasSize(21);
    assertThat(narrow.published()).isFalse();
    assertThat(narrow.rows()).isEmpty();
    assertThat(narrow.note()).isEqualTo(Release.WITHHELD).doesNotContain("20");
  }

  @Test
  void aValueAllRowsShareCountsAsAFilterSoAMetroIsCheckedAgainstItsCountry() {
    // 20 in Zurich and 1 elsewhere in CH: "metro=Zurich" is "country=CH" less one person.
    TestRecords edition = TestRecords.edition("test", "1");
    add(edition, 20, RoleFamily.BACKEND, Seniority.SENIOR, "CH", "Zurich");
    add(edition, 1, RoleFamily.BACKEND, Seniority.SENIOR, "CH", "Geneva");
    add(edition, 40, RoleFamily.BACKEND, Seniority.SENIOR, "DE", "Berlin");
    CellUniverse universe = CONTROL.universe(edition.records());
    Criterion zurich = QueryDimensions.METRO.is("Zurich");

    Release release =
        universe.release(
            CellSpec.role(RoleFamily.BACKEND).and(zurich),
            where(role(universe.rows(), RoleFamily.BACKEND), zurich));

    assertThat(release.published()).isFalse();
  }

  @Test
  void twoFiltersWhoseLatticeIsolatesFewerThanKPeopleWithholdTheFinestCell() {
    // Backend: senior&CH 15, senior&DE 12, junior&CH 12, junior&DE 1. Every pair of nested cells
    // differs by 12 or more, but B - B.senior - B.CH + B.senior.CH isolates the 1 junior in DE.
    TestRecords edition = TestRecords.edition("test", "1");
    add(edition, 15, RoleFamily.BACKEND, Seniority.SENIOR, "CH", null);
    add(edition, 12, RoleFamily.BACKEND, Seniority.SENIOR, "DE", null);
    add(edition, 12, RoleFamily.BACKEND, Seniority.JUNIOR, "CH", null);
    add(edition, 1, RoleFamily.BACKEND, Seniority.JUNIOR, "DE", null);
    CellUniverse universe = CONTROL.universe(edition.records());
    List<PayRecord> backend = role(universe.rows(), RoleFamily.BACKEND);
    Criterion senior = QueryDimensions.SENIORITY.is("senior");
    Criterion ch = QueryDimensions.COUNTRY.is("CH");
    CellSpec cell = CellSpec.role(RoleFamily.BACKEND);

    assertThat(universe.release(cell.and(senior), where(backend, senior)).published()).isTrue();
    assertThat(universe.release(cell.and(ch), where(backend, ch)).published()).isTrue();
    Release finest = universe.release(cell.and(List.of(senior, ch)), where(backend, senior, ch));
    assertThat(finest.published()).isFalse();
  }

  @Test
  void aMultiRoleGroupKeepsOnlyTheRolesHeldByKOfItsRows() {
    // "Every other role": 30 front-end, 12 mobile, 3 embedded; the 3 are left out, so the group
    // equals the one without embedded and neither can be differenced against the other.
    TestRecords edition = TestRecords.edition("test", "1");
    add(edition, 30, RoleFamily.FRONTEND, Seniority.SENIOR, "DE", null);
    add(edition, 12, RoleFamily.MOBILE, Seniority.SENIOR, "DE", null);
    add(edition, 3, RoleFamily.EMBEDDED, Seniority.SENIOR, "DE", null);
    CellUniverse universe = CONTROL.universe(edition.records());
    Set<RoleFamily> others = Set.of(RoleFamily.FRONTEND, RoleFamily.MOBILE, RoleFamily.EMBEDDED);

    Release group = universe.release(CellSpec.roles(others), universe.rows());

    assertThat(group.published()).isTrue();
    assertThat(group.rows()).hasSize(42);
    assertThat(group.trimmed()).isEqualTo(3);
    assertThat(group.rows()).noneMatch(r -> r.role() == RoleFamily.EMBEDDED);
  }

  @Test
  void belowKIsWithheldAndTheFloorAloneIsWhatTheAttacksDefeat() {
    TestRecords edition = TestRecords.edition("test", "1");
    add(edition, 9, RoleFamily.QA, Seniority.SENIOR, "DE", null);
    add(edition, 20, RoleFamily.DATA_SCIENCE_ML, Seniority.UNKNOWN, "CH", null);
    add(edition, 1, RoleFamily.DATA_SCIENCE_ML, Seniority.LEAD_PRINCIPAL, "CH", null);
    CellUniverse universe = CONTROL.universe(edition.records());
    assertThat(
            universe
                .release(CellSpec.role(RoleFamily.QA), role(universe.rows(), RoleFamily.QA))
                .published())
        .isFalse();

    DisclosureControl floorOnly = PrivacyFloor.DEFAULT.withoutDifferencingControl().disclosure();
    CellUniverse unprotected = floorOnly.universe(edition.records());
    Criterion unknown = QueryDimensions.SENIORITY.is("unknown");
    Release narrow =
        unprotected.release(
            CellSpec.role(RoleFamily.DATA_SCIENCE_ML).and(unknown),
            where(role(unprotected.rows(), RoleFamily.DATA_SCIENCE_ML), unknown));
    assertThat(narrow.published()).as("the floor alone publishes the near twin").isTrue();
  }

  @Test
  void aFilterValueIsOfferedOnlyWhenNeitherItNorItsComplementIsUnderK() {
    Map<String, Integer> counts = Map.of("DE", 1_100, "NL", 13, "PL", 7);
    assertThat(CONTROL.offeredValues(counts, 1_120)).containsOnlyKeys("DE", "NL");
    // DE leaves 5 rows of 1,105 outside it: a filter by DE would single them out.
    assertThat(CONTROL.offeredValues(Map.of("DE", 1_100, "NL", 5), 1_105)).isEmpty();
    assertThat(CONTROL.offeredValues(Map.of("DE", 1_100), 1_100)).containsOnlyKeys("DE");
  }

  @Test
  void rowsFromOutsideTheUniverseAreRefused() {
    TestRecords edition = TestRecords.edition("test", "1");
    add(edition, 12, RoleFamily.QA, Seniority.SENIOR, "DE", null);
    CellUniverse universe = CONTROL.universe(edition.records().subList(0, 11));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> universe.release(CellSpec.role(RoleFamily.QA), edition.records()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
