package org.devpay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.devpay.core.data.CitedFile;
import org.devpay.core.data.EditionKey;
import org.devpay.core.data.LoadedPayData;
import org.devpay.core.data.PayData;
import org.devpay.core.data.SourceCitation;
import org.devpay.core.model.PayRecord;
import org.devpay.core.model.RawRecord;
import org.devpay.core.model.Rejection;
import org.devpay.core.normalize.NormalizationResult;
import org.devpay.core.normalize.StandardNormalizer;
import org.devpay.sources.AdapterRegistry;
import org.devpay.sources.Detection;
import org.devpay.sources.FormatDetector;
import org.devpay.sources.RowSink;
import org.devpay.sources.SourceTable;
import org.devpay.sources.SourceTables;
import org.devpay.sources.catalog.Dataset;
import org.devpay.sources.catalog.DatasetCatalog;
import org.devpay.testing.RealData;

/**
 * The four IT Salary Survey EU editions (2017-2020, 326 to 1,253 rows) read from ../shared/data
 * through the shipped format detection, adapters and normalizer, in memory (no store): real results
 * for the presenters' tests, small enough to compute in seconds, and with cells under k (full-stack
 * in 2020, rare roles) so withheld cells are real too.
 */
final class RealSurveys {
  private static final String[] EU_FILES = {
    "it-salary-survey-eu/salary-report_2017.csv",
    "it-salary-survey-eu/IT Salary Survey EU 2018.csv",
    "it-salary-survey-eu/IT Salary Survey EU 2019.csv",
    "it-salary-survey-eu/IT Salary Survey EU  2020.csv"
  };

  private static PayData euEditions;

  private RealSurveys() {}

  /** The four EU editions (read once per test JVM; skips when the data is absent). */
  static synchronized PayData euEditions() {
    if (euEditions == null) {
      euEditions = read(EU_FILES);
    }
    return euEditions;
  }

  private static PayData read(String... files) {
    StandardNormalizer normalizer = StandardNormalizer.fromResources();
    FormatDetector detector = new FormatDetector(AdapterRegistry.standard());
    DatasetCatalog catalog = DatasetCatalog.standard();
    Map<EditionKey, List<PayRecord>> records = new TreeMap<>();
    Map<EditionKey, List<CitedFile>> cited = new TreeMap<>();
    try {
      for (String file : files) {
        Path path = RealData.file(file);
        for (SourceTable table : SourceTables.tablesIn(path)) {
          Detection detection = detector.detect(table);
          List<RawRecord> accepted = new ArrayList<>();
          List<Rejection> rejected = new ArrayList<>();
          detection
              .adapter()
              .orElseThrow(() -> new AssertionError("no reader for " + file))
              .read(
                  detection.readable().orElseThrow(),
                  new RowSink() {
                    @Override
                    public void accept(RawRecord record) {
                      accepted.add(record);
                    }

                    @Override
                    public void reject(Rejection rejection) {
                      rejected.add(rejection);
                    }
                  });
          int normalizationRejects = 0;
          List<EditionKey> keys = new ArrayList<>();
          for (RawRecord raw : accepted) {
            NormalizationResult result = normalizer.normalize(raw);
            if (result instanceof NormalizationResult.Accepted ok) {
              PayRecord record = ok.record();
              EditionKey key = new EditionKey(record.datasetId(), record.edition());
              records.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
              if (!keys.contains(key)) {
                keys.add(key);
              }
            } else {
              normalizationRejects++;
            }
          }
          assertThat(keys).as("editions of %s", file).hasSize(1);
          long read = accepted.size() + rejected.size();
          cited
              .computeIfAbsent(keys.get(0), k -> new ArrayList<>())
              .add(
                  new CitedFile(
                      path.toString(),
                      table.entryName(),
                      table.contentSha256(),
                      detection.adapter().get().formatId(),
                      read,
                      accepted.size() - normalizationRejects,
                      rejected.size() + normalizationRejects));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<EditionKey, SourceCitation> citations = new TreeMap<>();
    cited.forEach(
        (key, tables) -> {
          Dataset dataset = catalog.require(key.datasetId());
          citations.put(
              key,
              new SourceCitation(
                  dataset.title(),
                  dataset.publisher(),
                  dataset.licence(),
                  "position",
                  "yearly salary",
                  "gross yearly base salary in EUR",
                  tables));
        });
    return LoadedPayData.of(
        new PayData() {
          @Override
          public List<EditionKey> editions() {
            return List.copyOf(records.keySet());
          }

          @Override
          public List<PayRecord> records(EditionKey key) {
            return records.getOrDefault(key, List.of());
          }

          @Override
          public SourceCitation citation(EditionKey key) {
            return citations.get(key);
          }

          @Override
          public String version() {
            return "eu-2017-2020";
          }
        });
  }
}
