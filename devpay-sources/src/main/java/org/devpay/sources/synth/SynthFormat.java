package org.devpay.sources.synth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The published schemas a synthetic survey can be written in, each read by devpay's own reader. */
public enum SynthFormat {
  /**
   * Stack Overflow Developer Survey 2024's public results, with the official columns devpay reads
   * (a subset of the 114, which the reader accepts from a file named after its year).
   */
  SO_2024("so-2024", "survey_results_public_2024.csv"),
  /**
   * DOU.ua's specialisation questionnaire (the June 2025 raw export's 18 columns plus the city
   * question of the 2021-2024 waves), net monthly USD.
   */
  DOU("dou", "2024_june_synthetic_raw.csv");

  private final String id;
  private final String fileName;

  SynthFormat(String id, String fileName) {
    this.id = id;
    this.fileName = fileName;
  }

  /** The id users type: "so-2024" or "dou". */
  public String id() {
    return id;
  }

  /** The file written: named as the reader needs it (the survey year or wave is in the name). */
  public String fileName() {
    return fileName;
  }

  /** The format with this id, case-insensitively. */
  public static Optional<SynthFormat> parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
  }
}
