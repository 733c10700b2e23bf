package org.devpay.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.policy.PrivacyFloor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tries to derive individuals' pay from the API by differencing, on real data (DOU 2025-06, the IT
 * Salary Survey EU, levels.fyi), as an attacker would: two published figures over row sets that
 * differ by a few people. The attacker's tools are the issue's: the unadjusted log premium of
 * {@code /api/compare} is a difference of mean log pay, so for two filters whose focal group
 * differs by d people and whose baseline is the same, n·p − n'·p' is the sum of the d people's ln
 * pay minus d times the baseline's mean, which {@code /api/answer}'s baseline median approximates.
 * A derivation succeeds when it lands within 10% of the pay of every person it isolates ({@link
 * CellTruth} knows who they are).
 *
 * <p>The pairs are the differencing family of the issue: nested filters (a filter and the same
 * filter with one more criterion: seniority, skill, industry, metro, country), whose difference is
 * the complement of the added criterion within the first; changes in either group; and the two
 * endpoints (compare and answer) against each other. The same attacks run against a server without
 * the differencing control (the k floor alone), where they succeed: the suite can fail.
 */
class DifferencingAttackTest {
  private static final int K = 10;
  private static final double WITHIN = 0.10;

  /** Pairs tried per edition (the issue's pair besides): enough for every family, in CI time. */
  private static final int PER_EDITION = 12;

  /** Responses already fetched, by server and request: the attacks share many requests. */
  private static final Map<String, HttpResponse<String>> RESPONSES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final List<String> EDITIONS =
      List.of(
          "levels-fyi 2017-2021",
          "it-salary-survey-eu 2020",
          "it-salary-survey-eu 2019",
          "dou-ua 2025-06");

  @TempDir static Path directory;

  private static DevpayServer protectedServer;
  private static DevpayServer floorOnlyServer;
  private static CellTruth truth;

  @BeforeAll
  static void serveTheRealDataTwice() throws Exception {
    Path store = RealStores.attackCopy(directory.resolve("protected.duckdb"));
    Path copy = RealStores.attackCopy(directory.resolve("floor-only.duckdb"));
    // Few resamples: the attacks use point estimates and counts, not intervals.
    AnswerSettings settings =
        ApiTest.SETTINGS.withBootstrap(ApiTest.SETTINGS.bootstrap().withResamples(100));
    protectedServer = RealStores.serve(store, settings);
    AnswerSettings floorOnly =
        settings.withPrivacyFloor(PrivacyFloor.DEFAULT.withoutDifferencingControl());
    floorOnlyServer = RealStores.serve(copy, floorOnly);
    truth = CellTruth.load(store, EDITIONS);
  }

  @AfterAll
  static void stop() {
    protectedServer.close();
    floorOnlyServer.close();
  }

  /** The issue's pair: Swiss data scientists on levels.fyi, with and without seniority=unknown. */
  private static final Candidate ISSUE_PAIR =
      new Candidate(
          "levels-fyi 2017-2021",
          "data-science",
          "devops",
          Map.of("country", "CH"),
          Map.of("country", "CH", "seniority", "unknown"));

  @Test
  void theIssuesPairRevealsNothing() throws Exception {
    HttpProbe http = new HttpProbe(protectedServer.baseUri());
    Optional<Derivation> derived = attack(http, ISSUE_PAIR);
    assertThat(derived).isEmpty();
    JsonNode narrower = compare(http, ISSUE_PAIR, ISSUE_PAIR.narrower()).orElseThrow();
    assertThat(narrower.get("suppressed").asBoolean()).isTrue();
    assertThat(narrower.get("focal_n").isNull()).as("a withheld cell states no n").isTrue();
    assertThat(narrower.get("baseline_n").isNull()).isTrue();
    assertThat(narrower.get("unadjusted").isNull()).isTrue();
  }

  @Test
  void withoutTheControlTheIssuesPairRecoversThePayWithinTenPercent() throws Exception {
    Derivation derived = attack(new HttpProbe(floorOnlyServer.baseUri()), ISSUE_PAIR).orElseThrow();
    // 21 and 20 Swiss data scientists; the one in between earns 850,000 USD (store and SOURCE.md).
    assertThat(derived.truePay()).containsExactly(850_000.0);
    assertThat(derived.succeeded()).as(derived.toString()).isTrue();
  }

  @Test
  void noNestedFilterPairDerivesAnIndividualsPay() throws Exception {
    List<Candidate> candidates = candidates();
    assertThat(candidates).hasSizeGreaterThan(3 * PER_EDITION);
    HttpProbe http = new HttpProbe(protectedServer.baseUri());
    List<Derivation> successes = new ArrayList<>();
    int widePublished = 0;
    for (Candidate candidate : candidates) {
      attack(http, candidate).filter(Derivation::succeeded).ifPresent(successes::add);
      Optional<JsonNode> wide = compare(http, candidate, candidate.wider());
      if (wide.isPresent() && !published(wide.get())) {
        widePublished++;
      }
    }
    assertThat(successes).isEmpty();
    // The attacks had material: the wider filter's figures are published for most pairs.
    assertThat(widePublished).isGreaterThan(candidates.size() / 2);
    System.out.printf(
        "differencing attacks: %d pairs, %d wider figures published, 0 derivations%n",
        candidates.size(), widePublished);
  }

  @Test
  void theSameAttacksSucceedWithoutTheControl() throws Exception {
    HttpProbe http = new HttpProbe(floorOnlyServer.baseUri());
    List<Derivation> successes = new ArrayList<>();
    for (Candidate candidate : candidates()) {
      attack(http, candidate).filter(Derivation::succeeded).ifPresent(successes::add);
    }
    assertThat(successes).isNotEmpty();
    System.out.printf(
        "without the control: %d of %d pairs derive a pay within 10%%: %s%n",
        successes.size(), candidates().size(), successes);
  }

  @Test
  void noTwoPublishedCellsOfCompareAndAnswerDifferByFewerThanKPeople() throws Exception {
    List<Candidate> candidates = candidates();
    assertThat(nearTwins(new HttpProbe(protectedServer.baseUri()), candidates)).isEmpty();
    List<String> unprotected = nearTwins(new HttpProbe(floorOnlyServer.baseUri()), candidates);
    assertThat(unprotected).as("without the control, such pairs are published").isNotEmpty();
    System.out.printf(
        "without the control: %d pairs of published cells differ by 1 to k-1 people%n",
        unprotected.size());
  }

  /**
   * Pairs of filters under which one group changes by 1 to 3 people and the other not at all, every
   * cell at least k: found from the truth, as an attacker would find them by trying filters. Base
   * filters: none, each of the most frequent countries and metros; added criterion: each frequent
   * seniority, skill, industry, metro or country.
   */
  private static synchronized List<Candidate> candidates() {
    if (candidates != null) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>();
    out.add(ISSUE_PAIR);
    for (String edition : EDITIONS) {
      List<String> roles = rolesWithRows(edition, 2 * K);
      List<Map<String, String>> bases = new ArrayList<>();
      bases.add(Map.of());
      truth.values(edition, "country").stream()
          .limit(8)
          .forEach(v -> bases.add(Map.of("country", v)));
      truth.values(edition, "metro").stream().limit(8).forEach(v -> bases.add(Map.of("metro", v)));
      List<Candidate> found = new ArrayList<>();
      for (Map<String, String> base : bases) {
        List<CellTruth.Row> wide =
            truth.edition(edition).stream().filter(r -> r.meets(base)).toList();
        Map<String, Integer> wideCounts = countByRole(wide);
        for (String characteristic :
            List.of("seniority", "skill", "industry", "metro", "country")) {
          if (base.containsKey(characteristic)) {
            continue;
          }
          for (String value : truth.values(edition, characteristic).stream().limit(10).toList()) {
            Map<String, String> narrower = new TreeMap<>(base);
            narrower.put(characteristic, value);
            Map<String, Integer> narrowCounts =
                countByRole(wide.stream().filter(r -> r.meets(narrower)).toList());
            for (String focal : roles) {
              int focalNarrow = narrowCounts.getOrDefault(focal, 0);
              int change = wideCounts.getOrDefault(focal, 0) - focalNarrow;
              if (change < 1 || change >= K || focalNarrow < K) {
                continue;
              }
              // The baseline: the largest other role with k rows under both filters, preferring
              // one the added criterion leaves unchanged (then the attack is exact but for one
              // median).
              String baseline = null;
              for (String other : roles) {
                int otherNarrow = narrowCounts.getOrDefault(other, 0);
                if (other.equals(focal) || otherNarrow < K) {
                  continue;
                }
                boolean unchanged = wideCounts.getOrDefault(other, 0) == otherNarrow;
                if (baseline == null || unchanged) {
                  baseline = other;
                  if (unchanged) {
                    break;
                  }
                }
              }
              if (baseline != null) {
                found.add(new Candidate(edition, focal, baseline, base, narrower));
              }
            }
          }
        }
      }
      // The pairs that isolate the fewest people first: those are the dangerous ones.
      found.sort(
          java.util.Comparator.comparingInt(
              (Candidate c) -> c.focal(false).size() - c.focal(true).size()));
      out.addAll(found.stream().limit(PER_EDITION).toList());
    }
    candidates = List.copyOf(out);
    return candidates;
  }

  private static List<Candidate> candidates;

  private static Map<String, Integer> countByRole(List<CellTruth.Row> rows) {
    Map<String, Integer> counts = new HashMap<>();
    rows.forEach(r -> counts.merge(r.role(), 1, Integer::sum));
    return counts;
  }

  private static List<String> rolesWithRows(String edition, int minimum) {
    Map<String, Integer> counts = new HashMap<>();
    truth.edition(edition).forEach(r -> counts.merge(r.role(), 1, Integer::sum));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= minimum && !e.getKey().equals("other"))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The attack on one pair: both premiums published, one group the same size in both, the other
   * smaller by d; the other group's mean ln pay from the answer's median under the narrower filter;
   * the isolated people's pay as the exponential of their mean ln pay.
   */
  private static Optional<Derivation> attack(HttpProbe http, Candidate c) throws Exception {
    Optional<JsonNode> wide = compare(http, c, c.wider());
    Optional<JsonNode> narrow = compare(http, c, c.narrower());
    if (wide.isEmpty() || narrow.isEmpty() || published(wide.get()) || published(narrow.get())) {
      return Optional.empty();
    }
    int nFocal = wide.get().get("focal_n").asInt();
    int nFocalNarrow = narrow.get().get("focal_n").asInt();
    int nBase = wide.get().get("baseline_n").asInt();
    int nBaseNarrow = narrow.get().get("baseline_n").asInt();
    double p = wide.get().at("/unadjusted/log_premium").asDouble();
    double pNarrow = narrow.get().at("/unadjusted/log_premium").asDouble();
    double lnSum;
    int d;
    Set<String> isolated;
    if (nBase == nBaseNarrow && nFocal > nFocalNarrow) {
      d = nFocal - nFocalNarrow;
      Optional<Double> baselineMedian = answerMedian(http, c, c.baseline, c.narrower());
      if (baselineMedian.isEmpty()) {
        return Optional.empty();
      }
      lnSum = nFocal * p - nFocalNarrow * pNarrow + d * Math.log(baselineMedian.get());
      isolated = CellTruth.difference(c.focal(false), c.focal(true));
    } else if (nFocal == nFocalNarrow && nBase > nBaseNarrow) {
      d = nBase - nBaseNarrow;
      Optional<Double> focalMedian = answerMedian(http, c, c.focal, c.narrower());
      if (focalMedian.isEmpty()) {
        return Optional.empty();
      }
      lnSum = d * Math.log(focalMedian.get()) - nBase * p + nBaseNarrow * pNarrow;
      isolated = CellTruth.difference(c.baseline(false), c.baseline(true));
    } else if (nFocal > nFocalNarrow) {
      // Both groups changed: each baseline mean from its own median.
      d = nFocal - nFocalNarrow;
      Optional<Double> wideMedian = answerMedian(http, c, c.baseline, c.wider());
      Optional<Double> narrowMedian = answerMedian(http, c, c.baseline, c.narrower());
      if (wideMedian.isEmpty() || narrowMedian.isEmpty()) {
        return Optional.empty();
      }
      lnSum =
          nFocal * (p + Math.log(wideMedian.get()))
              - nFocalNarrow * (pNarrow + Math.log(narrowMedian.get()));
      isolated = CellTruth.difference(c.focal(false), c.focal(true));
    } else {
      return Optional.empty();
    }
    double estimate = Math.exp(lnSum / d);
    Map<String, CellTruth.Row> everyone = new HashMap<>();
    truth.edition(c.edition).forEach(r -> everyone.put(r.id(), r));
    List<Double> pays = isolated.stream().map(id -> everyone.get(id).annualLocal()).toList();
    return Optional.of(new Derivation(c, estimate, pays));
  }

  /** Whether an edition's premium carries no figure (withheld). */
  private static boolean published(JsonNode edition) {
    return edition.get("suppressed").asBoolean() || edition.get("unadjusted").isNull();
  }

  /** The compare document's entry for the candidate's edition under a filter, if listed. */
  private static Optional<JsonNode> compare(HttpProbe http, Candidate c, Map<String, String> filter)
      throws Exception {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("role", c.focal);
    query.put("vs", c.baseline);
    query.putAll(c.editionParameters());
    query.putAll(filter);
    HttpResponse<String> response = get(http, "/api/compare?" + HttpProbe.query(query));
    if (response.statusCode() != 200) {
      // A filter value that is not offered is refused: nothing published.
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      return Optional.empty();
    }
    JsonNode editions = HttpProbe.parse(response.body()).at("/comparisons/0/editions");
    return editions.size() == 1 ? Optional.of(editions.get(0)) : Optional.empty();
  }

  /** The screened median of one role under a filter, from /api/answer, if published. */
  private static Optional<Double> answerMedian(
      HttpProbe http, Candidate c, String role, Map<String, String> filter) throws Exception {
    Map<String, String> query = new LinkedHashMap<>(c.editionParameters());
    query.putAll(filter);
    HttpResponse<String> response = get(http, "/api/answer?" + HttpProbe.query(query));
    if (response.statusCode() != 200) {
      return Optional.empty();
    }
    for (JsonNode edition : HttpProbe.parse(response.body()).get("editions")) {
      for (JsonNode cell : edition.at("/screened/roles")) {
        if (cell.get("role").asText().equals(role) && !cell.get("median").isNull()) {
          return Optional.of(cell.get("median").asDouble());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every pair of role cells published by compare (both groups) or answer (screened view) under the
   * candidates' filters whose people differ by 1 to k-1: what the control must never publish.
   */
  private static List<String> nearTwins(HttpProbe http, List<Candidate> candidates)
      throws Exception {
    Map<String, Map<String, CellTruth.Row>> published = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      for (Map<String, String> filter : List.of(c.wider(), c.narrower())) {
        Optional<JsonNode> premium = compare(http, c, filter);
        if (premium.isPresent() && !published(premium.get())) {
          published.put(label(c, c.focal, filter), truth.cell(c.edition, c.focal, filter));
          published.put(label(c, c.baseline, filter), truth.cell(c.edition, c.baseline, filter));
        }
        for (String role : List.of(c.focal, c.baseline)) {
          if (answerMedian(http, c, role, filter).isPresent()) {
            published.put(label(c, role, filter), truth.cell(c.edition, role, filter));
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    List<String> labels = new ArrayList<>(published.keySet());
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        int differ =
            CellTruth.difference(published.get(labels.get(i)), published.get(labels.get(j))).size();
        if (differ > 0 && differ < K) {
          out.add(labels.get(i) + " vs " + labels.get(j) + ": " + differ + " people");
        }
      }
    }
    return out;
  }

  private static HttpResponse<String> get(HttpProbe http, String pathAndQuery) throws Exception {
    String key = http.uri(pathAndQuery).toString();
    HttpResponse<String> cached = RESPONSES.get(key);
    if (cached == null) {
      cached = http.get(pathAndQuery);
      RESPONSES.put(key, cached);
    }
    return cached;
  }

  private static String label(Candidate c, String role, Map<String, String> filter) {
    return c.edition + " " + role + " " + new TreeMap<>(filter);
  }

  /**
   * Two filters of one edition and two roles: the wider filter and the same with one more
   * criterion.
   */
  private record Candidate(
      String edition,
      String focal,
      String baseline,
      Map<String, String> wider,
      Map<String, String> narrower) {
    Map<String, CellTruth.Row> focal(boolean narrow) {
      return truth.cell(edition, focal, narrow ? narrower : wider);
    }

    Map<String, CellTruth.Row> baseline(boolean narrow) {
      return truth.cell(edition, baseline, narrow ? narrower : wider);
    }

    Map<String, String> editionParameters() {
      String[] key = edition.split(" ", 2);
      return Map.of("dataset", key[0], "edition", key[1]);
    }
  }

  /** What an attack derived for the people a pair isolates, and their true pay. */
  private record Derivation(Candidate candidate, double estimate, List<Double> truePay) {
    boolean succeeded() {
      return !truePay.isEmpty()
          && truePay.stream().allMatch(pay -> Math.abs(estimate / pay - 1) <= WITHIN);
    }
  }
}
