package org.devpay.core.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.core.analysis.policy.OutlierScreen;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.PayData;
import org.devpay.core.model.PayRecord;
import org.devpay.core.privacy.CellSpec;
import org.devpay.core.privacy.CellUniverse;
import org.devpay.core.privacy.Criterion;
import org.devpay.core.privacy.Release;

/**
 * The rows every analysis of some data studies, edition by edition, with what the disclosure
 * control checks their cells against. The population filter and the outlier screen run over each
 * whole edition, before any record filter: an outlier is one of its edition whatever is asked, so a
 * filter can never move a row across the fences (which would itself reveal something about its
 * pay). The data's restriction (a record filter) then keeps its rows; every cell an analysis
 * publishes is released by {@link Edition#release}, with the restriction among its conditions.
 */
final class StudiedEditions {
  private final Map<EditionKey, Edition> editions;

  private StudiedEditions(Map<EditionKey, Edition> editions) {
    this.editions = editions;
  }

  /** The studied rows of every edition of the data, screened with the settings' screen. */
  static StudiedEditions of(AnswerSettings settings, PayData data) {
    return of(settings, data, settings.screen());
  }

  /** The same with another screen ({@link OutlierScreen#NONE} for the as-published figures). */
  static StudiedEditions of(AnswerSettings settings, PayData data, OutlierScreen screen) {
    requireNonNull(settings, "settings is null");
    requireNonNull(data, "data is null");
    PayData whole = data.unrestricted();
    List<Criterion> restriction = data.restriction();
    Map<EditionKey, Edition> out = new TreeMap<>();
    for (EditionKey key : data.editions()) {
      Screened screened =
          whole.derived(
              List.of(
                  "studied",
                  key,
                  settings.population(),
                  screen.fenceMultiplier(),
                  settings.privacyFloor()),
              () -> Screened.of(settings, screen, whole.records(key)));
      CellUniverse universe = screened.universe();
      List<PayRecord> rows = universe.rows();
      if (!restriction.isEmpty()) {
        List<PayRecord> kept = new ArrayList<>();
        for (PayRecord r : rows) {
          if (restriction.stream().allMatch(c -> c.test().test(r))) {
            kept.add(r);
          }
        }
        rows = kept;
      }
      out.put(key, new Edition(key, rows, universe, restriction, screened.fences()));
    }
    return new StudiedEditions(out);
  }

  /**
   * One edition's records taken as a whole edition (no restriction): for the analyses' per-edition
   * entry points, which are handed an edition's records directly.
   */
  static Edition ofEdition(
      AnswerSettings settings, EditionKey key, List<PayRecord> records, OutlierScreen screen) {
    Screened screened = Screened.of(settings, screen, records);
    return new Edition(
        key, screened.universe().rows(), screened.universe(), List.of(), screened.fences());
  }

  /** An edition's studied rows as a cell universe, with the screen's fences. */
  private record Screened(CellUniverse universe, OutlierScreen.ScreenResult fences) {
    static Screened of(AnswerSettings settings, OutlierScreen screen, List<PayRecord> records) {
      OutlierScreen.ScreenResult result = screen.apply(settings.population().apply(records).kept());
      return new Screened(settings.privacyFloor().disclosure().universe(result.kept()), result);
    }
  }

  Collection<Edition> editions() {
    return editions.values();
  }

  /** One edition's studied rows. */
  Edition edition(EditionKey key) {
    Edition edition = editions.get(key);
    if (edition == null) {
      throw new IllegalArgumentException("no such edition: " + key);
    }
    return edition;
  }

  /** The studied rows by edition, in edition order. */
  Map<EditionKey, List<PayRecord>> rows() {
    Map<EditionKey, List<PayRecord>> out = new TreeMap<>();
    editions.forEach((key, edition) -> out.put(key, edition.rows()));
    return out;
  }

  /**
   * One edition's studied rows.
   *
   * @param key the edition
   * @param rows its studied rows that meet the restriction
   * @param universe all its studied rows, which every published cell is checked against
   * @param restriction the data's conditions (a record filter), part of every cell's definition
   * @param screen the edition's screen, whose fences say which side a removed row fell on
   */
  record Edition(
      EditionKey key,
      List<PayRecord> rows,
      CellUniverse universe,
      List<Criterion> restriction,
      OutlierScreen.ScreenResult screen) {
    Edition {
      requireNonNull(key, "key is null");
      rows = List.copyOf(rows);
      requireNonNull(universe, "universe is null");
      restriction = List.copyOf(restriction);
      requireNonNull(screen, "screen is null");
    }

    /** Whether a record meets the restriction (a record filter) of this edition's data. */
    boolean meetsRestriction(PayRecord record) {
      for (Criterion c : restriction) {
        if (!c.test().test(record)) {
          return false;
        }
      }
      return true;
    }

    /** Whether figures over a cell of these rows may be published, and over which rows. */
    Release release(CellSpec spec, List<PayRecord> cell) {
      return universe.release(spec.and(restriction), cell);
    }
  }
}
