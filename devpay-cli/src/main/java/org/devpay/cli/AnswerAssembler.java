package org.devpay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.devpay.core.analysis.AnswerSettings;
import org.devpay.core.analysis.EditionAnswer;
import org.devpay.core.analysis.RolePayAnswer;
import org.devpay.core.model.PayRecord;
import org.devpay.sources.FormatCatalog;
import org.devpay.sources.FormatDescription;
import org.devpay.store.DatasetSummary;
import org.devpay.store.DevpayStore;
import org.devpay.store.IngestedFile;

/** Computes the main answer for every dataset edition in the store, in a fixed order. */
final class AnswerAssembler {
  private final DevpayStore store;
  private final AnswerSettings settings;
  private final FormatCatalog catalog = FormatCatalog.standard();

  AnswerAssembler(DevpayStore store, AnswerSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  List<EditionReport> assemble() {
    RolePayAnswer analysis = new RolePayAnswer(settings);
    List<EditionReport> reports = new ArrayList<>();
    for (DatasetSummary dataset : store.datasets()) {
      for (String edition : dataset.editions()) {
        List<PayRecord> records = store.records(dataset.datasetId(), edition);
        if (records.isEmpty()) {
          continue;
        }
        EditionAnswer answer = analysis.answer(dataset.datasetId(), edition, records);
        List<IngestedFile> sources = store.sourcesOf(dataset.datasetId(), edition);
        Optional<FormatDescription> format =
            sources.stream()
                .map(f -> catalog.describe(f.formatId()))
                .flatMap(Optional::stream)
                .findFirst();
        reports.add(new EditionReport(answer, format, sources));
      }
    }
    return reports;
  }
}
