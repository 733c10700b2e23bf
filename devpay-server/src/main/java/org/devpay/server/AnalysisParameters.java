package org.devpay.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.devpay.core.analysis.engine.Control;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.RoleFamily;

/** The parameters of the analysis resources (compare, factors), declared once. */
final class AnalysisParameters {
  private AnalysisParameters() {}

  static final List<String> ROLE_IDS = RoleFamily.stated().stream().map(RoleFamily::id).toList();

  static final List<String> BREAKDOWNS =
      List.of("experience", "seniority", "country", "location", "year", "employment");

  static final Parameter ROLE =
      new Parameter(
          "role",
          Parameter.Location.QUERY,
          true,
          "The role family whose premium is measured.",
          ROLE_IDS,
          "backend",
          AnalysisParameters::role);

  static final Parameter VERSUS =
      new Parameter(
          "vs",
          Parameter.Location.QUERY,
          false,
          "Role families compared with, together, comma-separated (default: every other named"
              + " role).",
          List.of(),
          "frontend",
          (value, snapshot) ->
              Arrays.stream(value.split(","))
                  .map(v -> role(v, snapshot))
                  .distinct()
                  .collect(Collectors.joining(",")));

  static final Parameter BY =
      new Parameter(
          "by",
          Parameter.Location.QUERY,
          false,
          "Compare within each level of this characteristic (levels with k or more rows).",
          BREAKDOWNS,
          "seniority",
          (value, snapshot) -> {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!BREAKDOWNS.contains(v)) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT,
                  "unknown breakdown '" + value + "'; accepted: " + String.join(", ", BREAKDOWNS));
            }
            return v;
          });

  static final Parameter DECOMPOSITION =
      new Parameter(
          "decomposition",
          Parameter.Location.QUERY,
          false,
          "true adds the Oaxaca-Blinder split of each edition's gap (slower; default false).",
          List.of("true", "false"),
          "false",
          (value, snapshot) -> {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (!v.equals("true") && !v.equals("false")) {
              throw new DevpayException(
                  ErrorCategory.USER_INPUT, "decomposition must be true or false: " + value);
            }
            return v;
          });

  static final Parameter TOP =
      new Parameter(
          "top",
          Parameter.Location.QUERY,
          false,
          "How many of the most frequent levels to report (1 to 50; default 15).",
          List.of(),
          "10",
          (value, snapshot) -> {
            try {
              int top = Integer.parseInt(value.trim());
              if (top >= 1 && top <= 50) {
                return Integer.toString(top);
              }
            } catch (NumberFormatException e) {
              // Refused below with the accepted range.
            }
            throw new DevpayException(
                ErrorCategory.USER_INPUT, "top must be a whole number from 1 to 50: " + value);
          });

  static final Parameter ROLES =
      new Parameter(
          "roles",
          Parameter.Location.QUERY,
          false,
          "Role families looked at, comma-separated (default: developer roles).",
          List.of(),
          "backend",
          VERSUS.rule());

  static Control control(String id) {
    return Control.parse(id).orElseThrow();
  }

  private static String role(String value, Snapshot snapshot) {
    return RoleFamily.parse(value)
        .map(RoleFamily::id)
        .orElseThrow(
            () ->
                new DevpayException(
                    ErrorCategory.USER_INPUT,
                    "unknown role '" + value + "'; accepted: " + String.join(", ", ROLE_IDS)));
  }
}
