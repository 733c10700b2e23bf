package org.devpay.server;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which respondents each published cell holds, computed independently of devpay's code: DuckDB SQL
 * over the store's pay_record table applies the documented population filter (developers by
 * profession, employment full time or unknown) and the Tukey far-out screen over each whole edition
 * (type-7 quartiles of ln annual pay, fences at 3 IQR), and plain Java applies a filter's equality
 * criteria. The attack tests use it as ground truth: who is in a cell, and what each one earns.
 */
final class CellTruth {
  /** One studied row: its identity in the store and the characteristics filters select on. */
  record Row(
      String id,
      String role,
      String country,
      String metro,
      String seniority,
      List<String> industries,
      List<String> skills,
      double annualLocal) {
    boolean meets(Map<String, String> filter) {
      for (Map.Entry<String, String> c : filter.entrySet()) {
        String v = c.getValue();
        boolean ok =
            switch (c.getKey()) {
              case "country" -> v.equals(country);
              case "metro" -> v.equals(metro);
              case "seniority" -> v.equals(seniority);
              case "industry" -> industries.contains(v);
              case "skill" -> skills.contains(v);
              default -> throw new IllegalArgumentException("no such filter: " + c.getKey());
            };
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<String, List<Row>> editions;

  private CellTruth(Map<String, List<Row>> editions) {
    this.editions = editions;
  }

  /** Reads the studied rows of these editions ("dataset edition") from a store file. */
  static CellTruth load(Path store, List<String> editions) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Map<String, List<Row>> out = new HashMap<>();
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), readOnly);
        PreparedStatement query =
            connection.prepareStatement(
                """
                WITH pop AS (
                  SELECT content_sha256 || ':' || row_number AS id, role, country, metro,
                         seniority, industries, skills, annual_local
                  FROM pay_record
                  WHERE dataset_id = ? AND edition = ?
                    AND coalesce(list_extract(map_values(attributes),
                          list_position(map_keys(attributes), 'developer_by_profession')), '')
                        <> 'no'
                    AND employment IN ('FULL_TIME', 'UNKNOWN')),
                fences AS (
                  SELECT quantile_cont(ln(annual_local), 0.25) AS q1,
                         quantile_cont(ln(annual_local), 0.75) AS q3
                  FROM pop)
                SELECT id, role, country, metro, seniority, industries, skills, annual_local
                FROM pop, fences
                WHERE ln(annual_local) >= q1 - 3 * (q3 - q1)
                  AND ln(annual_local) <= q3 + 3 * (q3 - q1)
                ORDER BY id""")) {
      for (String edition : editions) {
        String[] key = edition.split(" ", 2);
        query.setString(1, key[0]);
        query.setString(2, key[1]);
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            rows.add(
                new Row(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    strings(rs.getArray(6)),
                    strings(rs.getArray(7)),
                    rs.getDouble(8)));
          }
        }
        out.put(edition, rows);
      }
    }
    return new CellTruth(out);
  }

  /** The studied rows of one edition. */
  List<Row> edition(String edition) {
    return editions.getOrDefault(edition, List.of());
  }

  /** The rows of one role under a filter, by id. */
  Map<String, Row> cell(String edition, String role, Map<String, String> filter) {
    return edition(edition).stream()
        .filter(r -> r.role().equals(role) && r.meets(filter))
        .collect(Collectors.toMap(Row::id, r -> r));
  }

  /** The values of one characteristic in an edition, most frequent first. */
  List<String> values(String edition, String characteristic) {
    Map<String, Integer> counts = new HashMap<>();
    for (Row r : edition(edition)) {
      List<String> values =
          switch (characteristic) {
            case "country" -> r.country() == null ? List.of() : List.of(r.country());
            case "metro" -> r.metro() == null ? List.of() : List.of(r.metro());
            case "seniority" -> List.of(r.seniority());
            case "industry" -> r.industries();
            case "skill" -> r.skills();
            default -> throw new IllegalArgumentException(characteristic);
          };
      for (String v : new TreeSet<>(values)) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The row ids in one cell and not in the other, both ways. */
  static Set<String> difference(Map<String, Row> a, Map<String, Row> b) {
    Set<String> out = new TreeSet<>();
    a.keySet().stream().filter(id -> !b.containsKey(id)).forEach(out::add);
    b.keySet().stream().filter(id -> !a.containsKey(id)).forEach(out::add);
    return out;
  }

  private static List<String> strings(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).map(String::valueOf).toList();
  }
}
