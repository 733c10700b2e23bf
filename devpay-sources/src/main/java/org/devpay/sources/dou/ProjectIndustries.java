package org.devpay.sources.dou;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits DOU's multi-select "project industry" answer into its labels. The export joins the chosen
 * options with ", ", but one option itself contains ", " ("Різнопланові проєкти, немає одного
 * основного (HR etc)") and free-text "other" answers may too ("Network Devices (routers,
 * firewalls)"), so a plain split would invent labels. Pieces are therefore matched against the
 * survey's option list, and the pieces between two options are one free-text answer.
 */
final class ProjectIndustries {
  /**
   * The options of the June 2025 questionnaire: every label chosen by at least 25 respondents in
   * 2025_june_raw.csv, the most frequent free-text answer ("Healthcare") having 7. They appear in
   * the export in the order each respondent picked them, so order carries no meaning.
   */
  static final Set<String> OPTIONS =
      Set.of(
          "E-commerce",
          "Fintech / Banking / Capital Management",
          "SaaS",
          "Gambling",
          "Mobile",
          "Medtech / Healthcare",
          "AI / ML",
          "Різнопланові проєкти, немає одного основного (HR etc)",
          "GameDev",
          "Edtech / Education",
          "Adtech / Advertising / Marketing",
          "Enterprise",
          "Media / Entertainment",
          "Retail / marketplace",
          "Security",
          "Logistics / Supply Chain",
          "Telecom",
          "ERP",
          "Business Intelligence / Data Warehouse",
          "Big Data",
          "Cloud Computing",
          "Other",
          "Automotive",
          "Blockchain",
          "Travel",
          "Data Science",
          "Embedded",
          "Insurance",
          "Public services / Government",
          "Internet of Things",
          "Real estate",
          "Miltech",
          "Energy / Oil / Gas",
          "Wellbeing / Sports",
          "Hardware",
          "Manufacturing",
          "Hospitality",
          "High Load Systems",
          "Dating",
          "Domains / Hosting",
          "Legal",
          "Agriculture",
          "Geospatial",
          "AR/VR",
          "Uberfication",
          "Robotics",
          "RPA (Robotic Process Automation)");

  private static final String SEPARATOR = ", ";

  /** The most pieces any option splits into, so matching tries only that many. */
  private static final int MAX_PIECES_PER_OPTION =
      OPTIONS.stream().mapToInt(o -> o.split(SEPARATOR, -1).length).max().orElse(1);

  private ProjectIndustries() {}

  /**
   * The labels of one answer, in published order: each option as listed, and each run of pieces
   * that are not options joined back into the one free-text answer they came from.
   */
  static List<String> split(String answer) {
    String text = answer.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    String[] pieces = text.split(SEPARATOR, -1);
    List<String> labels = new ArrayList<>();
    List<String> freeText = new ArrayList<>();
    int i = 0;
    while (i < pieces.length) {
      int matched = longestOptionAt(pieces, i);
      if (matched == 0) {
        freeText.add(pieces[i]);
        i++;
        continue;
      }
      flush(freeText, labels);
      labels.add(String.join(SEPARATOR, List.of(pieces).subList(i, i + matched)));
      i += matched;
    }
    flush(freeText, labels);
    return List.copyOf(labels);
  }

  /** How many pieces from {@code start} form the longest option, or 0 when none does. */
  private static int longestOptionAt(String[] pieces, int start) {
    for (int length = Math.min(MAX_PIECES_PER_OPTION, pieces.length - start);
        length >= 1;
        length--) {
      String candidate = String.join(SEPARATOR, List.of(pieces).subList(start, start + length));
      if (OPTIONS.contains(candidate)) {
        return length;
      }
    }
    return 0;
  }

  private static void flush(List<String> freeText, List<String> labels) {
    String joined = String.join(SEPARATOR, freeText).strip();
    if (!joined.isEmpty()) {
      labels.add(joined);
    }
    freeText.clear();
  }
}
