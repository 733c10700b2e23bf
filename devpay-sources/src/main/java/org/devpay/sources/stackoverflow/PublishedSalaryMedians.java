package org.devpay.sources.stackoverflow;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.devpay.core.error.DevpayException;
import org.devpay.core.error.ErrorCategory;
import org.devpay.core.model.PublishedMedian;
import org.devpay.sources.csv.Amounts;

/**
 * Reads Stack Overflow's published salary medians by developer type, as transcribed in {@code
 * so_official_salary_by_devtype.csv} (columns {@code survey_year}, {@code scope}, {@code
 * json_dataset}, {@code dev_type}, {@code n_respondents}, {@code median_yearly_comp_usd}): the
 * validation targets of {@code devpay reconcile}. Rows without a median are skipped; an n may be
 * blank (the 2024 global block states none).
 */
public final class PublishedSalaryMedians {
  private static final List<String> COLUMNS =
      List.of(
          "survey_year",
          "scope",
          "json_dataset",
          "dev_type",
          "n_respondents",
          "median_yearly_comp_usd");

  private PublishedSalaryMedians() {}

  /**
   * Every published median in the file.
   *
   * @throws DevpayException MISSING_DATA when the file does not exist, BAD_INPUT_FILE when it is
   *     not in this format
   */
  public static List<PublishedMedian> read(Path file) {
    requireNonNull(file, "file is null");
    List<PublishedMedian> medians = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord row : csv) {
        if (!row.getHeader().containsAll(COLUMNS)) {
          throw badFile(file, "its header lacks one of " + COLUMNS + ": " + row.getHeader());
        }
        OptionalDouble median = number(row.getField("median_yearly_comp_usd"));
        if (median.isEmpty()) {
          continue;
        }
        OptionalDouble respondents = number(row.getField("n_respondents"));
        medians.add(
            new PublishedMedian(
                Integer.parseInt(row.getField("survey_year").strip()),
                row.getField("scope").strip(),
                row.getField("json_dataset").strip(),
                row.getField("dev_type").strip(),
                respondents.isPresent()
                    ? OptionalInt.of((int) respondents.getAsDouble())
                    : OptionalInt.empty(),
                median.getAsDouble()));
      }
    } catch (NoSuchFileException e) {
      throw new DevpayException(
          ErrorCategory.MISSING_DATA,
          "no published medians at "
              + file
              + " (Stack Overflow's figures are in"
              + " so-official-aggregates/so_official_salary_by_devtype.csv of the data directory)",
          e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof DevpayException devpay) {
        throw devpay;
      }
      throw badFile(file, String.valueOf(e.getMessage()));
    }
    return medians;
  }

  private static OptionalDouble number(String text) {
    return Amounts.isMissing(text) ? OptionalDouble.empty() : Amounts.decimal(text);
  }

  private static DevpayException badFile(Path file, String why) {
    return new DevpayException(
        ErrorCategory.BAD_INPUT_FILE, file + " is not a table of published medians: " + why);
  }
}
